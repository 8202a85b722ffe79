// The local mirror of the mailbox's contacts (one store per signed-in account): contacts with their
// stored base and normalized search keys, folders, per-folder delta cursors, the conflict log and settings.
// Implemented by DexieMirrorStore (IndexedDB) and InMemoryMirrorStore (tests). Every method rejects with
// `StoreError` when the storage fails (transaction aborted, database closed) and `QuotaError` when it is full.
import type { ContactFields, GraphId } from '../core/contact/contact.js';
import type { LookupKeys } from '../core/match/lookup-keys-for.js';
import type { StoredConflict } from '../core/sync/conflict-entry.js';
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import type { FolderRemoval } from '../core/sync/plan-folder-removal.js';
import type { FolderPlan, MirrorFolder } from '../core/sync/plan-folders.js';
import type { PullLocalState } from '../core/sync/plan-pull-page.js';
import type { PullAction } from '../core/sync/pull-action.js';

/** Where a folder's delta stands. At most one of `nextLink` (a round under way) and `deltaLink` (round complete). */
export interface FolderSyncState {
  readonly folderId: GraphId;
  readonly nextLink?: string;
  readonly deltaLink?: string;
  /** Set while a full resync (after an expired token) is under way: the round's stamp. */
  readonly resyncRound?: string;
  /** How many full resyncs the folder has started: keeps round stamps unique. */
  readonly resyncs?: number;
  /** Milliseconds since the epoch of the last completed round. */
  readonly lastSyncedAt?: number;
}

/**
 * One page to apply: the rows it touches are read inside the store's transaction and handed to `plan`
 * (a pure planner), so a local edit can never slip in between reading and writing.
 */
export interface PullPageRequest {
  readonly localIds: readonly LocalId[];
  readonly graphIds: readonly GraphId[];
  /** Hand every row of the folder to `plan` as well (the end of a resync). */
  readonly wholeFolder?: boolean;
  plan(state: PullLocalState, folderRows: readonly MirrorContact[]): readonly PullAction[];
}

/**
 * What becomes of the contacts of the folders a plan removes: the store reads the removed folders and every
 * row filed in them inside its transaction and hands them to `plan` (a pure planner, see planFolderRemoval).
 */
export interface FolderRemovalRequest {
  plan(folders: readonly MirrorFolder[], rows: readonly MirrorContact[]): FolderRemoval;
}

export interface PullPageOutcome {
  readonly written: number;
  readonly removed: number;
  readonly conflicts: number;
}

export interface ContactQuery {
  readonly folderId?: GraphId;
  /**
   * Words (core searchWordsOf), each the start of a name token, an e-mail address or phone digits of the contact,
   * in any order; compared case- and accent-insensitively.
   */
  readonly text?: string;
  /** Only contacts in the category of this name (see isInCategory). */
  readonly category?: string;
  readonly limit?: number;
}

/** What `countContacts` matches: a ContactQuery without its limit. */
export type ContactCountQuery = Omit<ContactQuery, 'limit'>;

/** How many live contacts the mirror holds, in all and in each folder that has any. */
export interface ContactCounts {
  readonly total: number;
  readonly byFolder: ReadonlyMap<GraphId, number>;
}

export type Unsubscribe = () => void;

/** What matching reads of a contact: enough to classify and name it. A card reads the whole row. */
export interface MatchRow {
  readonly localId: LocalId;
  readonly folderId: GraphId;
  readonly fields: Pick<ContactFields, 'displayName' | 'givenName' | 'surname' | 'emailAddresses'>;
}

/** What the match indexes hold for one participant's lookup keys (see `findMatchCandidates`), each ordered by local id. */
export interface MatchCandidateRows {
  /** Contacts with an address whose plus-base equals the participant's (exact and plus-tagged addresses). */
  readonly byAddress: readonly MatchRow[];
  /** Contacts whose name key equals the participant's `nameKey`. */
  readonly byName: readonly MatchRow[];
  /** Contacts with an address at the participant's `domain`: at most `domainLimit` of them. */
  readonly byDomain: readonly MatchRow[];
}

/** A live contact's duplicate keys and folder: what finding duplicates reads of it. */
export interface DuplicateKeyRow {
  readonly localId: LocalId;
  readonly folderId: GraphId;
  /** `duplicateKeysOf(fields)` (core/duplicates/duplicate-keys.ts), each key once. */
  readonly keys: readonly string[];
}

