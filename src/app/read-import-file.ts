// Reads a file the user chose for import through the core readers: a vCard file (by its name or its first
// line) through ical.js, anything else as CSV through papaparse, with the saved mapping or the preset asked for,
// or the one its header row names. Both libraries load on first use.
import { fileIdentityOf } from '../core/import/import-key.js';
import type { ImportDraft, ImportProblem } from '../core/import/import-draft.js';
import { CSV_PRESETS } from '../core/import/recognize-preset.js';
import { readCsvImport } from '../core/import/read-csv-import.js';
import { readVCardImport } from '../core/import/read-vcard-import.js';
import { GOOGLE_CSV_MAPPING } from '../core/mapping/presets/google-csv.js';
import { OUTLOOK_CSV_MAPPING } from '../core/mapping/presets/outlook-csv.js';
import type { ChosenFile, CsvPresetId, ImportOptions } from '../ui/ports/import-mirror.js';

export interface ReadImportFile {
  readonly kind: 'csv' | 'vcard';
  /** The file's identity (fileIdentityOf): it makes the rows' import keys. */
  readonly fileIdentity: string;
  readonly drafts: readonly ImportDraft[];
  readonly problems: readonly ImportProblem[];
  readonly preset?: CsvPresetId;
  /** The name of the mapping the CSV file was read with. */
  readonly mappingName?: string;
  readonly recognized: boolean;
  readonly versions?: readonly string[];
}

function isVCard(file: ChosenFile): boolean {
  if (/\.(vcf|vcard)$/i.test(file.name)) return true;
  return /^\s*BEGIN:VCARD/i.test(new TextDecoder().decode(file.bytes.slice(0, 256)).replace(/^\uFEFF/, ''));
}

/** The file's drafts; a CSV file read through the saved `mapping` when given, else `preset`, else the one its header row names. Throws UserError for a bad file. */
export async function readImportFile(file: ChosenFile, options: ImportOptions = {}): Promise<ReadImportFile> {
  const { preset, mapping } = options;
  const fileIdentity = fileIdentityOf(file.name, file.bytes);
  if (isVCard(file)) {
    const { readVCardFile } = await import(/* webpackChunkName: "vcard" */ '../adapters/vcard/ical-vcard-reader.js');
    const read = readVCardImport(file, readVCardFile);
    return { kind: 'vcard', fileIdentity, drafts: read.drafts, problems: [], recognized: true, versions: Object.keys(read.versions) };
  }
  const { parseCsvRows } = await import(/* webpackChunkName: "files" */ '../adapters/files/papaparse-csv.js');
  const chosen = CSV_PRESETS.find((each) => each.id === preset);
  const presetMapping = chosen === undefined ? undefined : chosen.id === 'google-csv' ? GOOGLE_CSV_MAPPING : OUTLOOK_CSV_MAPPING;
  const read = readCsvImport(file, parseCsvRows, mapping ?? presetMapping);
  const id = mapping === undefined ? CSV_PRESETS.find((each) => each.name === read.mappingName)?.id : undefined;
  return { kind: 'csv', fileIdentity, drafts: read.drafts, problems: read.problems, ...(id === undefined ? {} : { preset: id }), mappingName: read.mappingName, recognized: read.recognized };
}
