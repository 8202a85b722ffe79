// DexieMirrorStore: the MirrorStore and OutboxStore ports over IndexedDB. Each port method is one Dexie
// transaction that awaits only Dexie; planners run inside it as plain functions (no I/O).
import type { DexieOptions } from 'dexie';
import type { GraphId } from '../../core/contact/contact.js';
import { normalizeEmail, plusBaseOf } from '../../core/contact/normalize-email.js';
import type { LookupKeys } from '../../core/match/lookup-keys-for.js';
import type { ConflictEntry, StoredConflict } from '../../core/sync/conflict-entry.js';
import type { LocalId, MirrorContact } from '../../core/sync/mirror-contact.js';
import type { OutboxEntry } from '../../core/sync/outbox-entry.js';
import type { FolderPlan, MirrorFolder } from '../../core/sync/plan-folders.js';
import type { PullAction } from '../../core/sync/pull-action.js';
import type { ContactCountQuery, ContactCounts, ContactQuery, DuplicateKeyRow, FolderRemovalRequest, FolderSyncState, MatchCandidateRows, MirrorStore, PullPageOutcome, PullPageRequest, Unsubscribe } from '../../ports/mirror-store.js';
import { isWithdrawable } from '../../core/sync/withdrawal.js';
import type { KeyedChange, LocalChange, OutboxStore, SettledRow, Withdrawal } from '../../ports/outbox-store.js';
import { contactRecordOf, rowOf } from './contact-record.js';
import type { ContactRecord } from './contact-record.js';
import { forEachContactPart } from './contact-records-in-parts.js';
import { ContactListCache } from './contact-list-cache.js';
import { contactTables, deleteContactRecords, putContactRecords } from './contact-writes.js';
import { countLiveContacts, countLiveContactsByFolder, listLiveContacts } from './live-contacts.js';
import { MatchIndexCache, matchRowOf } from './match-index-cache.js';
import type { MatchIndexState } from './match-index-cache.js';
import { MirrorDb } from './mirror-db.js';
import { watchTables } from './watch-tables.js';
import { guarded, storeErrorOf } from './store-error-of.js';

/** Contacts per IndexedDB request when reading them all. */
const ALL_ROWS_PART = 1000;

const live = (records: readonly ContactRecord[]): MirrorContact[] => records.filter((record) => !record.deleted).map((record) => rowOf(record));

/** One getAll per distinct key on an index, all pending together; answers the records by key. */
function getAllEach(index: IDBIndex, keys: readonly (string | undefined)[], limit?: number): Promise<Map<string, ContactRecord[]>> {
  const distinct = [...new Set(keys.filter((key): key is string => key !== undefined))];
  const found = new Map<string, ContactRecord[]>();
  if (distinct.length === 0) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    let left = distinct.length;
    for (const key of distinct) {
      const request = index.getAll(key, limit);
      request.onsuccess = () => {
        found.set(key, request.result as ContactRecord[]);
        left -= 1;
        if (left === 0) resolve(found);
      };
      request.onerror = () => reject(request.error ?? new Error(`IndexedDB could not read the ${index.name} index.`));
    }
  });
}

export class DexieMirrorStore implements MirrorStore, OutboxStore {
  readonly #db: MirrorDb;
  readonly #matchIndex: MatchIndexCache;
  readonly #listCache: ContactListCache;
  /** The last pulled page's write (see applyPullPage). */
  #pageWrites: Promise<unknown> = Promise.resolve();

  constructor(name: string, options?: DexieOptions) {
    this.#db = new MirrorDb(name, options);
    // Subscribed to the change feed before any watch is, so a change drops the cache before a watch reads again.
    this.#listCache = new ContactListCache(this.#db.name);
    this.#matchIndex = new MatchIndexCache(this.#db);
  }

