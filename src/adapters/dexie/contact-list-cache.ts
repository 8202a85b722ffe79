// What searching as you type reads again and again, kept in memory between changes: each folder's live contacts
// in list order (local ids), the contacts each search word found and the rows already read. Any committed change to the contacts table, in this pane
// or another (Dexie's `storagemutated`), drops both; a read that overlapped a change stores nothing, so the cache
// never holds what IndexedDB no longer does. The rows handed out are shared: callers treat them as read-only.
import { Dexie } from 'dexie';
import type { ObservabilitySet } from 'dexie';
import type { GraphId } from '../../core/contact/contact.js';
import type { LocalId, MirrorContact } from '../../core/sync/mirror-contact.js';

/** Rows kept at most; beyond it the cache starts again (a search reads a page of rows at a time). */
const MAX_CACHED_ROWS = 5_000;
/** Search words whose matches are kept at most. */
const MAX_CACHED_WORDS = 64;

export class ContactListCache {
  readonly #part: string;
  #generation = 0;
  readonly #orders = new Map<GraphId | '', readonly LocalId[]>();
  readonly #rows = new Map<LocalId, MirrorContact>();
  /** The ids each search word found: the list and its count ask for the same words. */
  readonly #found = new Map<string, ReadonlySet<LocalId>>();
  readonly #onMutated = (parts: ObservabilitySet): void => {
    if ('all' in parts || parts[this.#part] !== undefined) this.#drop();
  };

  constructor(databaseName: string) {
    this.#part = `idb://${databaseName}/contacts/`;
    Dexie.on.storagemutated.subscribe(this.#onMutated);
  }

  /** The live ids of `folderId` (all folders when undefined) in list order, read by `read` unless cached. */
  async order(folderId: GraphId | undefined, read: () => Promise<readonly LocalId[]>): Promise<readonly LocalId[]> {
    const key = folderId ?? '';
    const cached = this.#orders.get(key);
    if (cached !== undefined) return cached;
    const generation = this.#generation;
    const ids = await read();
    if (generation === this.#generation) this.#orders.set(key, ids);
    return ids;
  }

  /** The local ids `word` finds, read by `read` unless cached. */
  async found(word: string, read: () => Promise<ReadonlySet<LocalId>>): Promise<ReadonlySet<LocalId>> {
    const cached = this.#found.get(word);
    if (cached !== undefined) return cached;
    const generation = this.#generation;
    const ids = await read();
    if (generation === this.#generation) {
      if (this.#found.size >= MAX_CACHED_WORDS) this.#found.clear();
      this.#found.set(word, ids);
    }
    return ids;
  }

  /** The rows of `ids`, in that order, those not cached read by `read` (missing ones left out). */
  async rows(ids: readonly LocalId[], read: (missing: readonly LocalId[]) => Promise<readonly MirrorContact[]>): Promise<MirrorContact[]> {
    const missing = ids.filter((id) => !this.#rows.has(id));
    const found = new Map<LocalId, MirrorContact>();
    if (missing.length > 0) {
      const generation = this.#generation;
      const fetched = await read(missing);
      for (const row of fetched) found.set(row.localId, row);
      if (generation === this.#generation) {
        if (this.#rows.size + fetched.length > MAX_CACHED_ROWS) this.#rows.clear();
        for (const row of fetched) this.#rows.set(row.localId, row);
      }
    }
    return ids.flatMap((id) => {
      const row = found.get(id) ?? this.#rows.get(id);
      return row === undefined ? [] : [row];
    });
  }

  close(): void {
    Dexie.on.storagemutated.unsubscribe(this.#onMutated);
    this.#drop();
  }

  #drop(): void {
    this.#generation += 1;
    this.#orders.clear();
    this.#rows.clear();
    this.#found.clear();
  }
}
