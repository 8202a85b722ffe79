// `contact-bridge carddav`: one run of a CardDAV pairing from the command line. Syncs the mirror kept in the
// state file with Graph, runs the engine's pairing (runCardDavSync) between the chosen folder and book, sends
// what it queued for Outlook with a second sync, and summarises both sides. Without --book it lists the books.
import { randomClientId } from '../adapters/browser/random-client-id.js';
import { systemClock } from '../adapters/browser/system-clock.js';
import { SettingsCardLinkStore } from '../adapters/carddav/settings-card-link-store.js';
import { TsdavAddressBook } from '../adapters/carddav/tsdav-address-book.js';
import type { ConflictPolicy, Href, SyncDirection } from '../core/carddav/card-link.js';
import type { CardMapping } from '../core/carddav/card-text.js';
import type { SafetyStop } from '../core/carddav/card-sync-action.js';
import { UserError } from '../core/errors.js';
import { VCARD_30_MAPPING, VCARD_40_MAPPING } from '../core/mapping/presets/vcard-mapping.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import { captureFolderOf } from '../engine/capture-contact.js';
import { runCardDavSync } from '../engine/carddav-sync.js';
import type { CardDavFailure } from '../engine/carddav-sync.js';
import type { SideCounts } from '../engine/apply-card-action.js';
import type { AddressBookInfo } from '../ports/address-book.js';
import type { TokenProviderDependencies } from './choose-token-provider.js';
import { findFolder } from './find-folder.js';
import { SAFETY_STOP_EXIT_CODE, parseCardDavArgs } from './parse-carddav-args.js';
import type { CardDavServerOptions, MappingChoice } from './parse-carddav-args.js';
import { readMappingFile } from './read-contacts-file.js';
import { withSyncedMirror } from './synced-mirror.js';

export interface BookListing {
  readonly books: readonly { readonly name: string; readonly href: Href }[];
}

export interface CardDavSummary {
  readonly book: { readonly name: string; readonly href: Href };
  readonly folder: string;
  readonly direction: SyncDirection;
  readonly policy: ConflictPolicy;
  readonly outlook: SideCounts;
  readonly carddav: SideCounts;
  readonly conflicts: number;
  readonly failures: readonly CardDavFailure[];
  /** Set when the safety stop held the run back: nothing was changed. */
  readonly stopped?: SafetyStop;
  /** The book's cursor had expired and the book was listed in full. */
  readonly resynced: boolean;
  /** Outlook changes still waiting in the outbox after the run. */
  readonly pendingOutbox: number;
  readonly requests: { readonly graph: number; readonly carddav: number };
  readonly seconds: number;
}

export interface CardDavOutcome {
  readonly output: BookListing | CardDavSummary;
  /** 0 done; 1 some changes failed or stay unsent; SAFETY_STOP_EXIT_CODE held back by the safety stop. */
  readonly code: number;
}

export interface RunCardDavDependencies extends TokenProviderDependencies {
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The fetch CardDAV requests go through (the global one by default). */
  readonly carddavFetch?: typeof fetch;
}

function connectBook(server: CardDavServerOptions, baseFetch: typeof fetch): { book: TsdavAddressBook; requests: () => number } {
  let requests = 0;
  const counting: typeof fetch = (input, init) => {
    requests += 1;
    return baseFetch(input, init);
  };
  const credentials = server.password === undefined ? { user: server.user } : { user: server.user, password: server.password };
  const book = new TsdavAddressBook({ serverUrl: server.url, credentials, fetch: counting, clock: systemClock, random: Math.random });
  return { book, requests: () => requests };
}

const trimSlash = (path: string): string => path.replace(/\/+$/, '');
const lastSegment = (href: string): string => decodeURIComponent(trimSlash(href).split('/').pop() ?? '');

