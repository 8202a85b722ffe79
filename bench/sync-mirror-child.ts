// Child process of sync.bench.ts: mirrors the emulator's mailbox through the engine into a store that
// discards rows, and prints the peak JavaScript heap seen between pages as JSON on its last line.
import { randomUUID } from 'node:crypto';
import type { ClientId } from '../src/core/contact/contact.js';
import { pullContacts } from '../src/engine/pull-contacts.js';
import { DiscardingMirrorStore } from './discarding-mirror-store.js';
import { SYSTEM_CLOCK, graphRemote } from './sync-world.js';

const [url = '', graphUrl = '', user = ''] = process.argv.slice(2);
const store = new DiscardingMirrorStore();
const baseline = process.memoryUsage().heapUsed;
let peak = baseline;
const report = await pullContacts({
  remote: graphRemote({ url, graphUrl, user }),
  store,
  clock: SYSTEM_CLOCK,
  newClientId: () => randomUUID() as ClientId,
  onProgress: () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  },
});
peak = Math.max(peak, process.memoryUsage().heapUsed);
console.log(JSON.stringify({ contacts: report.upserts, written: store.written, peakHeapMB: peak / (1024 * 1024), baselineMB: baseline / (1024 * 1024) }));
