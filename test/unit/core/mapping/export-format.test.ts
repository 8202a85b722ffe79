import { describe, expect, it } from 'vitest';
import type { CsvMappingDocument } from '../../../../src/core/mapping/document/mapping-document.js';
import { EXPORT_FORMATS, exportFileName, mappingOf, mediaTypeOf } from '../../../../src/core/mapping/export-format.js';
import { GOOGLE_CSV_MAPPING } from '../../../../src/core/mapping/presets/google-csv.js';
import { OUTLOOK_CSV_MAPPING } from '../../../../src/core/mapping/presets/outlook-csv.js';
import { VCARD_40_MAPPING } from '../../../../src/core/mapping/presets/vcard-mapping.js';

const MINE: CsvMappingDocument = { version: 1, format: 'csv', name: 'Mine', rules: [{ column: 'Mail', field: 'emailAddresses[0].address' }] };

describe('export targets', () => {
  it('writes each built-in format through its own preset', () => {
    expect(mappingOf('outlook-csv')).toBe(OUTLOOK_CSV_MAPPING);
    expect(mappingOf('google-csv')).toBe(GOOGLE_CSV_MAPPING);
    expect(mappingOf('vcard-4.0')).toEqual(VCARD_40_MAPPING);
    expect(mappingOf('vcard-3.0').format).toBe('vcard');
  });

  it('writes a mapping document through itself, as a CSV file', () => {
    expect(mappingOf(MINE)).toBe(MINE);
    expect(exportFileName(MINE, '2026-12-07')).toBe('contacts-2026-12-07.csv');
    expect(mediaTypeOf(MINE)).toBe('text/csv');
  });

  it('names CSV and vCard files by their kind', () => {
    expect(EXPORT_FORMATS.map((format) => exportFileName(format, '2026-12-07'))).toEqual(['contacts-2026-12-07.csv', 'contacts-2026-12-07.csv', 'contacts-2026-12-07.vcf', 'contacts-2026-12-07.vcf']);
  });
});
