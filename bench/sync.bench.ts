// Sync benchmarks against the Graph emulator on this machine (GraphContactsRemote + Dexie on fake-indexeddb,
// the same engine the pane runs): initial sync of 10,000 contacts next to its floor, a no-change sync, an
// incremental sync of 100 changes, pushing 1,000 new contacts (as the emulator answers, and with 300 ms per
// batch, where running batches in parallel shows), and the engine's peak heap while mirroring
// 50,000 contacts (in a child process, so the emulator's memory is not counted, with a store that discards
// rows: in the pane IndexedDB holds them outside the JavaScript heap; fake-indexeddb would hold them inside).
import 'fake-indexeddb/auto';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startEmulator } from '../emulator/server.js';
import { contactRecordOf } from '../src/adapters/dexie/contact-record.js';
import { MirrorDb } from '../src/adapters/dexie/mirror-db.js';
import type { GraphId } from '../src/core/contact/contact.js';
import { localIdOf } from '../src/core/sync/mirror-contact.js';
import type { MirrorContact } from '../src/core/sync/mirror-contact.js';
import { createContact } from '../src/engine/local-edits.js';
import { pullContacts } from '../src/engine/pull-contacts.js';
import { pushOutbox } from '../src/engine/push-outbox.js';
import type { BenchTargets } from './bench-table.js';
import { clearLog, controlOf, graphRemote, loggedRequests, syncDeps } from './sync-world.js';
import type { EmulatorEndpoints } from './sync-world.js';

export const targets: BenchTargets = {
  'sync.initial10k.ratioToFloor': { max: 1.3 },
  'sync.noop.roundTrips': { max: 1 },
  'sync.noop.requestsPerFolder': { max: 1 },
  'sync.noop.writes': { max: 0 },
  'sync.push1000.requests': { max: 55 },
  'sync.mirror50k.peakHeapMB': { max: 200 },
};

/** Added time per $batch in the slow push: roughly what Graph takes for 20 sequenced contact writes. */
const SLOW_BATCH_MS = 300;

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The floor for an initial sync: fetch the same delta pages and write the same records in one bulkPut. */
async function floorSeconds(endpoints: EmulatorEndpoints): Promise<number> {
  const remote = graphRemote(endpoints);
  const started = performance.now();
  const rows: MirrorContact[] = [];
  for (const folder of await remote.listFolders({ kind: 'me' })) {
    let link: string | undefined;
    for (;;) {
      const page = await remote.contactsDeltaPage({ kind: 'me' }, folder.id, link);
      for (const contact of page.upserts) rows.push({ localId: localIdOf(contact), folderId: contact.folderId, graphId: contact.id, fields: contact.fields });
      if (page.deltaLink !== undefined) break;
      link = page.nextLink;
    }
  }
  const db = new MirrorDb('bench-floor');
  await db.contacts.bulkPut(rows.map(contactRecordOf));
  const seconds = (performance.now() - started) / 1000;
  db.close();
  await MirrorDb.delete('bench-floor');
  return seconds;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
}

async function peakHeapMb50k(): Promise<number> {
  step('50k mirror');
  const emulator = await startEmulator({ port: 0, control: true, seed: 50_000, log: () => undefined });
  try {
    const child = path.join(HERE, 'sync-mirror-child.ts');
    const tsx = path.join(HERE, '..', 'node_modules', '.bin', 'tsx');
    const { stdout } = await promisify(execFile)(tsx, [child, emulator.url, emulator.graphUrl, emulator.users[0]?.userPrincipalName ?? ''], { maxBuffer: 1 << 20 });
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { peakHeapMB?: number; contacts?: number };
    if (result.peakHeapMB === undefined || result.contacts !== 50_000) throw new Error(`the 50k mirror run answered ${stdout.slice(-300)}`);
    return result.peakHeapMB;
  } finally {
    await emulator.close();
  }
}

