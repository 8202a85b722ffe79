// InMemoryMappingStore: the MappingStore port in memory, for engine and UI tests. It passes the same contract
// suite as DexieMappingStore. Mappings are cloned in and out, as IndexedDB would.
import { compareSavedMappings } from '../../src/core/mapping/document/compare-saved-mappings.js';
import type { MappingId, MappingStore, SavedMapping } from '../../src/ports/mapping-store.js';

export class InMemoryMappingStore implements MappingStore {
  readonly #mappings = new Map<MappingId, SavedMapping>();

  async listMappings(): Promise<readonly SavedMapping[]> {
    return structuredClone([...this.#mappings.values()]).sort(compareSavedMappings);
  }

  async getMapping(id: MappingId): Promise<SavedMapping | undefined> {
    const found = this.#mappings.get(id);
    return found === undefined ? undefined : structuredClone(found);
  }

  async putMapping(mapping: SavedMapping): Promise<void> {
    this.#mappings.set(mapping.id, structuredClone(mapping));
  }

  async deleteMapping(id: MappingId): Promise<void> {
    this.#mappings.delete(id);
  }
}
