// Which preset a CSV file was written with, from its header row: the preset that knows the most of its
// columns, when it knows at least a third of them and at least two (a header is matched by name).
import type { CsvLayout } from '../mapping/csv-layout.js';
import { GOOGLE_CSV, GOOGLE_CSV_MAPPING } from '../mapping/presets/google-csv.js';
import { OUTLOOK_CSV, OUTLOOK_CSV_MAPPING } from '../mapping/presets/outlook-csv.js';

export interface CsvPreset {
  readonly id: 'outlook-csv' | 'google-csv';
  /** The preset's name for messages: `Outlook CSV`. */
  readonly name: string;
  readonly layout: CsvLayout;
}

export const CSV_PRESETS: readonly CsvPreset[] = [
  { id: 'outlook-csv', name: OUTLOOK_CSV_MAPPING.name, layout: OUTLOOK_CSV },
  { id: 'google-csv', name: GOOGLE_CSV_MAPPING.name, layout: GOOGLE_CSV },
];

export interface RecognizedPreset {
  readonly preset: CsvPreset;
  /** How many of the file's columns the preset knows. */
  readonly known: number;
}

const knownHeaders = (layout: CsvLayout): Set<string> => new Set(layout.importColumns.flatMap((column) => [column.header, ...(column.rule.when ? [column.rule.when.column] : [])]));

/** The preset the header row fits best, or undefined when none fits well enough to say. */
export function recognizePreset(headers: readonly string[]): RecognizedPreset | undefined {
  const names = headers.map((header) => header.trim()).filter((header) => header !== '');
  const scored = CSV_PRESETS.map((preset) => {
    const known = knownHeaders(preset.layout);
    return { preset, known: names.filter((name) => known.has(name)).length };
  }).sort((a, b) => b.known - a.known);
  const best = scored[0];
  if (best === undefined || best.known < 2 || best.known * 3 < names.length) return undefined;
  return best;
}
