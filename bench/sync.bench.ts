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
import { baseOf } from '../src/core/sync/plan-pull-page.js';
import { createContact } from '../src/engine/local-edits.js';
import { pullContacts } from '../src/engine/pull-contacts.js';
import { pushOutbox } from '../src/engine/push-outbox.js';
import type { BenchTargets } from './bench-table.js';
import { clearLog, controlOf, graphRemote, loggedRequests, syncDeps } from './sync-world.js';
import type { EmulatorEndpoints } from './sync-world.js';

export const targets: BenchTargets = {
  'sync.initial10k.ratioToFloor': { max: 1.2 },
  'sync.initial10k.ratioToFloorWorst': { max: 1.2 },
  'sync.noop.roundTrips': { max: 1 },
  'sync.noop.requestsPerFolder': { max: 1 },
  'sync.noop.writes': { max: 0 },
  'sync.push1000.requests': { max: 55 },
  'sync.mirror50k.peakHeapMB': { max: 200 },
};

/** Added time per $batch in the slow push: roughly what Graph takes for 20 sequenced contact writes. */
const SLOW_BATCH_MS = 300;

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Initial syncs, each beside its own floor run: the figure is their median, the spread is printed. */
const INITIAL_RUNS = 5;
/** Added to every emulator answer in the latency run: a real network to Graph is 100–300 ms away. */
const LATENCY_MS = 100;

/**
 * The floor for an initial sync, as the browser bench defines it (bench/pages/sync-floor-page.ts): each folder's
 * delta pages fetched in turn and each stored with one bulkPut of the same records, no merge and no sync state.
 */
async function floorSeconds(endpoints: EmulatorEndpoints): Promise<number> {
  const remote = graphRemote(endpoints);
  const db = new MirrorDb('bench-floor');
  await db.open();
  const started = performance.now();
  for (const folder of await remote.listFolders({ kind: 'me' })) {
    let link: string | undefined;
    for (;;) {
      const page = await remote.contactsDeltaPage({ kind: 'me' }, folder.id, link);
      await db.contacts.bulkPut(page.upserts.map((contact) => contactRecordOf({ localId: localIdOf(contact), folderId: contact.folderId, graphId: contact.id, ...(contact.clientId === undefined ? {} : { clientId: contact.clientId }), fields: contact.fields, base: baseOf(contact) })));
      if (page.deltaLink !== undefined) break;
      link = page.nextLink;
    }
  }
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

/**
 * The initial sync of 10,000 contacts with LATENCY_MS added to every answer, and the round trips it waited for:
 * the longest chain of requests that had to follow one another (the biggest folder's pages), not their number.
 */
async function latencyRun(): Promise<Record<string, number>> {
  step('initial sync with latency');
  const emulator = await startEmulator({ port: 0, control: true, seed: 10_000, latencyMs: LATENCY_MS, log: () => undefined });
  try {
    const endpoints: EmulatorEndpoints = { url: emulator.url, graphUrl: emulator.graphUrl, user: emulator.users[0]?.userPrincipalName ?? '' };
    const deps = syncDeps(endpoints, 'bench-latency');
    await clearLog(endpoints);
    const [report, seconds] = await timed(() => pullContacts(deps));
    const requests = await loggedRequests(endpoints);
    await deps.store.close();
    await MirrorDb.delete('bench-latency');
    if (report.upserts < 10_000) throw new Error(`the sync with latency mirrored ${report.upserts} contacts, expected 10,000`);
    return {
      'sync.initial10k.latency100ms.seconds': round(seconds),
      'sync.initial10k.latency100ms.requests': requests,
      // Round trips waited for one after another, at most: the time over one round trip's latency (processing included).
      'sync.initial10k.latency100ms.roundTripsWaited': Math.round((seconds * 1000) / LATENCY_MS),
      'sync.initial10k.latency100ms.naiveSeconds': round((requests * LATENCY_MS) / 1000),
    };
  } finally {
    await emulator.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `median (min–max)` of the runs, to two decimals. */
function spread(values: readonly number[]): string {
  return `${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
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
    // Floor and sync alternate, so a slow spell of the machine weighs on both alike.
    const ratios: number[] = [];
    const syncRuns: number[] = [];
    const floorRuns: number[] = [];
    let initialRequests = 0;
    for (let run = 0; run < INITIAL_RUNS; run += 1) {
      step(`floor ${run + 1}`);
      const floor = await floorSeconds(endpoints);
      step(`initial sync ${run + 1}`);
      const runDeps = syncDeps(endpoints, `bench-initial-${run}`);
      await clearLog(endpoints);
      const [initial, seconds] = await timed(() => pullContacts(runDeps));
      initialRequests = await loggedRequests(endpoints);
      if (initial.upserts < 10_000) throw new Error(`the initial sync mirrored ${initial.upserts} contacts, expected 10,000`);
      await runDeps.store.close();
      await MirrorDb.delete(`bench-initial-${run}`);
      syncRuns.push(seconds);
      floorRuns.push(floor);
      ratios.push(seconds / floor);
    }
    console.log(`sync bench: initial 10k over ${INITIAL_RUNS} runs: ratio to floor ${spread(ratios)}; seconds ${spread(syncRuns)}; floor ${spread(floorRuns)}`);
    step('initial sync kept for the next steps');
    const deps = syncDeps(endpoints, 'bench-sync');
    await pullContacts(deps);

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
      'sync.initial10k.seconds': round(median(syncRuns)),
      'sync.initial10k.floorSeconds': round(median(floorRuns)),
      'sync.initial10k.ratioToFloor': round(median(ratios)),
      'sync.initial10k.ratioToFloorBest': round(Math.min(...ratios)),
      'sync.initial10k.ratioToFloorWorst': round(Math.max(...ratios)),
      ...(await latencyRun()),
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
