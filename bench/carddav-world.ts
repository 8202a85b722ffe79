// Setup for the CardDAV benchmarks: a Radicale on loopback whose large books are seeded by writing the .vcf
// files straight into its storage folder (one PUT per card costs more as the book grows: 5,000 take about ten
// minutes), an empty pairing the way `contact-bridge carddav` runs it (TsdavAddressBook, the Dexie mirror on
// fake-indexeddb with a folder synced from the Graph emulator, the links in its settings), request counting,
// and vdirsyncer (Debian's package) pulling the same book into a local folder as the reference client.
import 'fake-indexeddb/auto';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SettingsCardLinkStore } from '../src/adapters/carddav/settings-card-link-store.js';
import { TsdavAddressBook } from '../src/adapters/carddav/tsdav-address-book.js';
import type { Href } from '../src/core/carddav/card-link.js';
import type { ClientId, GraphId } from '../src/core/contact/contact.js';
import { VCARD_30_MAPPING } from '../src/core/mapping/presets/vcard-mapping.js';
import type { CardDavSyncDeps } from '../src/engine/carddav-sync.js';
import { syncOnce } from '../src/engine/sync-once.js';
import type { RadicaleServer } from '../test/support/start-radicale.js';
import { SYSTEM_CLOCK, syncDeps } from './sync-world.js';
import type { EmulatorEndpoints } from './sync-world.js';

export const BENCH_USER = 'bench';

/** A realistic card: names, two e-mail addresses, phones, organisation, title, address, a note. */
export function benchCard(index: number): string {
  const uid = `bench-${index}`;
  return [
    'BEGIN:VCARD', 'VERSION:3.0', `UID:${uid}`, `FN:Person ${index} Example`, `N:Example;Person ${index};;;`,
    `EMAIL;TYPE=INTERNET,WORK:person${index}@work.example`, `EMAIL;TYPE=INTERNET,HOME:person${index}@home.example`,
    `TEL;TYPE=CELL:+49 151 ${String(1_000_000 + index)}`, `TEL;TYPE=WORK,VOICE:+49 30 ${String(2_000_000 + index)}`,
    `ORG:Example ${index % 50} GmbH;Sales`, `TITLE:Account manager ${index % 7}`,
    `ADR;TYPE=WORK:;;Street ${index};Berlin;;10115;Germany`, `NOTE:Met at fair ${index % 11}`, 'REV:20260101T120000Z', 'END:VCARD', '',
  ].join('\r\n');
}

/** Writes `count` cards and the address book's props into Radicale's storage folder; answers the book's href. */
export async function seedBookOnDisk(radicale: RadicaleServer, book: string, count: number): Promise<Href> {
  const folder = path.join(radicale.storageDir, 'collection-root', BENCH_USER, book);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, '.Radicale.props'), JSON.stringify({ tag: 'VADDRESSBOOK', 'D:displayname': book }));
  for (let start = 0; start < count; start += 500) {
    const end = Math.min(count, start + 500);
    await Promise.all(Array.from({ length: end - start }, (_, offset) => writeFile(path.join(folder, `bench-${start + offset}.vcf`), benchCard(start + offset))));
  }
  return `/${BENCH_USER}/${book}/` as Href;
}

export interface CountingFetch {
  readonly fetch: typeof fetch;
  requests(): number;
  reset(): void;
}

export function countingFetch(): CountingFetch {
  let requests = 0;
  return {
    fetch: (input, init) => {
      requests += 1;
      return fetch(input, init);
    },
    requests: () => requests,
    reset: () => void (requests = 0),
  };
}

/** A new, empty pairing of `bookHref` with the default folder of a fresh mirror synced from the (empty) emulator. */
export async function emptyPairing(radicale: RadicaleServer, endpoints: EmulatorEndpoints, bookHref: Href, name: string, counting: CountingFetch): Promise<CardDavSyncDeps & { close(): Promise<void> }> {
  const deps = syncDeps(endpoints, name);
  await syncOnce(deps);
  const folderId = (await deps.store.listFolders()).find((folder) => folder.isDefault)?.id as GraphId | undefined;
  if (folderId === undefined) throw new Error('the emulator mailbox has no default folder');
  const book = new TsdavAddressBook({ serverUrl: `${radicale.url}/`, credentials: { user: BENCH_USER, password: 'x' }, fetch: counting.fetch, clock: SYSTEM_CLOCK, random: Math.random });
  let ids = 0;
  return {
    book,
    bookHref,
    store: deps.store,
    links: new SettingsCardLinkStore(deps.store, name),
    clock: SYSTEM_CLOCK,
    newClientId: () => `${name}-${++ids}` as ClientId,
    folderId,
    mapping: { document: VCARD_30_MAPPING, version: '3.0' },
    close: () => deps.store.close(),
  };
}

const vdirsyncerConfig = (dir: string, radicaleUrl: string, book: string): string => `[general]
status_path = "${dir}/status/"

[pair bench]
a = "bench_remote"
b = "bench_local"
collections = ["${book}"]

[storage bench_remote]
type = "carddav"
url = "${radicaleUrl}/${BENCH_USER}/"
username = "${BENCH_USER}"
password = "x"

[storage bench_local]
type = "filesystem"
path = "${dir}/local/"
fileext = ".vcf"
`;

/** vdirsyncer pulling `book` (of `count` cards) into an empty local folder: discovery first (untimed), then the timed sync. Answers seconds; `signal` ends vdirsyncer. */
export async function vdirsyncerPullSeconds(radicale: RadicaleServer, book: string, count: number, signal?: AbortSignal): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-vdirsyncer-'));
  try {
    const config = path.join(dir, 'config');
    await writeFile(config, vdirsyncerConfig(dir, radicale.url, book));
    await mkdir(path.join(dir, 'local'));
    const run = promisify(execFile);
    const discover = run('/usr/bin/vdirsyncer', ['-c', config, 'discover'], { maxBuffer: 1 << 22, signal });
    discover.child.stdin?.end('y\ny\ny\n');
    await discover;
    const started = performance.now();
    await run('/usr/bin/vdirsyncer', ['-c', config, 'sync'], { maxBuffer: 1 << 22, signal });
    const seconds = (performance.now() - started) / 1000;
    const pulled = (await readdir(path.join(dir, 'local', book))).filter((file) => file.endsWith('.vcf')).length;
    if (pulled !== count) throw new Error(`vdirsyncer pulled ${pulled} cards of ${count}`);
    return seconds;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