export async function run(): Promise<Record<string, number>> {
  const emulator = await startEmulator({ port: 0, control: true, seed: 10_000, log: () => undefined });
  const endpoints: EmulatorEndpoints = { url: emulator.url, graphUrl: emulator.graphUrl, user: emulator.users[0]?.userPrincipalName ?? '' };
  const control = controlOf(endpoints);
  try {
    step('warm-up');
    await floorSeconds(endpoints);
    step('floor');
    const floor = await floorSeconds(endpoints);
    step('initial sync');
    const deps = syncDeps(endpoints, 'bench-sync');
    await clearLog(endpoints);
    const [initial, initialSeconds] = await timed(() => pullContacts(deps));
    const initialRequests = await loggedRequests(endpoints);
    if (initial.upserts < 10_000) throw new Error(`the initial sync mirrored ${initial.upserts} contacts, expected 10,000`);

    step('no-change sync');
    await clearLog(endpoints);
    const noop = await pullContacts(deps);
    const noopRoundTrips = await loggedRequests(endpoints);
    // Graph requests: each request outside a batch, and each one inside (the batch POST itself carries them).
    const noopRequests = noopRoundTrips - (await loggedRequests(endpoints, /\$batch$/)) + (await loggedRequests(endpoints, undefined, true));
    const noopDeltaRequests = (await loggedRequests(endpoints, /\/contacts\/delta$/)) + (await loggedRequests(endpoints, /\/contacts\/delta$/, true));

    step('incremental sync');
    const contacts = await deps.store.listContacts({ limit: 100 });
    for (const [index, row] of contacts.entries()) await control('PATCH', `remote/me/contacts/${encodeURIComponent(row.graphId as GraphId)}`, { jobTitle: `Changed ${index}` });
    const [, incrementalSeconds] = await timed(() => pullContacts(deps));

    step('push');
    const folderId = (await deps.store.listFolders()).find((folder) => folder.isDefault)?.id as GraphId;
    for (let i = 0; i < 1000; i += 1) await createContact(deps.store, { clientId: `bench-new-${i}` as never, folderId, fields: { givenName: 'Bench', surname: `New ${i}`, emailAddresses: [{ address: `new${i}@bench.example` }] }, now: Date.now() });
    await clearLog(endpoints);
    const [pushed, pushSeconds] = await timed(() => pushOutbox(deps));
    const pushRequests = await loggedRequests(endpoints);
    if (pushed.created !== 1000) throw new Error(`the push created ${pushed.created} contacts, expected 1,000`);

    // The emulator answers at once; Graph takes a while per batch (20 requests run one after another).
    step('push with slow batches');
    for (let i = 0; i < 1000; i += 1) await createContact(deps.store, { clientId: `bench-slow-${i}` as never, folderId, fields: { givenName: 'Bench', surname: `Slow ${i}` }, now: Date.now() });
    await control('POST', 'faults', { type: 'latency', ms: SLOW_BATCH_MS, pathPrefix: '/v1.0/$batch' });
    const [slow, slowSeconds] = await timed(() => pushOutbox(deps));
    await control('DELETE', 'faults');
    if (slow.created !== 1000) throw new Error(`the slow push created ${slow.created} contacts, expected 1,000`);
    await deps.store.close();

    return {
      'sync.initial10k.requests': initialRequests,
      'sync.initial10k.seconds': round(initialSeconds),
      'sync.initial10k.floorSeconds': round(floor),
      'sync.initial10k.ratioToFloor': round(initialSeconds / floor),
      // HTTP round trips of a sync that finds nothing new, and the Graph requests they carry (folders + 1 at best).
      'sync.noop.roundTrips': noopRoundTrips,
      'sync.noop.requests': noopRequests,
      'sync.noop.folders': noop.folders,
      'sync.noop.requestsPerFolder': round(noopDeltaRequests / noop.folders),
      'sync.noop.writes': noop.written + noop.removed,
      'sync.incremental100.seconds': round(incrementalSeconds),
      'sync.push1000.requests': pushRequests,
      'sync.push1000.seconds': round(pushSeconds),
      'sync.push1000Batch300ms.seconds': round(slowSeconds),
      'sync.mirror50k.peakHeapMB': round(await peakHeapMb50k()),
    };
  } finally {
    await emulator.close();
  }
}

/** Progress lines on stderr when BENCH_VERBOSE is set (the runner's table stays on stdout). */
function step(label: string): void {
  if (process.env.BENCH_VERBOSE !== undefined) console.error(`${new Date().toISOString()} sync bench: ${label}`);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
