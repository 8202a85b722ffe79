// CardDAV pairing benchmarks against Radicale on loopback, the way `contact-bridge carddav` runs the pairing:
// pulling a 5,000-card book into an empty pairing next to vdirsyncer pulling the same book into a folder, the
// requests of a run that finds nothing new (for 100 and 5,000 cards: a constant), and pushing 1,000 new Outlook
// contacts as cards next to a plain sequential loop of the same PUTs.
import { request } from 'node:http';
import { createContact } from '../src/engine/local-edits.js';
import { runCardDavSync } from '../src/engine/carddav-sync.js';
import type { CardDavSyncDeps } from '../src/engine/carddav-sync.js';
import { writeCard } from '../src/core/carddav/card-text.js';
import { uidFor } from '../src/core/carddav/card-link.js';
import type { ClientId, ContactFields } from '../src/core/contact/contact.js';
import { localIdForClient } from '../src/core/sync/mirror-contact.js';
import { startEmulator } from '../emulator/server.js';
import { startRadicale } from '../test/support/start-radicale.js';
import type { RadicaleServer } from '../test/support/start-radicale.js';
import type { BenchTargets } from './bench-table.js';
import type { BenchContext } from './run-bench.js';
import { BENCH_USER, countingFetch, emptyPairing, seedBookOnDisk, vdirsyncerPullSeconds } from './carddav-world.js';
import type { CountingFetch } from './carddav-world.js';
import type { EmulatorEndpoints } from './sync-world.js';

export const targets: BenchTargets = {
  'carddav.pull5kRatioToVdirsyncer': { max: 0.5 },
  'carddav.noopRequests': { max: 2 },
  'carddav.noopRequests100': { max: 2 },
  'carddav.push1kRatioToFloor': { max: 1.1 },
};

/** Radicale's cold reads and its PUTs dominate: on a loaded 2-core machine a run takes well over 20 minutes. */
export const timeoutMs = 60 * 60 * 1000;

const PULL_CARDS = 5000;
const PUSH_CONTACTS = 1000;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
}

const DAV_XML = { 'Content-Type': 'application/xml', Authorization: `Basic ${btoa(`${BENCH_USER}:x`)}` };
const PROPFIND_ETAGS = '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>';
const SYNC_COLLECTION = '<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:"><d:sync-token/><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>';

/**
 * Makes the seeded book what a book filled over HTTP is: Radicale caches each card's ETag and UID on first
 * access, and writes a card's sync history when the card is uploaded (seeded files have none, so the first
 * sync-collection would write 5,000 history files). Neither client is timed doing this for the server.
 * (Both requests carry a body: Radicale speaks HTTP/1.0 and waits for the end of a body-less one.)
 */
async function warmUp(radicale: RadicaleServer, bookHref: string, count: number): Promise<void> {
  const url = new URL(bookHref, radicale.url);
  const listing = await untimedRequest(url, 'PROPFIND', { ...DAV_XML, Depth: '1' }, PROPFIND_ETAGS);
  if (listing.status !== 207 || listing.text.split('<href>').length - 2 !== count) throw new Error(`the seeded book ${bookHref} answered PROPFIND with ${listing.status} or the wrong count`);
  const history = await untimedRequest(url, 'REPORT', DAV_XML, SYNC_COLLECTION);
  if (history.status !== 207) throw new Error(`the seeded book ${bookHref} answered sync-collection with ${history.status}`);
}

