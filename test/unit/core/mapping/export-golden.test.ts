// Export through the mapping documents writes exactly the bytes the hand-written layouts wrote: the files in
// test/fixtures/export were produced from contacts.json before the presets became documents.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../../src/adapters/files/papaparse-csv.js';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import { csvRowsOf } from '../../../../src/core/mapping/apply-csv-layout.js';
import { vcardOf } from '../../../../src/core/mapping/apply-vcard-mapping.js';
import { GOOGLE_CSV } from '../../../../src/core/mapping/presets/google-csv.js';
import { OUTLOOK_CSV } from '../../../../src/core/mapping/presets/outlook-csv.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/export');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
const CONTACTS = JSON.parse(read('contacts.json')) as ContactFields[];

describe('export through the preset mapping documents', () => {
  it('writes the same Outlook CSV bytes as before', () => {
    expect(writeCsv(csvRowsOf(OUTLOOK_CSV, CONTACTS))).toBe(read('outlook.csv'));
  });

  it('writes the same Google CSV bytes as before', () => {
    expect(writeCsv(csvRowsOf(GOOGLE_CSV, CONTACTS))).toBe(read('google.csv'));
  });

  for (const version of ['4.0', '3.0'] as const) {
    it(`writes the same vCard ${version} bytes as before`, () => {
      expect(CONTACTS.map((fields, index) => vcardOf(fields, version, { uid: `uid-${index}` })).join('')).toBe(read(`vcard-${version}.vcf`));
    });
  }
});
