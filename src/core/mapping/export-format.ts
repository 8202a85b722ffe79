// The file formats contacts can be exported to, with the name and media type of the file each produces, and
// the mapping document each writes through (a saved custom CSV mapping is one more choice).
import { csvLayoutOf } from './csv-layout.js';
import type { CsvLayout } from './csv-layout.js';
import type { CsvMappingDocument, MappingDocument } from './document/mapping-document.js';
import { GOOGLE_CSV, GOOGLE_CSV_MAPPING } from './presets/google-csv.js';
import { OUTLOOK_CSV, OUTLOOK_CSV_MAPPING } from './presets/outlook-csv.js';
import { vcardMappingFor } from './presets/vcard-mapping.js';
import type { VCardVersion } from './write-vcard.js';

export type ExportFormat = 'outlook-csv' | 'google-csv' | 'vcard-4.0' | 'vcard-3.0';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['outlook-csv', 'google-csv', 'vcard-4.0', 'vcard-3.0'];

/** What an export writes: one of the formats, or CSV through a custom mapping document (a valid one). */
export type ExportChoice = { readonly format: ExportFormat } | { readonly format: 'csv-mapping'; readonly mapping: CsvMappingDocument };

export type ExportEncoding = { readonly kind: 'csv'; readonly layout: CsvLayout } | { readonly kind: 'vcard'; readonly version: VCardVersion };

export function encodingOf(format: ExportFormat): ExportEncoding {
  switch (format) {
    case 'outlook-csv':
      return { kind: 'csv', layout: OUTLOOK_CSV };
    case 'google-csv':
      return { kind: 'csv', layout: GOOGLE_CSV };
    case 'vcard-4.0':
      return { kind: 'vcard', version: '4.0' };
    case 'vcard-3.0':
      return { kind: 'vcard', version: '3.0' };
  }
}

/** `text/csv` (RFC 4180) or `text/vcard` (RFC 6350 10.1; also used for 3.0 files). */
export function mediaTypeOf(format: ExportFormat): string {
  return encodingOf(format).kind === 'csv' ? 'text/csv' : 'text/vcard';
}

/** `contacts-2026-11-25.csv` or `.vcf`, for the calendar date `YYYY-MM-DD` given. */
export function exportFileName(format: ExportFormat, date: string): string {
  return `contacts-${date}.${encodingOf(format).kind === 'csv' ? 'csv' : 'vcf'}`;
}

/** The encoding of a choice: a custom mapping writes CSV through its own layout. */
export function encodingOfChoice(choice: ExportChoice): ExportEncoding {
  return choice.format === 'csv-mapping' ? { kind: 'csv', layout: csvLayoutOf(choice.mapping) } : encodingOf(choice.format);
}

/** The mapping document a choice writes through. */
export function mappingOfChoice(choice: ExportChoice): MappingDocument {
  switch (choice.format) {
    case 'csv-mapping':
      return choice.mapping;
    case 'outlook-csv':
      return OUTLOOK_CSV_MAPPING;
    case 'google-csv':
      return GOOGLE_CSV_MAPPING;
    case 'vcard-4.0':
      return vcardMappingFor('4.0');
    case 'vcard-3.0':
      return vcardMappingFor('3.0');
  }
}