/** The book `wanted` names: an href or URL, else a display name, else a last path segment (exact, then any case). */
export function findBook(books: readonly AddressBookInfo[], wanted: string): AddressBookInfo {
  const path = /^https?:\/\//.test(wanted) ? new URL(wanted).pathname : wanted;
  const tests: ((book: AddressBookInfo) => boolean)[] = [
    (book) => trimSlash(book.href) === trimSlash(path),
    (book) => book.displayName === wanted,
    (book) => lastSegment(book.href) === wanted,
    (book) => book.displayName.toLowerCase() === wanted.toLowerCase() || lastSegment(book.href).toLowerCase() === wanted.toLowerCase(),
  ];
  for (const test of tests) {
    const found = books.filter(test);
    if (found.length === 1 && found[0] !== undefined) return found[0];
    if (found.length > 1) throw new UserError(`${found.length} address books match '${wanted.slice(0, 80)}'.`, `Books: ${books.map((book) => book.href).join(', ')}`, 'Pass the href of the one you mean with --book.');
  }
  const listed = books.length === 0 ? 'The server lists no address books for this user.' : `Books: ${books.map((book) => `${book.displayName} (${book.href})`).join(', ')}`;
  throw new UserError(`There is no address book '${wanted.slice(0, 80)}'.`, listed, 'Pass one of these names or hrefs with --book.');
}

async function mappingOf(choice: MappingChoice): Promise<CardMapping> {
  if (choice.kind === 'preset') return { document: choice.version === '4.0' ? VCARD_40_MAPPING : VCARD_30_MAPPING, version: choice.version };
  const document = await readMappingFile(choice.file);
  if (document.format !== 'vcard') throw new UserError(`“${choice.file}” maps CSV columns, not vCard properties.`, undefined, 'Pass a vCard mapping document, or vcard-3.0 or vcard-4.0.');
  return { document, version: '3.0' };
}

function pairedFolder(folders: readonly MirrorFolder[], name: string | undefined): MirrorFolder {
  const own = folders.filter((folder) => folder.mailbox === 'me' && !folder.readOnly);
  if (name !== undefined) return findFolder(own, name);
  const folder = captureFolderOf(folders);
  if (folder === undefined) throw new UserError('There is no contact folder of yours to pair.', undefined, 'Create a contact folder in Outlook, or pass --folder.');
  return folder;
}

/** Runs the command. Throws UserError for a bad command line, an unknown book or folder, or an unreadable mapping. */
export async function runCardDav(argv: readonly string[], dependencies: RunCardDavDependencies = {}): Promise<CardDavOutcome> {
  const options = parseCardDavArgs(argv, dependencies.env);
  const started = Date.now();
  const { book, requests: carddavRequests } = connectBook(options.server, dependencies.carddavFetch ?? fetch);
  const books = await book.listBooks();
  if (options.kind === 'list-books') return { output: { books: books.map((each) => ({ name: each.displayName, href: each.href })) }, code: 0 };
  const chosen = findBook(books, options.book);
  const mapping = await mappingOf(options.mapping);
  return withSyncedMirror(options.connection, dependencies, async (mirror) => {
    await mirror.sync();
    const folder = pairedFolder(await mirror.file.store.listFolders(), options.folder);
    const key = JSON.stringify([new URL(options.server.url).origin, options.server.user, chosen.href, folder.id]);
    const report = await runCardDavSync({
      book,
      bookHref: chosen.href,
      store: mirror.file.store,
      links: new SettingsCardLinkStore(mirror.file.store, key),
      clock: systemClock,
      newClientId: randomClientId,
      folderId: folder.id,
      mapping,
      policy: options.policy,
      direction: options.direction,
      allowDeletes: options.allowDeletes,
    });
    // The pairing's links and queued Outlook changes are saved before they are sent: a failed push loses nothing.
    await mirror.file.save();
    if (report.stopped === undefined && (await mirror.file.store.countPending()) > 0) await mirror.sync();
    const pendingOutbox = await mirror.file.store.countPending();
    const summary: CardDavSummary = {
      book: { name: chosen.displayName, href: chosen.href },
      folder: folder.displayName,
      direction: options.direction,
      policy: options.policy,
      outlook: report.outlook,
      carddav: report.carddav,
      conflicts: report.conflicts,
      failures: report.failures,
      ...(report.stopped === undefined ? {} : { stopped: report.stopped }),
      resynced: report.resynced,
      pendingOutbox,
      requests: { graph: mirror.requests(), carddav: carddavRequests() },
      seconds: Math.round((Date.now() - started) / 10) / 100,
    };
    const code = report.stopped !== undefined ? SAFETY_STOP_EXIT_CODE : report.failures.length > 0 || pendingOutbox > 0 ? 1 : 0;
    return { output: summary, code };
  });
}
