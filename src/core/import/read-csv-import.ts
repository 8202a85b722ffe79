// Reads an imported CSV file end to end, given a parser for the text (papaparse, in adapters/files): size,
// decoding and binary check, delimiter, shape (empty, only a header, ragged rows), the mapping (the one given,
// else the preset recognized from the header row), and the drafts of its rows. A bad file is a UserError
// naming the file; problems of single rows are values on the drafts.
import { UserError } from '../errors.js';
import { csvLayoutOf } from '../mapping/csv-layout.js';
import type { CsvLayout } from '../mapping/csv-layout.js';
import type { CsvMappingDocument } from '../mapping/document/mapping-document.js';
import { decodeText, MAX_IMPORT_BYTES } from './decode-text.js';
import type { TextEncodingName } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import type { CsvDelimiter } from './detect-delimiter.js';
import type { ImportDraft, ImportProblem } from './import-draft.js';
import { mapCsvRows, unknownColumnsProblem } from './map-csv-rows.js';
import { recognizePreset } from './recognize-preset.js';

/** Text to rows of cells, empty lines skipped (RFC 4180 quoting). */
export type ParseCsvRows = (text: string, delimiter: CsvDelimiter) => string[][];

export interface ImportFile {
  /** The file's name, for messages and the import keys. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface CsvImport {
  readonly drafts: readonly ImportDraft[];
  /** Problems of the file as a whole (columns ignored). */
  readonly problems: readonly ImportProblem[];
  /** The mapping used: a preset's name (`Outlook CSV`) or the given document's. */
  readonly mappingName: string;
  /** True when the mapping was recognized from the header row. */
  readonly recognized: boolean;
  readonly encoding: TextEncodingName;
  readonly delimiter: CsvDelimiter;
}

const MEGABYTE = 1024 * 1024;

function fail(file: string, message: string, fix: string, details?: string): never {
  throw new UserError(`“${file}” ${message}`, details, fix);
}

function layoutFor(file: string, headers: readonly string[], mapping: CsvMappingDocument | undefined): { layout: CsvLayout; name: string; recognized: boolean } {
  if (mapping !== undefined) return { layout: csvLayoutOf(mapping), name: mapping.name, recognized: false };
  const found = recognizePreset(headers);
  if (found === undefined) fail(file, 'has columns no preset knows.', 'Export it from Outlook or Google Contacts, or choose a mapping for its columns.', `Columns: ${headers.slice(0, 6).join(', ')}`);
  return { layout: found.preset.layout, name: found.preset.name, recognized: true };
}

/** The file's text and delimiter. Throws UserError for a file too large, empty, binary or without a delimiter. */
function decodedCsv(file: ImportFile): { readonly text: string; readonly encoding: TextEncodingName; readonly delimiter: CsvDelimiter } {
  if (file.bytes.length > MAX_IMPORT_BYTES) fail(file.name, `is ${Math.ceil(file.bytes.length / MEGABYTE)} MB; import reads files up to ${MAX_IMPORT_BYTES / MEGABYTE} MB.`, 'Split it into smaller files and import them one by one.');
  if (file.bytes.length === 0) fail(file.name, 'is empty.', 'Choose the file your contacts were exported to.');
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) fail(file.name, 'is not a CSV file: it holds binary data.', 'Export your contacts as CSV (comma separated values) and import that file.');
  if (decoded.text.trim() === '') fail(file.name, 'is empty.', 'Choose the file your contacts were exported to.');
  const delimiter = detectDelimiter(decoded.text);
  if (delimiter === undefined) fail(file.name, 'is not a CSV file: its first line has no comma, semicolon or tab.', 'Export your contacts as CSV and import that file.');
  return { text: decoded.text, encoding: decoded.encoding, delimiter };
}

/** How much of a file is parsed for its header row: far more than any header, far less than a large file. */
const HEADER_SCAN_CHARS = 64 * 1024;

/** The file's header row, its cells trimmed (for a mapping made from it). Throws UserError for a bad file. */
export function readCsvHeaderRow(file: ImportFile, parse: ParseCsvRows): string[] {
  const { text, delimiter } = decodedCsv(file);
  const [headers = []] = parse(text.slice(0, HEADER_SCAN_CHARS), delimiter);
  return headers.map((header) => header.trim());
}

/** The file read through `mapping`, or the preset its header row names. Throws UserError for a bad file. */
export function readCsvImport(file: ImportFile, parse: ParseCsvRows, mapping?: CsvMappingDocument): CsvImport {
  const decoded = decodedCsv(file);
  const delimiter = decoded.delimiter;
  const [headers = [], ...rows] = parse(decoded.text, delimiter);
  if (rows.length === 0) fail(file.name, 'has only a header row: there are no contacts in it.', 'Export the contacts again, with the contacts selected.');
  const ragged = rows.map((cells, index) => ({ row: index + 2, count: cells.length })).filter(({ count }) => count !== headers.length);
  if (ragged.length > 0) {
    const first = ragged.slice(0, 3).map(({ row, count }) => `row ${row} has ${count} cells`).join(', ');
    fail(file.name, `has rows whose cells do not line up with its ${headers.length} columns (${first}${ragged.length > 3 ? `, and ${ragged.length - 3} more rows` : ''}).`, 'Open it in a spreadsheet, check the quotes around cells with commas or line breaks, and save it as CSV again.');
  }
  const { layout, name, recognized } = layoutFor(file.name, headers, mapping);
  const unknown = unknownColumnsProblem(file.name, layout, headers, name);
  return { drafts: mapCsvRows(file.name, layout, headers, rows), problems: unknown ? [unknown] : [], mappingName: name, recognized, encoding: decoded.encoding, delimiter };
}
