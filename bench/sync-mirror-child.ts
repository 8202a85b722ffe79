// Child process of sync.bench.ts: mirrors the emulator's mailbox into a Dexie store on fake-indexeddb and
// prints the peak heap seen between pages (after a GC when exposed) as JSON on its last line.
import 'fake-indexeddb/auto';
import { pullContacts } from '../src/engine/pull-contacts.js';
import { syncDeps } from './sync-world.js';

const [url = '', graphUrl = '', user = ''] = process.argv.slice(2);
const deps = syncDeps({ url, graphUrl, user }, 'bench-50k');
const baseline = process.memoryUsage().heapUsed;
let peak = baseline;
const report = await pullContacts({
  ...deps,
  onProgress: () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  },
});
peak = Math.max(peak, process.memoryUsage().heapUsed);
console.log(JSON.stringify({ contacts: report.upserts, peakHeapMB: peak / (1024 * 1024), baselineMB: baseline / (1024 * 1024) }));
