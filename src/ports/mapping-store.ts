// The field mappings a user saved, kept per account beside the mirror. Documents are stored as given: the
// engine validates them (parseMappingDocument) before saving and after reading. Rejects with `StoreError`
// (storage failed; nothing was written) or `QuotaError` (storage full), like MirrorStore.
import type { CsvMappingDocument } from '../core/mapping/document/mapping-document.js';

export type MappingId = string & { readonly __brand: 'MappingId' };

export interface SavedMapping {
  readonly id: MappingId;
  readonly document: CsvMappingDocument;
  /** Milliseconds since the epoch of the last save. */
  readonly savedAt: number;
}

export interface MappingStore {
  /** Every saved mapping, ordered by name (case-insensitive), then id: see compareSavedMappings. */
  listMappings(): Promise<readonly SavedMapping[]>;
  /** The mapping saved under `id`, or undefined. */
  getMapping(id: MappingId): Promise<SavedMapping | undefined>;
  /** Saves the mapping under its id, replacing what was saved there. */
  putMapping(mapping: SavedMapping): Promise<void>;
  /** Removes the mapping; removing one that is not there does nothing. */
  deleteMapping(id: MappingId): Promise<void>;
}

