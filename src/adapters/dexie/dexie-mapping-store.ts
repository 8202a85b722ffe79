// DexieMappingStore: the MappingStore port over the `mappings` table of the account's mirror database
// (schema version 5). Documents are cloned in and out by IndexedDB, so callers never share them.
import type { DexieOptions } from 'dexie';
import { compareSavedMappings } from '../../core/mapping/document/compare-saved-mappings.js';
import type { MappingId, MappingStore, SavedMapping } from '../../ports/mapping-store.js';
import { MirrorDb } from './mirror-db.js';
import { guarded } from './store-error-of.js';

export class DexieMappingStore implements MappingStore {
  readonly #db: MirrorDb;

  /** Opens the mirror database `name` (the account's); it may be open in a DexieMirrorStore too. */
  constructor(name: string, options?: DexieOptions) {
    this.#db = new MirrorDb(name, options);
  }

  async listMappings(): Promise<readonly SavedMapping[]> {
    const all = await guarded('reading saved mappings', () => this.#db.mappings.toArray());
    return all.sort(compareSavedMappings);
  }

  getMapping(id: MappingId): Promise<SavedMapping | undefined> {
    return guarded('reading a saved mapping', () => this.#db.mappings.get(id));
  }

  async putMapping(mapping: SavedMapping): Promise<void> {
    await guarded('saving a mapping', () => this.#db.mappings.put(mapping));
  }

  deleteMapping(id: MappingId): Promise<void> {
    return guarded('removing a saved mapping', () => this.#db.mappings.delete(id));
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}
