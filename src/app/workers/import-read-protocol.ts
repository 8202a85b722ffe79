// The messages between the pane and the import worker: the pane posts the file, the worker answers the drafts
// in parts of DRAFTS_PER_MESSAGE (each message is deserialized in one main-thread task, so a large file's
// drafts arrive as many short tasks, not one long one), then the rest of the read, or the error.
import type { CsvMappingDocument } from '../../core/mapping/document/mapping-document.js';
import type { CsvPresetId } from '../../ui/ports/import-mirror.js';
import type { ReadImportFile } from '../read-import-file.js';

export interface ImportReadRequest {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly preset?: CsvPresetId;
  /** A saved CSV mapping to read with instead of any preset; the worker checks it again before use. */
  readonly mapping?: CsvMappingDocument;
}

/** Drafts per message from the worker. */
export const DRAFTS_PER_MESSAGE = 500;

export type ImportReadAnswer =
  | { readonly drafts: ReadImportFile['drafts'] }
  | { readonly ok: true; readonly read: Omit<ReadImportFile, 'drafts'> }
  | { readonly ok: false; readonly userError?: true; readonly message: string; readonly details?: string; readonly fix?: string };
