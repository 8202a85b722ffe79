// InMemoryMirrorStore: the MirrorStore and OutboxStore ports in memory, for engine tests. It passes the
// same contract suite as DexieMirrorStore. Rows are cloned in and out, as IndexedDB would.
import { categoryNamesOf } from '../../src/core/contact/category-filter.js';
import type { GraphId } from '../../src/core/contact/contact.js';
import { normalizeEmail, plusBaseOf } from '../../src/core/contact/normalize-email.js';
import { contactMatchKeysOf } from '../../src/core/match/contact-match-keys.js';
import type { LookupKeys } from '../../src/core/match/lookup-keys-for.js';
import { searchFieldsOf } from '../../src/core/contact/search-fields.js';
import { duplicateKeysOf } from '../../src/core/duplicates/duplicate-keys.js';
import type { ConflictEntry, StoredConflict } from '../../src/core/sync/conflict-entry.js';
import type { LocalId, MirrorContact } from '../../src/core/sync/mirror-contact.js';
import type { OutboxEntry } from '../../src/core/sync/outbox-entry.js';
import type { FolderPlan, MirrorFolder } from '../../src/core/sync/plan-folders.js';
import type { ContactCountQuery, ContactCounts, ContactQuery, DuplicateKeyRow, FolderRemovalRequest, FolderSyncState, MatchCandidateRows, MirrorStore, PullPageOutcome, PullPageRequest, Unsubscribe } from '../../src/ports/mirror-store.js';
import { isWithdrawable } from '../../src/core/sync/withdrawal.js';
import type { KeyedChange, LocalChange, OutboxStore, SettledRow, Withdrawal } from '../../src/ports/outbox-store.js';
import { matchesQuery, sortContacts } from './contact-query.js';

export class InMemoryMirrorStore implements MirrorStore, OutboxStore {
  #rows = new Map<LocalId, MirrorContact>();
  #folders = new Map<GraphId, MirrorFolder>();
  #syncStates = new Map<GraphId, FolderSyncState>();
  #outbox: OutboxEntry[] = [];
  #conflicts: StoredConflict[] = [];
  #settings = new Map<string, unknown>();
  #seq = 0;
  #listeners = new Set<() => void>();
  /** Counts row writes, for tests that assert a sync wrote nothing. */
  writes = 0;