/** Reading the mirror's contacts and folders: the views (list, card, export) and the push's reads. */
export interface ContactReader {
  listFolders(): Promise<readonly MirrorFolder[]>;
  /** A row by local id, tombstones included. */
  getContact(localId: LocalId): Promise<MirrorContact | undefined>;
  getContacts(localIds: readonly LocalId[]): Promise<ReadonlyMap<LocalId, MirrorContact>>;
  /** Live contacts (tombstones excluded), ordered by display name. */
  listContacts(query?: ContactQuery): Promise<readonly MirrorContact[]>;
  /**
   * How many live contacts (tombstones excluded) `listContacts` would list for the same folder, text and category
   * without a limit, counted without reading the contacts themselves.
   */
  countContacts(query: ContactCountQuery): Promise<number>;
  /** The category names the live contacts have (see categoryNamesOf), each once, in code-unit order. */
  categoriesInUse(): Promise<readonly string[]>;
  /** Every row, tombstones included: for checks and exports. */
  allRows(): Promise<readonly MirrorContact[]>;
  /**
   * The duplicate keys of every live contact (tombstones and contacts without any key left out), in
   * local-id order: kept beside the contacts as they are written, so reading them never reads the contacts.
   */
  listDuplicateKeys(): Promise<readonly DuplicateKeyRow[]>;
  /** Calls `listener` now and after every change with the matching contacts, until unsubscribed. */
  watchContacts(query: ContactQuery, listener: (contacts: readonly MirrorContact[]) => void, onError?: (error: Error) => void): Unsubscribe;
  /**
   * Calls `listener` now and after every change with the live contacts' counts, until unsubscribed: counted
   * without reading the contacts, so a view can show them while a sync writes page after page.
   */
  watchContactCounts(listener: (counts: ContactCounts) => void, onError?: (error: Error) => void): Unsubscribe;
}

/** Finding the contacts of a message's participants: matching and the capture form. */
export interface MatchReader {
  /** Live contacts whose e-mail addresses include `address` (compared normalized). */
  findByEmail(address: string): Promise<readonly MirrorContact[]>;
  /** Live contacts with a phone number whose digits equal `digits`. */
  findByPhoneDigits(digits: string): Promise<readonly MirrorContact[]>;
  /** Live contacts with a name token equal to `token` (normalized). */
  findByNameToken(token: string): Promise<readonly MirrorContact[]>;
  /**
   * For each participant's lookup keys, in ONE read transaction, the live contacts found through the match
   * indexes (plus-base, name key, domain: each distinct key looked up once). Answers in the order of `lookups`.
   * `byName` and `byDomain` are left empty for a participant some contact holds exactly the address of
   * (it is known: suggestions would not be shown), so a message of known people costs one lookup each;
   * `byDomain` is left empty too when `byAddress` found anyone (a stronger, address-based suggestion).
   */
  findMatchCandidates(lookups: readonly LookupKeys[], domainLimit: number): Promise<readonly MatchCandidateRows[]>;
  getContacts(localIds: readonly LocalId[]): Promise<ReadonlyMap<LocalId, MirrorContact>>;
}

/** Applying what a pull brought: folders, delta cursors and pages, each in one transaction. */
export interface PullTarget {
  listFolders(): Promise<readonly MirrorFolder[]>;
  /**
   * In ONE transaction: writes new folders; removes vanished ones with their contacts, outbox entries and sync
   * state; writes the rows `removal` keeps, each with a `create` outbox entry (at its `localChangedAt`), and
   * appends its conflicts. Without `removal` every contact of a removed folder goes with it (for folders
   * whose changes are never sent, such as other users' shared folders). Nothing is written when it rejects.
   */
  applyFolderPlan(plan: FolderPlan, removal?: FolderRemovalRequest): Promise<void>;
  getSyncState(folderId: GraphId): Promise<FolderSyncState | undefined>;
  setSyncState(state: FolderSyncState): Promise<void>;
  /** Whether any row, tombstones and unsent creates included, is filed in the folder. */
  holdsRowsIn(folderId: GraphId): Promise<boolean>;
  /**
   * In ONE transaction: reads the rows the request names, runs its planner, applies the actions (rows
   * written or removed with their outbox entries, conflicts appended) and stores `cursor`. Nothing is
   * written when it rejects.
   */
  applyPullPage(folderId: GraphId, request: PullPageRequest, cursor: FolderSyncState): Promise<PullPageOutcome>;
}

/** The log of changes a merge set aside, for the Sync view. */
export interface ConflictLog {
  listConflicts(): Promise<readonly StoredConflict[]>;
  dismissConflicts(seqs: readonly number[]): Promise<void>;
  /** Calls `listener` now and after every change with the conflict log. */
  watchConflicts(listener: (conflicts: readonly StoredConflict[]) => void, onError?: (error: Error) => void): Unsubscribe;
}

/** The account's settings (shared sources, view choices). */
export interface SettingsStore {
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
}

/**
 * The whole mirror, as the Dexie adapter and the in-memory fake implement it. Use cases depend on the parts
 * they use (and on OutboxStore for the outbox), each part with its own contract suite.
 */
export interface MirrorStore extends ContactReader, MatchReader, PullTarget, ConflictLog, SettingsStore {
  close(): Promise<void>;
}
