// Reads the contacts of a CSV or vCard file for the headless commands through the import core: the preset its
// header row names (or the one asked for), a mapping document, or its vCards. Also reads mapping documents.
// A file that cannot be read at all is a UserError naming the file and why.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCsvRows } from '../adapters/files/papaparse-csv.js';
import { readVCardFile } from '../adapters/vcard/ical-vcard-reader.js';
import { UserError } from '../core/errors.js';
import type { ImportDraft, ImportProblem } from '../core/import/import-draft.js';
import { readCsvImport } from '../core/import/read-csv-import.js';
import { readVCardImport } from '../core/import/read-vcard-import.js';
import { parseMappingDocument } from '../core/mapping/document/parse-mapping-document.js';
import type { MappingDocument } from '../core/mapping/document/mapping-document.js';
import { GOOGLE_CSV_MAPPING } from '../core/mapping/presets/google-csv.js';
import { OUTLOOK_CSV_MAPPING } from '../core/mapping/presets/outlook-csv.js';

export type ContactsFileFormat = 'outlook-csv' | 'google-csv' | 'vcard';

export interface ContactsFile {
  /** The file's name without its folder, as the pane names a chosen file (it makes the rows' import keys). */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly drafts: readonly ImportDraft[];
  /** Problems of the file as a whole (columns ignored). */
  readonly problems: readonly ImportProblem[];
}

export interface ReadContactsOptions {
  /** The input's format, when it should not be recognized. */
  readonly from?: ContactsFileFormat;
  readonly mapping?: MappingDocument;
}

/** The file's bytes. Throws UserError naming the file when it cannot be read. */
export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new UserError(`“${file}” cannot be read: ${error instanceof Error ? error.message : String(error)}`, undefined, 'Check the path and that the file is readable.');
  }
}

/** A mapping document (JSON) from a file. Throws UserError for an unreadable file, bad JSON or an invalid mapping. */
export async function readMappingFile(file: string): Promise<MappingDocument> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await readInputFile(file)));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`“${file}” is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseMappingDocument(json);
  if (!parsed.ok) throw new UserError(`“${file}” is not a valid mapping.`, parsed.problems.map((problem) => problem.message).join('\n'));
  return parsed.document;
}

function isVCard(file: string, bytes: Uint8Array, options: ReadContactsOptions): boolean {
  if (options.mapping !== undefined) return options.mapping.format === 'vcard';
  if (options.from !== undefined) return options.from === 'vcard';
  return /\.(vcf|vcard)$/i.test(file) || /^\s*BEGIN:VCARD/i.test(new TextDecoder().decode(bytes.slice(0, 256)).replace(/^\uFEFF/, ''));
}

/** The file's drafts. Throws UserError for a file that cannot be read or is not a contacts file. */
export async function readContactsFile(file: string, options: ReadContactsOptions = {}): Promise<ContactsFile> {
  const bytes = await readInputFile(file);
  const input = { name: path.basename(file), bytes };
  const { mapping } = options;
  if (isVCard(file, bytes, options)) {
    const read = readVCardImport(input, readVCardFile, mapping?.format === 'vcard' ? mapping : undefined);
    return { ...input, drafts: read.drafts, problems: [] };
  }
  const preset = options.from === 'outlook-csv' ? OUTLOOK_CSV_MAPPING : options.from === 'google-csv' ? GOOGLE_CSV_MAPPING : undefined;
  const read = readCsvImport(input, parseCsvRows, mapping?.format === 'csv' ? mapping : preset);
  return { ...input, drafts: read.drafts, problems: read.problems };
}
