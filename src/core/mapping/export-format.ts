// The file formats contacts can be exported to, with the name and media type of the file each produces: the
// built-in ones, or a mapping document's own columns (CSV) or properties (vCard 4.0).
import { csvLayoutOf } from './csv-layout.js';
import type { CsvLayout } from './csv-layout.js';
import type { MappingDocument, VCardMappingDocument } from './document/mapping-document.js';
import { GOOGLE_CSV, GOOGLE_CSV_MAPPING } from './presets/google-csv.js';
import { OUTLOOK_CSV, OUTLOOK_CSV_MAPPING } from './presets/outlook-csv.js';
import { vcardMappingFor } from './presets/vcard-mapping.js';
import type { VCardVersion } from './write-vcard.js';

export type ExportFormat = 'outlook-csv' | 'google-csv' | 'vcard-4.0' | 'vcard-3.0';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['outlook-csv', 'google-csv', 'vcard-4.0', 'vcard-3.0'];

/** A built-in format, or a (valid) mapping document whose columns or properties the file has. */
export type ExportTarget = ExportFormat | MappingDocument;

export type ExportEncoding =
  | { readonly kind: 'csv'; readonly layout: CsvLayout }
  /** `document`: the properties to write; the version's preset when undefined. */
  | { readonly kind: 'vcard'; readonly version: VCardVersion; readonly document?: VCardMappingDocument };

export function encodingOf(format: ExportTarget): ExportEncoding {
  if (typeof format !== 'string') return format.format === 'csv' ? { kind: 'csv', layout: csvLayoutOf(format) } : { kind: 'vcard', version: '4.0', document: format };
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
export function mediaTypeOf(format: ExportTarget): string {
  return encodingOf(format).kind === 'csv' ? 'text/csv' : 'text/vcard';
}

/** `contacts-2026-11-25.csv` or `.vcf`, for the calendar date `YYYY-MM-DD` given. */
export function exportFileName(format: ExportTarget, date: string): string {
  return `contacts-${date}.${encodingOf(format).kind === 'csv' ? 'csv' : 'vcf'}`;
}

/** The mapping document a target writes through. */
export function mappingOf(target: ExportTarget): MappingDocument {
  if (typeof target !== 'string') return target;
  switch (target) {
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
