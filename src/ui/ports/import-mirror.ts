// What the Import/Export view's Import section needs from the signed-in account's mirror: a preview of a chosen
// file against the mirror, the import itself (through the outbox, pushed by the next sync) and the report's
// download. The composition root (src/app/mirror-session.ts) implements it.
import type { GraphId } from '../../core/contact/contact.js';
import type { ImportReport } from '../../core/import/import-report.js';
import type { OnMatch } from '../../core/import/plan-import.js';
import type { CsvPreset } from '../../core/import/recognize-preset.js';
import type { CsvMappingDocument } from '../../core/mapping/document/mapping-document.js';
import type { MirrorFolder } from '../../core/sync/plan-folders.js';
import type { ImportPreviewRow } from '../../engine/preview-import.js';

export type { ImportPreviewRow } from '../../engine/preview-import.js';
export type { ImportReport } from '../../core/import/import-report.js';
export type { OnMatch } from '../../core/import/plan-import.js';

export type CsvPresetId = CsvPreset['id'];

export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportPreview {
  readonly file: string;
  readonly kind: 'csv' | 'vcard';
  /** The CSV preset read with (recognized from the header row, or the one asked for). */
  readonly preset?: CsvPresetId;
  /** The name of the saved mapping read with, when one was asked for instead of a preset. */
  readonly mappingName?: string;
  /** True when the preset was recognized from the header row. */
  readonly recognized: boolean;
  /** For vCard files, the versions of their cards (`3.0`). */
  readonly versions?: readonly string[];
  /** The first rows of the file. */
  readonly rows: readonly ImportPreviewRow[];
  /** How many rows (or cards) the file holds. */
  readonly total: number;
  /** Problems of the file as a whole, as lines. */
  readonly fileProblems: readonly string[];
}

export interface ImportOptions {
  /** A CSV preset instead of the recognized one. */
  readonly preset?: CsvPresetId;
  /** A saved CSV mapping instead of any preset (it wins over `preset`). */
  readonly mapping?: CsvMappingDocument;
}

export interface RunImportOptions extends ImportOptions {
  readonly folderId: GraphId;
  readonly onMatch: OnMatch;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

export interface ImportMirror {
  /** The account key the mirror belongs to. */
  readonly key: string;
  folders(): Promise<readonly MirrorFolder[]>;
  /** Calls `listener` after each change to the mirror (a sync bringing folders); answers the unsubscribe. */
  onChanged(listener: () => void): () => void;
  /** Reads the file and plans it against the mirror without changing anything. Throws UserError for a bad file. */
  previewImport(file: ChosenFile, options: ImportOptions): Promise<ImportPreview>;
  /** Imports the file into the folder through the outbox and starts a sync to push it. Throws UserError for a bad file or folder. */
  runImport(file: ChosenFile, options: RunImportOptions): Promise<ImportReport>;
  /** Hands the report to the browser as a CSV download. */
  downloadReport(report: ImportReport): void;
}