/** node:http without fetch's five-minute wait for the answer's headers: a cold Radicale on a loaded machine needs longer. */
function untimedRequest(url: URL, method: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => void (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

/** Pulls a seeded book into an empty pairing, then runs it again: the pull's seconds and the no-change run's requests. */
async function pullAndNoop(radicale: RadicaleServer, endpoints: EmulatorEndpoints, book: string, count: number): Promise<{ seconds: number; noopRequests: number }> {
  const counting = countingFetch();
  const bookHref = await seedBookOnDisk(radicale, book, count);
  await warmUp(radicale, bookHref, count);
  const deps = await emptyPairing(radicale, endpoints, bookHref, `bench-carddav-${book}`, counting);
  try {
    step(`pull ${count}`);
    const [pulled, seconds] = await timed(() => runCardDavSync(deps));
    if (pulled.outlook.created !== count || pulled.failures.length > 0) throw new Error(`the pull created ${pulled.outlook.created} of ${count} contacts (${pulled.failures.length} failures)`);
    step(`no-change run ${count} (the pull took ${round(seconds)} s)`);
    counting.reset();
    const noop = await runCardDavSync(deps);
    if (noop.outlook.created + noop.outlook.updated + noop.carddav.created + noop.carddav.updated > 0) throw new Error('the no-change run changed something');
    return { seconds, noopRequests: counting.requests() };
  } finally {
    await deps.close();
  }
}

const pushFields = (index: number): ContactFields => ({ displayName: `New ${index} Person`, givenName: 'New', surname: `Person ${index}`, emailAddresses: [{ address: `new${index}@bench.example` }], jobTitle: 'Buyer' });

/** The floor: the same card texts PUT one after another with If-None-Match, nothing else. */
async function floorPushSeconds(radicale: RadicaleServer, deps: CardDavSyncDeps): Promise<number> {
  const bookUrl = await radicale.createBook(BENCH_USER, 'floor1k');
  const authorization = `Basic ${btoa(`${BENCH_USER}:x`)}`;
  const texts = Array.from({ length: PUSH_CONTACTS }, (_, index) => {
    const uid = uidFor(localIdForClient(`floor-${index}` as ClientId));
    return { url: `${bookUrl}${encodeURIComponent(uid)}.vcf`, text: writeCard(pushFields(index), uid, deps.mapping, Date.now()) };
  });
  const [, seconds] = await timed(async () => {
    for (const { url, text } of texts) {
      const response = await fetch(url, { method: 'PUT', headers: { Authorization: authorization, 'If-None-Match': '*', 'Content-Type': 'text/vcard; charset=utf-8' }, body: text });
      await response.body?.cancel();
      if (response.status !== 201) throw new Error(`the floor's PUT answered ${response.status}`);
    }
  });
  return seconds;
}

async function pushSeconds(radicale: RadicaleServer, endpoints: EmulatorEndpoints, counting: CountingFetch): Promise<{ seconds: number; floor: number; requests: number }> {
  await radicale.createBook(BENCH_USER, 'push1k');
  const deps = await emptyPairing(radicale, endpoints, `/${BENCH_USER}/push1k/` as never, 'bench-carddav-push', counting);
  try {
    for (let index = 0; index < PUSH_CONTACTS; index += 1) {
      await createContact(deps.store, { clientId: `push-${index}` as ClientId, folderId: deps.folderId, fields: pushFields(index), now: Date.now() });
    }
    step('push floor');
    const floor = await floorPushSeconds(radicale, deps);
    step(`push (the floor took ${round(floor)} s)`);
    counting.reset();
    const [pushed, seconds] = await timed(() => runCardDavSync(deps));
    if (pushed.carddav.created !== PUSH_CONTACTS || pushed.failures.length > 0) throw new Error(`the push created ${pushed.carddav.created} of ${PUSH_CONTACTS} cards`);
    return { seconds, floor, requests: counting.requests() };
  } finally {
    await deps.close();
  }
}

/** Radicale and the emulator are stopped by the runner's cleanups, which also run when this module times out. */
export async function run(bench: BenchContext): Promise<Record<string, number>> {
  const radicale = await startRadicale();
  bench.cleanup(() => radicale.stop());
  const emulator = await startEmulator({ port: 0, control: true, seed: 0, log: () => undefined });
  bench.cleanup(() => emulator.close());
  const endpoints: EmulatorEndpoints = { url: emulator.url, graphUrl: emulator.graphUrl, user: emulator.users[0]?.userPrincipalName ?? '' };
  const small = await pullAndNoop(radicale, endpoints, 'book100', 100);
  const large = await pullAndNoop(radicale, endpoints, 'book5k', PULL_CARDS);
  step('vdirsyncer pull');
  const vdirsyncer = await vdirsyncerPullSeconds(radicale, 'book5k', PULL_CARDS, bench.signal);
  step(`push (vdirsyncer's pull took ${round(vdirsyncer)} s)`);
  const push = await pushSeconds(radicale, endpoints, countingFetch());
  return {
    'carddav.pull5kSeconds': round(large.seconds),
    'carddav.pull5kVdirsyncerSeconds': round(vdirsyncer),
    'carddav.pull5kRatioToVdirsyncer': round(large.seconds / vdirsyncer),
    'carddav.noopRequests': large.noopRequests,
    'carddav.noopRequests100': small.noopRequests,
    'carddav.push1kSeconds': round(push.seconds),
    'carddav.push1kFloorSeconds': round(push.floor),
    'carddav.push1kRatioToFloor': round(push.seconds / push.floor),
    'carddav.push1kRequests': push.requests,
  };
}

/** Progress lines on stderr when BENCH_VERBOSE is set (the runner's table stays on stdout). */
function step(label: string): void {
  if (process.env.BENCH_VERBOSE !== undefined) console.error(`${new Date().toISOString()} carddav bench: ${label}`);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