  async listFolders(): Promise<readonly MirrorFolder[]> {
    return structuredClone([...this.#folders.values()]);
  }
  async applyFolderPlan(plan: FolderPlan, removal?: FolderRemovalRequest): Promise<void> {
    const removedFolders = plan.removed.flatMap((id) => {
      const folder = this.#folders.get(id);
      return folder === undefined ? [] : [structuredClone(folder)];
    });
    const gone = [...this.#rows.values()].filter((row) => plan.removed.includes(row.folderId));
    // Planned before anything is written: a planner that throws leaves the store as it was.
    const outcome = plan.removed.length === 0 ? undefined : removal?.plan(removedFolders, structuredClone(gone));
    for (const folder of plan.upserts) this.#folders.set(folder.id, structuredClone(folder));
    for (const id of plan.removed) {
      this.#folders.delete(id);
      this.#syncStates.delete(id);
    }
    for (const row of gone) this.#removeRow(row.localId);
    for (const row of outcome?.kept ?? []) {
      this.#putRow(row);
      this.#outbox.push({ seq: ++this.#seq, localId: row.localId, op: { kind: 'create' }, at: row.localChangedAt ?? 0 });
    }
    this.#appendConflicts(outcome?.conflicts ?? []);
    this.#changed();
  }
  async getSyncState(folderId: GraphId): Promise<FolderSyncState | undefined> {
    return structuredClone(this.#syncStates.get(folderId));
  }
  async holdsRowsIn(folderId: GraphId): Promise<boolean> {
    return [...this.#rows.values()].some((row) => row.folderId === folderId);
  }
  async setSyncState(state: FolderSyncState): Promise<void> {
    this.#syncStates.set(state.folderId, structuredClone(state));
  }
  async applyPullPage(folderId: GraphId, request: PullPageRequest, cursor: FolderSyncState): Promise<PullPageOutcome> {
    const rows = new Map<LocalId, MirrorContact>();
    const byGraphId = new Map<GraphId, LocalId>();
    for (const row of this.#rows.values()) if (row.graphId !== undefined) byGraphId.set(row.graphId, row.localId);
    for (const id of [...request.localIds, ...request.graphIds.map((g) => byGraphId.get(g))]) {
      const row = id === undefined ? undefined : this.#rows.get(id);
      if (row !== undefined) rows.set(row.localId, structuredClone(row));
    }
    const folderRows = request.wholeFolder === true ? [...this.#rows.values()].filter((row) => row.folderId === folderId).map((row) => structuredClone(row)) : [];
    const actions = request.plan({ rows, byGraphId }, folderRows);
    let written = 0;
    let removed = 0;
    let conflicts = 0;
    for (const action of actions) {
      if (action.kind === 'remove') {
        this.#removeRow(action.localId);
        removed += 1;
      } else {
        this.#putRow(action.contact);
        written += 1;
      }
      if (action.kind === 'remove' || action.kind === 'reconcile') {
        this.#appendConflicts(action.conflicts);
        conflicts += action.conflicts.length;
      }
    }
    this.#syncStates.set(folderId, structuredClone(cursor));
    if (actions.length > 0) this.#changed();
    return { written, removed, conflicts };
  }
  async getContact(localId: LocalId): Promise<MirrorContact | undefined> {
    return structuredClone(this.#rows.get(localId));
  }
  async getContacts(localIds: readonly LocalId[]): Promise<ReadonlyMap<LocalId, MirrorContact>> {
    const out = new Map<LocalId, MirrorContact>();
    for (const id of localIds) {
      const row = this.#rows.get(id);
      if (row !== undefined) out.set(id, structuredClone(row));
    }
    return out;
  }
  async listContacts(query: ContactQuery = {}): Promise<readonly MirrorContact[]> {
    const found = sortContacts([...this.#rows.values()].filter((row) => row.deleted !== true && matchesQuery(row, query)));
    return structuredClone(found.slice(0, query.limit ?? found.length));
  }
  async countContacts(query: ContactCountQuery): Promise<number> {
    return [...this.#rows.values()].filter((row) => row.deleted !== true && matchesQuery(row, query)).length;
  }
  async categoriesInUse(): Promise<readonly string[]> {
    const names = new Set([...this.#rows.values()].filter((row) => row.deleted !== true).flatMap((row) => categoryNamesOf(row.fields)));
    return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
  async allRows(): Promise<readonly MirrorContact[]> {
    return structuredClone([...this.#rows.values()]);
  }
  async listDuplicateKeys(): Promise<readonly DuplicateKeyRow[]> {
    return [...this.#rows.values()]
      .filter((row) => row.deleted !== true)
      .map((row) => ({ localId: row.localId, folderId: row.folderId, keys: duplicateKeysOf(row.fields) }))
      .filter((row) => row.keys.length > 0)
      .sort((x, y) => (x.localId < y.localId ? -1 : x.localId > y.localId ? 1 : 0));
  }
  async findByEmail(address: string): Promise<readonly MirrorContact[]> {
    return this.#find((row) => searchFieldsOf(row.fields).emails.includes(normalizeEmail(address)));
  }
  async findByPhoneDigits(digits: string): Promise<readonly MirrorContact[]> {
    return this.#find((row) => digits.length > 0 && searchFieldsOf(row.fields).phones.includes(digits));
  }
  async findByNameToken(token: string): Promise<readonly MirrorContact[]> {
    return this.#find((row) => searchFieldsOf(row.fields).nameTokens.includes(token));
  }
  /** Counts findMatchCandidates calls, for tests that assert one store round per message. */
  matchLookups = 0;
  async findMatchCandidates(lookups: readonly LookupKeys[], domainLimit: number): Promise<readonly MatchCandidateRows[]> {
    this.matchLookups += 1;
    const rows = [...this.#rows.values()].filter((row) => row.deleted !== true).map((row) => ({ row, keys: contactMatchKeysOf(row.fields) }));
    const pick = (test: (keys: ReturnType<typeof contactMatchKeysOf>) => boolean) => sortContacts(rows.filter((entry) => test(entry.keys)).map((entry) => entry.row));
    return structuredClone(
      lookups.map((keys) => {
        const byAddress = pick((own) => own.plusBases.includes(plusBaseOf(keys.email)));
        const known = byAddress.some((row) => searchFieldsOf(row.fields).emails.includes(normalizeEmail(keys.email)));
        return {
          byAddress,
          byName: known || keys.nameKey === undefined ? [] : pick((own) => own.nameKey === keys.nameKey),
          byDomain: byAddress.length > 0 || keys.domain === undefined ? [] : pick((own) => own.domains.includes(keys.domain ?? '')).slice(0, domainLimit),
        };
      }),
    );
  }
  async listConflicts(): Promise<readonly StoredConflict[]> {
    return structuredClone(this.#conflicts);
  }
  async dismissConflicts(seqs: readonly number[]): Promise<void> {
    this.#conflicts = this.#conflicts.filter((conflict) => !seqs.includes(conflict.seq));
    this.#changed();
  }
  async getSetting(key: string): Promise<unknown> {
    return structuredClone(this.#settings.get(key));
  }
  async setSetting(key: string, value: unknown): Promise<void> {
    this.#settings.set(key, structuredClone(value));
  }
  watchContacts(query: ContactQuery, listener: (contacts: readonly MirrorContact[]) => void, onError?: (error: Error) => void): Unsubscribe {
    return this.#watch(() => this.listContacts(query), listener, onError);
  }
  watchContactCounts(listener: (counts: ContactCounts) => void, onError?: (error: Error) => void): Unsubscribe {
    return this.#watch(async () => {
      const live = [...this.#rows.values()].filter((row) => row.deleted !== true);
      const byFolder = new Map<GraphId, number>();
      for (const row of live) if (this.#folders.has(row.folderId)) byFolder.set(row.folderId, (byFolder.get(row.folderId) ?? 0) + 1);
      return { total: live.length, byFolder };
    }, listener, onError);
  }
  watchConflicts(listener: (conflicts: readonly StoredConflict[]) => void, onError?: (error: Error) => void): Unsubscribe {
    return this.#watch(() => this.listConflicts(), listener, onError);
  }
  async close(): Promise<void> {
    this.#listeners.clear();
  }

  async enqueue(localId: LocalId, change: (current: MirrorContact | undefined) => LocalChange | undefined): Promise<OutboxEntry | undefined> {
    const made = change(structuredClone(this.#rows.get(localId)));
    if (made === undefined) return undefined;
    this.#putRow(made.contact);
    const entry: OutboxEntry = { seq: ++this.#seq, localId: made.contact.localId, op: structuredClone(made.op), at: made.at };
    this.#outbox.push(entry);
    this.#changed();
    return structuredClone(entry);
  }
  async enqueueMany(changes: readonly KeyedChange[]): Promise<readonly (OutboxEntry | undefined)[]> {
    // Every change is asked first, against rows as the earlier changes left them; only then is anything written.
    const current = new Map<LocalId, MirrorContact | undefined>();
    const made = changes.map(({ localId, change }) => {
      const next = change(structuredClone(current.has(localId) ? current.get(localId) : this.#rows.get(localId)));
      if (next !== undefined) current.set(next.contact.localId, next.contact);
      return next;
    });
    const answers = made.map((next) => {
      if (next === undefined) return undefined;
      this.#putRow(next.contact);
      const entry: OutboxEntry = { seq: ++this.#seq, localId: next.contact.localId, op: structuredClone(next.op), at: next.at };
      this.#outbox.push(entry);
      return structuredClone(entry);
    });
    if (answers.some((entry) => entry !== undefined)) this.#changed();
    return answers;
  }
  async withdraw(withdrawals: readonly Withdrawal[]): Promise<boolean> {
    const pendingSeqsOf = (localId: LocalId) => this.#outbox.filter((entry) => entry.localId === localId).map((entry) => entry.seq);
    if (!isWithdrawable(withdrawals, pendingSeqsOf, (localId) => this.#rows.get(localId))) return false;
    const done = new Set(withdrawals.flatMap((each) => each.seqs));
    this.#outbox = this.#outbox.filter((entry) => !done.has(entry.seq));
    for (const { localId, before } of withdrawals) {
      if (before === undefined) this.#removeRow(localId);
      else this.#putRow(structuredClone(before));
    }
    this.#changed();
    return true;
  }
  async pending(limit?: number): Promise<readonly OutboxEntry[]> {
    return structuredClone(this.#outbox.slice(0, limit ?? this.#outbox.length));
  }
  async countPending(): Promise<number> {
    return this.#outbox.length;
  }
  async settle(localId: LocalId, doneSeqs: readonly number[], settle: (current: MirrorContact | undefined, newerPending: boolean) => SettledRow, conflicts: readonly ConflictEntry[] = []): Promise<void> {
    this.#outbox = this.#outbox.filter((entry) => !doneSeqs.includes(entry.seq));
    const newer = this.#outbox.some((entry) => entry.localId === localId);
    const next = settle(structuredClone(this.#rows.get(localId)), newer);
    if (next === undefined) this.#removeRow(localId);
    else if (next !== 'keep') this.#putRow(next);
    this.#appendConflicts(conflicts);
    this.#changed();
  }

  #putRow(row: MirrorContact): void {
    this.writes += 1;
    this.#rows.set(row.localId, structuredClone(row));
  }
  #removeRow(localId: LocalId): void {
    this.writes += 1;
    this.#rows.delete(localId);
    this.#outbox = this.#outbox.filter((entry) => entry.localId !== localId);
  }
  #appendConflicts(conflicts: readonly ConflictEntry[]): void {
    for (const conflict of conflicts) this.#conflicts.push({ ...structuredClone(conflict), seq: ++this.#seq });
  }
  async #find(test: (row: MirrorContact) => boolean): Promise<readonly MirrorContact[]> {
    return structuredClone(sortContacts([...this.#rows.values()].filter((row) => row.deleted !== true && test(row))));
  }
  #watch<T>(read: () => Promise<T>, listener: (value: T) => void, onError?: (error: Error) => void): Unsubscribe {
    const run = (): void => void read().then(listener, (error: Error) => onError?.(error));
    this.#listeners.add(run);
    run();
    return () => this.#listeners.delete(run);
  }
  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
