// `contact-bridge convert`: reads a CSV or vCard file through the import core (the preset it recognizes, the
// one --from names, or a --mapping document) and writes the contacts in another format through the export
// mappings. Answers the text for stdout, the problem lines for stderr and the exit code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCsvRows, writeCsv } from '../adapters/files/papaparse-csv.js';
import { patchToGraph } from '../adapters/graph/contact-json.js';
import { readVCardFile } from '../adapters/vcard/ical-vcard-reader.js';
import type { ContactFields } from '../core/contact/contact.js';
import { UserError } from '../core/errors.js';
import type { ImportDraft, ImportProblem } from '../core/import/import-draft.js';
import { problemLine } from '../core/import/import-draft.js';
import { readCsvImport } from '../core/import/read-csv-import.js';
import { readVCardImport } from '../core/import/read-vcard-import.js';
import { csvRowsOf } from '../core/mapping/apply-csv-layout.js';
import { vcardOf } from '../core/mapping/apply-vcard-mapping.js';
import { parseMappingDocument } from '../core/mapping/document/parse-mapping-document.js';
import type { MappingDocument } from '../core/mapping/document/mapping-document.js';
import { GOOGLE_CSV, GOOGLE_CSV_MAPPING } from '../core/mapping/presets/google-csv.js';
import { OUTLOOK_CSV, OUTLOOK_CSV_MAPPING } from '../core/mapping/presets/outlook-csv.js';
import { parseConvertArgs } from './parse-convert-args.js';
import type { ConvertOptions, ConvertTarget } from './parse-convert-args.js';

export interface ConvertOutcome {
  readonly stdout: string;
  readonly stderr: readonly string[];
  readonly code: 0 | 1;
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new UserError(`“${file}” cannot be read: ${error instanceof Error ? error.message : String(error)}`, undefined, 'Check the path and that the file is readable.');
  }
}

async function readMapping(file: string): Promise<MappingDocument> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await readInput(file)));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`“${file}” is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseMappingDocument(json);
  if (!parsed.ok) throw new UserError(`“${file}” is not a valid mapping.`, parsed.problems.map((problem) => problem.message).join('\n'));
  return parsed.document;
}

function isVCard(options: ConvertOptions, bytes: Uint8Array, mapping: MappingDocument | undefined): boolean {
  if (mapping !== undefined) return mapping.format === 'vcard';
  if (options.from !== undefined) return options.from === 'vcard';
  return /\.vcf$/i.test(options.file) || /^\s*BEGIN:VCARD/i.test(new TextDecoder().decode(bytes.slice(0, 256)).replace(/^\uFEFF/, ''));
}

function read(options: ConvertOptions, bytes: Uint8Array, mapping: MappingDocument | undefined): { drafts: readonly ImportDraft[]; problems: readonly ImportProblem[] } {
  const file = { name: path.basename(options.file), bytes };
  if (isVCard(options, bytes, mapping)) return { drafts: readVCardImport(file, readVCardFile, mapping?.format === 'vcard' ? mapping : undefined).drafts, problems: [] };
  const preset = options.from === 'outlook-csv' ? OUTLOOK_CSV_MAPPING : options.from === 'google-csv' ? GOOGLE_CSV_MAPPING : undefined;
  const result = readCsvImport(file, parseCsvRows, mapping?.format === 'csv' ? mapping : preset);
  return { drafts: result.drafts, problems: result.problems };
}

function write(to: ConvertTarget, contacts: readonly ContactFields[]): string {
  switch (to) {
    case 'outlook-csv':
      return writeCsv(csvRowsOf(OUTLOOK_CSV, contacts));
    case 'google-csv':
      return writeCsv(csvRowsOf(GOOGLE_CSV, contacts));
    case 'vcard-3.0':
      return contacts.map((fields) => vcardOf(fields, '3.0')).join('');
    case 'vcard-4.0':
      return contacts.map((fields) => vcardOf(fields, '4.0')).join('');
    case 'graph-json':
      return `${JSON.stringify(contacts.map((fields) => patchToGraph(fields)), null, 2)}\n`;
  }
}

/** Runs the command. Throws UserError for a bad command line, an unreadable file or mapping, or a bad file. */
export async function runConvert(argv: readonly string[]): Promise<ConvertOutcome> {
  const options = parseConvertArgs(argv);
  const mapping = options.mapping === undefined ? undefined : await readMapping(options.mapping);
  const { drafts, problems } = read(options, await readInput(options.file), mapping);
  const kept = drafts.filter((draft) => draft.rejected === undefined);
  const rejected = drafts.filter((draft) => draft.rejected !== undefined);
  const stderr = [
    ...[...problems, ...drafts.flatMap((draft) => draft.problems)].map(problemLine),
    ...rejected.map((draft) => problemLine({ file: draft.file, row: draft.row, message: `rejected: ${draft.rejected ?? ''}` })),
  ];
  return { stdout: write(options.to, kept.map((draft) => draft.fields)), stderr, code: rejected.length > 0 ? 1 : 0 };
}
