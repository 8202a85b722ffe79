// What the Import/Export view's mapping editor needs from the signed-in account: the CSV mappings saved for
// it, saving (validated: problems come back, nothing is saved), removing, the `.json` file of a mapping both
// ways, and a preview of what a mapping does. The composition root (src/app/mirror-session.ts) implements it.
import type { CsvMappingDocument } from '../../core/mapping/document/mapping-document.js';
import type { MappingProblem } from '../../core/mapping/document/parse-mapping-document.js';
import type { MappingId, SavedMapping } from '../../ports/mapping-store.js';
import type { ChosenFile } from './import-mirror.js';

export type { CsvMappingDocument } from '../../core/mapping/document/mapping-document.js';
export type { MappingProblem } from '../../core/mapping/document/parse-mapping-document.js';
export type { MappingId, SavedMapping } from '../../ports/mapping-store.js';

export type SaveMappingOutcome = { readonly ok: true; readonly saved: SavedMapping } | { readonly ok: false; readonly problems: readonly MappingProblem[] };

export type MappingPreview =
  /** How the first rows of an import file map: one column per contact field target (`homeAddress.city`). */
  | { readonly source: 'file'; readonly file: string; readonly fields: readonly string[]; readonly rows: readonly (readonly string[])[] }
  /** The CSV the mapping writes for the first mirror contacts: the header row, then their rows. */
  | { readonly source: 'mirror'; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] };

export interface MappingMirror {
  /** The account key the mappings belong to. */
  readonly key: string;
  /** The saved mappings, by name. */
  listMappings(): Promise<readonly SavedMapping[]>;
  /** Calls `listener` when a mapping was saved or removed; returns the unsubscribe. */
  onMappingsChanged(listener: () => void): () => void;
  /** Saves the document under `id` (a new id when undefined) when it is valid; else answers its problems. */
  saveMapping(document: CsvMappingDocument, id?: MappingId): Promise<SaveMappingOutcome>;
  deleteMapping(id: MappingId): Promise<void>;
  /** Hands the document to the browser as a `.json` download. */
  downloadMapping(document: CsvMappingDocument): void;
  /** Reads a `.json` mapping file and saves it as a new mapping. Throws UserError naming the file and each problem; saves nothing then. */
  loadMappingFile(file: ChosenFile): Promise<SavedMapping>;
  /** The header row of a CSV file, to start a mapping from. Throws UserError for a bad file. */
  readHeaderRow(file: ChosenFile): Promise<readonly string[]>;
  /** The first `limit` rows of `file` read through the document (a CSV file), else of the export of the first mirror contacts. Throws UserError for a bad file. */
  previewMapping(document: CsvMappingDocument, limit: number, file?: ChosenFile): Promise<MappingPreview>;
}