  /**
   * Builds the in-memory match index (a background read of every contact, in chunks) so that matching
   * a message needs no IndexedDB round trip. Until it resolves, matching reads the IndexedDB indexes.
   */
  warmMatchIndex(): Promise<void> {
    return guarded('indexing contacts for matching', () => this.#matchIndex.warm());
  }

  get matchIndexState(): MatchIndexState {
    return this.#matchIndex.state;
  }

  listFolders(): Promise<readonly MirrorFolder[]> {
    return guarded('reading folders', () => this.#db.folders.toArray());
  }

  applyFolderPlan(plan: FolderPlan, removal?: FolderRemovalRequest): Promise<void> {
    const db = this.#db;
    return guarded('updating folders', () =>
      db.transaction('rw', [db.folders, db.syncState, ...contactTables(db), db.outbox, db.conflicts], async () => {
        const removedIds = [...plan.removed];
        const removedFolders = removedIds.length === 0 ? [] : (await db.folders.bulkGet(removedIds)).filter((folder) => folder !== undefined);
        await db.folders.bulkPut([...plan.upserts]);
        if (removedIds.length === 0) return;
        const goneRecords = await db.contacts.where('folderId').anyOf(removedIds).toArray();
        const outcome = removal?.plan(removedFolders, goneRecords.map((record) => rowOf(record)));
        await db.folders.bulkDelete(removedIds);
        await db.syncState.bulkDelete(removedIds);
        const gone = goneRecords.map((record) => record.localId);
        await deleteContactRecords(db, gone);
        if (gone.length > 0) await db.outbox.where('localId').anyOf(gone).delete();
        if (outcome === undefined) return;
        await putContactRecords(db, outcome.kept.map((row) => contactRecordOf(row)));
        await db.outbox.bulkAdd(outcome.kept.map((row) => ({ localId: row.localId, op: { kind: 'create' }, at: row.localChangedAt ?? 0 }) as OutboxEntry));
        await this.#appendConflicts(outcome.conflicts);
      }),
    );
  }

  getSyncState(folderId: GraphId): Promise<FolderSyncState | undefined> {
    return guarded('reading the sync state', () => this.#db.syncState.get(folderId));
  }

  holdsRowsIn(folderId: GraphId): Promise<boolean> {
    return guarded('reading the folder', async () => (await this.#db.contacts.where('folderId').equals(folderId).limit(1).primaryKeys()).length > 0);
  }

  setSyncState(state: FolderSyncState): Promise<void> {
    return guarded('saving the sync state', async () => {
      await this.#db.syncState.put(state);
    });
  }

  /**
   * Pulled pages are stored one after another: the next page waits here rather than in IndexedDB's queue, so a read
   * started meanwhile (the Contacts list showing the first rows) waits for one page at most, not for a page of every
   * folder being pulled. IndexedDB runs write transactions over the same tables one at a time in any case.
   */
  applyPullPage(folderId: GraphId, request: PullPageRequest, cursor: FolderSyncState): Promise<PullPageOutcome> {
    const write = () => this.#applyPullPage(folderId, request, cursor);
    const written = this.#pageWrites.then(write, write);
    this.#pageWrites = written.catch(() => undefined);
    return written;
  }

  #applyPullPage(folderId: GraphId, request: PullPageRequest, cursor: FolderSyncState): Promise<PullPageOutcome> {
    const db = this.#db;
    return guarded('applying a page of changes', () =>
      db.transaction('rw', [...contactTables(db), db.outbox, db.conflicts, db.syncState], async (tx) => {
        const byId = request.localIds.length === 0 ? [] : (await db.contacts.bulkGet([...request.localIds])).filter((record) => record !== undefined);
        // Point lookups (all pending together): O(log n) each, with no cursor opened per key.
        const byGraph = [...(await getAllEach(tx.idbtrans.objectStore('contacts').index('graphId'), request.graphIds, 1)).values()].flat();
        const rows = new Map<LocalId, MirrorContact>();
        const byGraphId = new Map<GraphId, LocalId>();
        for (const record of [...byId, ...byGraph]) {
          rows.set(record.localId, rowOf(record));
          if (record.graphId !== undefined) byGraphId.set(record.graphId, record.localId);
        }
        const folderRows = request.wholeFolder === true ? (await db.contacts.where('folderId').equals(folderId).toArray()).map((record) => rowOf(record)) : [];
        const actions = request.plan({ rows, byGraphId }, folderRows);
        const outcome = await this.#apply(actions);
        await db.syncState.put(cursor);
        return outcome;
      }),
    );
  }

  async #apply(actions: readonly PullAction[]): Promise<PullPageOutcome> {
    const db = this.#db;
    const puts = actions.flatMap((action) => (action.kind === 'remove' ? [] : [contactRecordOf(action.contact)]));
    const removed = actions.flatMap((action) => (action.kind === 'remove' ? [action.localId] : []));
    const conflicts = actions.flatMap((action) => (action.kind === 'remove' || action.kind === 'reconcile' ? action.conflicts : []));
    await putContactRecords(db, puts);
    if (removed.length > 0) {
      await deleteContactRecords(db, removed);
      await db.outbox.where('localId').anyOf(removed).delete();
    }
    await this.#appendConflicts(conflicts);
    return { written: puts.length, removed: removed.length, conflicts: conflicts.length };
  }

  async #appendConflicts(conflicts: readonly ConflictEntry[]): Promise<void> {
    if (conflicts.length > 0) await this.#db.conflicts.bulkAdd(conflicts.map((conflict) => ({ ...conflict }) as StoredConflict));
  }

  getContact(localId: LocalId): Promise<MirrorContact | undefined> {
    return guarded('reading a contact', async () => {
      const record = await this.#db.contacts.get(localId);
      return record && rowOf(record);
    });
  }

  getContacts(localIds: readonly LocalId[]): Promise<ReadonlyMap<LocalId, MirrorContact>> {
    return guarded('reading contacts', async () => {
      const records = await this.#db.contacts.bulkGet([...localIds]);
      return new Map(records.filter((record) => record !== undefined).map((record) => [record.localId, rowOf(record)]));
    });
  }

  listContacts(query: ContactQuery = {}): Promise<readonly MirrorContact[]> {
    return guarded('listing contacts', () => listLiveContacts(this.#db, query, this.#listCache));
  }

  countContacts(query: ContactCountQuery): Promise<number> {
    return guarded('counting contacts', () => countLiveContacts(this.#db, query, this.#listCache));
  }

  /** The keys of the category index: tombstones index none. */
  categoriesInUse(): Promise<readonly string[]> {
    return guarded('listing categories', async () => (await this.#db.contacts.orderBy('categoryNames').uniqueKeys()) as string[]);
  }

  /** Read in parts (forEachContactPart) in one read transaction: one snapshot, many short tasks. */
  allRows(): Promise<readonly MirrorContact[]> {
    return guarded('reading contacts', () =>
      this.#db.transaction('r', this.#db.contacts, async () => {
        const rows: MirrorContact[] = [];
        await forEachContactPart(this.#db, ALL_ROWS_PART, (records) => {
          for (const record of records) rows.push(rowOf(record));
        });
        return rows;
      }),
    );
  }

  /** One read of the key table (schema version 7), in primary-key order: no contact record is read. */
  listDuplicateKeys(): Promise<readonly DuplicateKeyRow[]> {
    return guarded('reading the duplicate keys', () => this.#db.duplicateKeys.toArray());
  }

  findByEmail(address: string): Promise<readonly MirrorContact[]> {
    return this.#findBy('emails', normalizeEmail(address));
  }

  findByPhoneDigits(digits: string): Promise<readonly MirrorContact[]> {
    return digits.length === 0 ? Promise.resolve([]) : this.#findBy('phones', digits);
  }

  findByNameToken(token: string): Promise<readonly MirrorContact[]> {
    return this.#findBy('nameTokens', token);
  }

  #findBy(index: 'emails' | 'phones' | 'nameTokens', key: string): Promise<readonly MirrorContact[]> {
    return guarded('looking contacts up', async () => {
      const records = await this.#db.contacts.where(index).equals(key).distinct().toArray();
      return live(records.sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1)));
    });
  }

  async findMatchCandidates(lookups: readonly LookupKeys[], domainLimit: number): Promise<readonly MatchCandidateRows[]> {
    const cached = await this.#matchIndex.lookup(lookups, domainLimit).catch(() => undefined);
    return cached ?? this.#readMatchCandidates(lookups, domainLimit);
  }

  #readMatchCandidates(lookups: readonly LookupKeys[], domainLimit: number): Promise<readonly MatchCandidateRows[]> {
    const db = this.#db;
    const rows = (records: readonly ContactRecord[]) => records.filter((record) => !record.deleted).map((record) => matchRowOf({ ...record, fields: record.row.fields }));
    return guarded('looking participants up', () =>
      db.transaction('r', db.contacts, async (tx) => {
        // Plain IndexedDB getAll requests, all issued at once: a message's lookups are many small reads.
        const contacts = tx.idbtrans.objectStore('contacts');
        const lookUp = (index: 'plusBases' | 'nameKey' | 'domains', keys: readonly (string | undefined)[], limit?: number) =>
          getAllEach(contacts.index(index), keys, limit);
        const bases = lookups.map((keys) => plusBaseOf(normalizeEmail(keys.email)));
        const byBase = await lookUp('plusBases', bases);
        const known = lookups.map((keys, i) => (byBase.get(bases[i] ?? '') ?? []).some((record) => !record.deleted && record.emails.includes(normalizeEmail(keys.email))));
        const related = lookups.map((_, i) => (byBase.get(bases[i] ?? '') ?? []).some((record) => !record.deleted));
        const [byName, byDomain] = await Promise.all([
          lookUp('nameKey', lookups.map((keys, i) => (known[i] ? undefined : keys.nameKey))),
          lookUp('domains', lookups.map((keys, i) => (related[i] ? undefined : keys.domain)), domainLimit),
        ]);
        return lookups.map((keys, i) => ({
          byAddress: rows(byBase.get(bases[i] ?? '') ?? []),
          byName: known[i] || keys.nameKey === undefined ? [] : rows(byName.get(keys.nameKey) ?? []),
          byDomain: related[i] || keys.domain === undefined ? [] : rows(byDomain.get(keys.domain) ?? []),
        }));
      }),
    );
  }

  listConflicts(): Promise<readonly StoredConflict[]> {
    return guarded('reading the conflict log', () => this.#db.conflicts.toArray());
  }

  dismissConflicts(seqs: readonly number[]): Promise<void> {
    return guarded('dismissing conflicts', () => this.#db.conflicts.bulkDelete([...seqs]));
  }

  getSetting(key: string): Promise<unknown> {
    return guarded('reading a setting', async () => (await this.#db.settings.get(key))?.value);
  }

  setSetting(key: string, value: unknown): Promise<void> {
    return guarded('saving a setting', async () => {
      await this.#db.settings.put({ key, value });
    });
  }

  watchContacts(query: ContactQuery, listener: (contacts: readonly MirrorContact[]) => void, onError?: (error: Error) => void): Unsubscribe {
    return this.#watch(['contacts'], () => listLiveContacts(this.#db, query, this.#listCache), listener, onError);
  }

  watchContactCounts(listener: (counts: ContactCounts) => void, onError?: (error: Error) => void): Unsubscribe {
    return this.#watch(['contacts', 'folders'], () => countLiveContactsByFolder(this.#db), listener, onError);
  }

  watchConflicts(listener: (conflicts: readonly StoredConflict[]) => void, onError?: (error: Error) => void): Unsubscribe {
    return this.#watch(['conflicts'], () => this.#db.conflicts.toArray(), listener, onError);
  }

  #watch<T>(tables: readonly string[], read: () => Promise<T>, listener: (value: T) => void, onError?: (error: Error) => void): Unsubscribe {
    return watchTables(this.#db, tables, read, listener, (error) => onError?.(storeErrorOf(error, 'watching the mirror')));
  }

  async close(): Promise<void> {
    this.#matchIndex.close();
    this.#listCache.close();
    this.#db.close();
  }

  enqueue(localId: LocalId, change: (current: MirrorContact | undefined) => LocalChange | undefined): Promise<OutboxEntry | undefined> {
    const db = this.#db;
    return guarded('saving a local change', () =>
      db.transaction('rw', [...contactTables(db), db.outbox], async () => {
        const found = await db.contacts.get(localId);
        const made = change(found && rowOf(found));
        if (made === undefined) return undefined;
        await putContactRecords(db, [contactRecordOf(made.contact)]);
        const input = { localId: made.contact.localId, op: made.op, at: made.at };
        const seq = await db.outbox.add(input as OutboxEntry);
        return { ...input, seq };
      }),
    );
  }

  enqueueMany(changes: readonly KeyedChange[]): Promise<readonly (OutboxEntry | undefined)[]> {
    const db = this.#db;
    return guarded('saving local changes', () =>
      db.transaction('rw', [...contactTables(db), db.outbox], async () => {
        const ids = [...new Set(changes.map((each) => each.localId))];
        const found = await db.contacts.bulkGet(ids);
        const current = new Map<LocalId, MirrorContact | undefined>(ids.map((id, index) => [id, found[index] && rowOf(found[index])]));
        const written = new Map<LocalId, MirrorContact>();
        const made = changes.map(({ localId, change }) => {
          const next = change(current.get(localId));
          if (next === undefined) return undefined;
          current.set(next.contact.localId, next.contact);
          written.set(next.contact.localId, next.contact);
          return { localId: next.contact.localId, op: next.op, at: next.at };
        });
        await putContactRecords(db, [...written.values()].map((row) => contactRecordOf(row)));
        const inputs = made.filter((input) => input !== undefined);
        const seqs = await db.outbox.bulkAdd(inputs as OutboxEntry[], { allKeys: true });
        let next = 0;
        return made.map((input) => (input === undefined ? undefined : { ...input, seq: seqs[next++] as number }));
      }),
    );
  }

  withdraw(withdrawals: readonly Withdrawal[]): Promise<boolean> {
    const db = this.#db;
    return guarded('taking back a local change', () =>
      db.transaction('rw', [...contactTables(db), db.outbox], async () => {
        const ids = [...new Set(withdrawals.map((each) => each.localId))];
        const pending = await db.outbox.where('localId').anyOf(ids).toArray();
        const pendingSeqsOf = (localId: LocalId) => pending.filter((entry) => entry.localId === localId).map((entry) => entry.seq);
        const rows = new Map((await db.contacts.bulkGet(ids)).flatMap((record) => (record === undefined ? [] : [[record.localId, rowOf(record)] as const])));
        if (!isWithdrawable(withdrawals, pendingSeqsOf, (localId) => rows.get(localId))) return false;
        await db.outbox.bulkDelete(withdrawals.flatMap((each) => each.seqs));
        const restored = withdrawals.flatMap((each) => (each.before === undefined ? [] : [contactRecordOf(each.before)]));
        const removed = withdrawals.filter((each) => each.before === undefined).map((each) => each.localId);
        await deleteContactRecords(db, removed);
        await putContactRecords(db, restored);
        return true;
      }),
    );
  }

  pending(limit?: number): Promise<readonly OutboxEntry[]> {
    return guarded('reading the outbox', () => this.#db.outbox.orderBy('seq').limit(limit ?? Infinity).toArray());
  }

  countPending(): Promise<number> {
    return guarded('reading the outbox', () => this.#db.outbox.count());
  }

  settle(localId: LocalId, doneSeqs: readonly number[], settle: (current: MirrorContact | undefined, newerPending: boolean) => SettledRow, conflicts: readonly ConflictEntry[] = []): Promise<void> {
    const db = this.#db;
    return guarded('recording a pushed change', () =>
      db.transaction('rw', [...contactTables(db), db.outbox, db.conflicts], async () => {
        await db.outbox.bulkDelete([...doneSeqs]);
        const newer = (await db.outbox.where('localId').equals(localId).count()) > 0;
        const found = await db.contacts.get(localId);
        const next = settle(found && rowOf(found), newer);
        if (next === undefined) {
          await deleteContactRecords(db, [localId]);
          await db.outbox.where('localId').equals(localId).delete();
        } else if (next !== 'keep') await putContactRecords(db, [contactRecordOf(next)]);
        await this.#appendConflicts(conflicts);
      }),
    );
  }
}
