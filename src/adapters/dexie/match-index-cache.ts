// The mirror's match keys held in memory (core MatchIndex), so matching a message costs no IndexedDB round
// trip. Built once in the background, in chunks; kept current from Dexie's change feed ('storagemutated':
// this context's commits and, over BroadcastChannel, other panes' and workers'), re-reading exactly the rows
// that changed before the next lookup. Until warm() has built it, and while it builds again after a change
// it cannot name row by row, lookups answer undefined and the store reads its IndexedDB indexes instead.
import { Dexie, RangeSet } from 'dexie';
import type { ObservabilitySet } from 'dexie';
import { MatchIndex } from '../../core/match/match-index.js';
import type { IndexedContact } from '../../core/match/match-index.js';
import type { LookupKeys } from '../../core/match/lookup-keys-for.js';
import type { LocalId } from '../../core/sync/mirror-contact.js';
import type { MatchCandidateRows, MatchRow } from '../../ports/mirror-store.js';
import type { ContactRecord } from './contact-record.js';
import { forEachContactPart } from './contact-records-in-parts.js';
import type { MirrorDb } from './mirror-db.js';

/** Rows read per transaction while building: short reads that never hold the pane's main thread long. */
const BUILD_CHUNK = 500;
/**
 * Changed rows read per transaction when catching up. However many rows changed, only they are read: an initial
 * sync writes every row once, so reading everything again after each few pages would read the mirror many times over.
 */
const REREAD_CHUNK = 500;

/**
 * After a change it cannot name row by row, the index builds again once changes have paused this long. Dexie
 * reports a write of 50 rows or more as "the whole table changed", so an initial sync reports every page that
 * way; building after each page would read the whole mirror again and again while the sync writes it.
 */
export const QUIET_BEFORE_BUILD_MS = 1_000;

export type MatchIndexState = 'cold' | 'building' | 'ready' | 'closed';

/** What matching reads of a contact, taken from a stored record. */
export function matchRowOf(row: Pick<MatchRow, 'localId' | 'folderId'> & { readonly fields: MatchRow['fields'] }): MatchRow {
  const { displayName, givenName, surname, emailAddresses } = row.fields;
  return { localId: row.localId, folderId: row.folderId, fields: { displayName, givenName, surname, emailAddresses } };
}

function indexedOf(record: ContactRecord): IndexedContact<MatchRow> {
  return {
    id: record.localId,
    candidate: matchRowOf({ localId: record.localId, folderId: record.folderId, fields: record.row.fields }),
    emails: record.emails,
    plusBases: record.plusBases,
    domains: record.domains,
    nameKey: record.nameKey,
  };
}

export class MatchIndexCache {
  readonly #db: MirrorDb;
  readonly #part: string;
  readonly #index = new MatchIndex<MatchRow>();
  readonly #pending = new Set<LocalId>();
  #state: MatchIndexState = 'cold';
  /** A change was too broad to name its rows (a range deleted, a page restored): read everything again. */
  #stale = false;
  #building: Promise<void> | undefined;
  #refreshing: Promise<void> | undefined;
  #quietTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #onMutated = (parts: ObservabilitySet): void => this.#noteChanges(parts);

  constructor(db: MirrorDb) {
    this.#db = db;
    this.#part = `idb://${db.name}/contacts/`;
    Dexie.on.storagemutated.subscribe(this.#onMutated);
  }

  get state(): MatchIndexState {
    return this.#state;
  }

  /** Builds the index if nobody has yet; resolves when it is ready (or the cache closed). */
  warm(): Promise<void> {
    if (this.#state === 'closed') return Promise.resolve();
    if (this.#state === 'ready' && !this.#stale) return Promise.resolve();
    this.#building ??= this.#build().finally(() => {
      this.#building = undefined;
    });
    return this.#building;
  }

  /** The candidates for each lookup, or undefined when the index cannot answer yet (the caller reads storage). */
  async lookup(lookups: readonly LookupKeys[], domainLimit: number): Promise<readonly MatchCandidateRows[] | undefined> {
    if (this.#state !== 'ready') return undefined;
    if (this.#stale) {
      // Lookups do not put the build off, changes do.
      if (this.#quietTimer === undefined && this.#building === undefined) this.#buildWhenQuiet();
      return undefined;
    }
    await this.#catchUp();
    if (this.#state !== 'ready' || this.#stale) return undefined;
    return lookups.map((keys) => this.#index.lookup(keys, domainLimit));
  }

  close(): void {
    this.#state = 'closed';
    clearTimeout(this.#quietTimer);
    Dexie.on.storagemutated.unsubscribe(this.#onMutated);
    this.#index.clear();
    this.#pending.clear();
  }

  #noteChanges(parts: ObservabilitySet): void {
    if (this.#state === 'cold' || this.#state === 'closed') return;
    const tree = parts[this.#part];
    if ('all' in parts) this.#stale = true;
    else if (tree === undefined) return;
    else {
      for (const node of new RangeSet().add(tree)) {
        if (typeof node.from === 'string' && node.from === node.to) this.#pending.add(node.from as LocalId);
        else this.#stale = true;
      }
    }
    if (this.#stale) {
      this.#pending.clear();
      // Every further change while the index is stale puts the build off again (see QUIET_BEFORE_BUILD_MS).
      if (this.#quietTimer !== undefined) this.#buildWhenQuiet();
    }
  }

  /** Builds again once no change has come for QUIET_BEFORE_BUILD_MS; until then lookups read IndexedDB. */
  #buildWhenQuiet(): void {
    clearTimeout(this.#quietTimer);
    this.#quietTimer = setTimeout(() => {
      this.#quietTimer = undefined;
      if (this.#stale && this.#state !== 'closed') void this.warm().catch(() => undefined);
    }, QUIET_BEFORE_BUILD_MS);
  }

  async #build(): Promise<void> {
    this.#state = 'building';
    this.#stale = false;
    this.#pending.clear();
    this.#index.clear();
    try {
      await forEachContactPart(this.#db, BUILD_CHUNK, (records) => {
        if (this.#closed()) return false;
        for (const record of records) if (!record.deleted) this.#index.put(indexedOf(record));
        return true;
      });
      if (this.#closed()) return;
      this.#state = 'ready';
    } catch (error) {
      if (!this.#closed()) this.#state = 'cold';
      throw error;
    }
  }

  /** Read through a method: the state changes while a build awaits (close), which narrowing cannot see. */
  #closed(): boolean {
    return this.#state === 'closed';
  }

  /** Applies every change noted so far, including those noted while an earlier catch-up was reading. */
  async #catchUp(): Promise<void> {
    while (this.#refreshing !== undefined || this.#pending.size > 0) {
      this.#refreshing ??= this.#reread().finally(() => {
        this.#refreshing = undefined;
      });
      await this.#refreshing;
    }
  }

  async #reread(): Promise<void> {
    const ids = [...this.#pending].slice(0, REREAD_CHUNK);
    for (const id of ids) this.#pending.delete(id);
    try {
      const records = await this.#db.contacts.bulkGet(ids);
      ids.forEach((id, i) => {
        const record = records[i];
        if (record === undefined || record.deleted) this.#index.remove(id);
        else this.#index.put(indexedOf(record));
      });
    } catch (error) {
      this.#stale = true;
      throw error;
    }
  }
}
