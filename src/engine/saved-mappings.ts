// The user's saved CSV mappings: saving one (validated first: an invalid document is never stored), reading a
// `.json` mapping file (every problem named with the rule position and field), and the file a mapping is
// downloaded as. vCard mappings stay the built-in presets.
import { UserError } from '../core/errors.js';
import type { CsvMappingDocument } from '../core/mapping/document/mapping-document.js';
import { parseMappingDocument } from '../core/mapping/document/parse-mapping-document.js';
import type { MappingProblem } from '../core/mapping/document/parse-mapping-document.js';
import { quoted } from '../core/mapping/document/transform-value.js';
import type { MappingId, MappingStore, SavedMapping } from '../ports/mapping-store.js';

export type CheckedMapping = { readonly ok: true; readonly document: CsvMappingDocument } | { readonly ok: false; readonly problems: readonly MappingProblem[] };

/** Problems shown in a message: the first few, and how many more there are. */
const SHOWN_PROBLEMS = 5;

/** The CSV mapping `json` describes, or its problems (a vCard mapping is one: only CSV mappings are saved). */
export function checkCsvMapping(json: unknown): CheckedMapping {
  const parsed = parseMappingDocument(json);
  if (!parsed.ok) return parsed;
  if (parsed.document.format !== 'csv') return { ok: false, problems: [{ path: 'format', message: "format: 'vcard' mappings are built in; only CSV mappings can be saved" }] };
  return { ok: true, document: parsed.document };
}

export interface SaveMappingRequest {
  /** The id to save under: the mapping's own when it was saved before, else a new one. */
  readonly id: MappingId;
  readonly document: unknown;
  /** Milliseconds since the epoch. */
  readonly now: number;
}

/** Saves the mapping when it is valid; answers the saved mapping, or the problems and saves nothing. */
export async function saveMapping(store: Pick<MappingStore, 'putMapping'>, request: SaveMappingRequest): Promise<{ readonly ok: true; readonly saved: SavedMapping } | { readonly ok: false; readonly problems: readonly MappingProblem[] }> {
  const checked = checkCsvMapping(request.document);
  if (!checked.ok) return checked;
  const saved: SavedMapping = { id: request.id, document: checked.document, savedAt: request.now };
  await store.putMapping(saved);
  return { ok: true, saved };
}

/** A mapping file is a few kilobytes; anything far larger is another file. */
export const MAX_MAPPING_FILE_CHARS = 1024 * 1024;

/** The mapping in a `.json` file the user chose. Throws UserError naming the file and each problem. */
export function readMappingFile(file: { readonly name: string; readonly text: string }): CsvMappingDocument {
  if (file.text.length > MAX_MAPPING_FILE_CHARS) {
    throw new UserError(`“${quoted(file.name)}” is not a mapping file: it is larger than ${MAX_MAPPING_FILE_CHARS / 1024 / 1024} MB.`, undefined, 'Choose a mapping file downloaded from Contact Bridge. Nothing was saved.');
  }
  let json: unknown;
  try {
    json = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`“${quoted(file.name)}” is not a mapping file: it is not valid JSON.`, reason, 'Choose a mapping file downloaded from Contact Bridge, or fix the JSON.');
  }
  const checked = checkCsvMapping(json);
  if (checked.ok) return checked.document;
  const lines = checked.problems.slice(0, SHOWN_PROBLEMS).map((problem) => problem.message);
  const more = checked.problems.length > SHOWN_PROBLEMS ? ` (and ${checked.problems.length - SHOWN_PROBLEMS} more)` : '';
  throw new UserError(`“${quoted(file.name)}” is not a valid mapping: ${lines.join('; ')}${more}.`, undefined, 'Fix the rule named, or start from a preset and download it again. Nothing was saved.');
}

/** The file a mapping downloads as: its name made safe for a file name, `.json`, the document as indented JSON. */
export function mappingFileOf(document: CsvMappingDocument): { readonly name: string; readonly mediaType: string; readonly text: string } {
  const base = document.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'mapping';
  return { name: `${base}.mapping.json`, mediaType: 'application/json', text: `${JSON.stringify(document, null, 2)}\n` };
}
