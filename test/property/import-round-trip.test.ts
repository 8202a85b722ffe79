// Export then import through the whole import path (bytes, decoding, preset recognition, ical.js) gives back
// the same contact for every field a preset maps; birthdays never shift by a day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRows, writeCsv } from '../../src/adapters/files/papaparse-csv.js';
import { readVCardFile } from '../../src/adapters/vcard/ical-vcard-reader.js';
import type { ContactFieldName, ContactFields } from '../../src/core/contact/contact.js';
import { readCsvImport } from '../../src/core/import/read-csv-import.js';
import { readVCardImport } from '../../src/core/import/read-vcard-import.js';
import { csvRowsOf } from '../../src/core/mapping/apply-csv-layout.js';
import { vcardOf } from '../../src/core/mapping/apply-vcard-mapping.js';
import { GOOGLE_CSV } from '../../src/core/mapping/presets/google-csv.js';
import { OUTLOOK_CSV } from '../../src/core/mapping/presets/outlook-csv.js';
import { anyContact, birthday, text, without } from '../unit/core/mapping/contact-arbitrary.js';

const bytes = (value: string) => new TextEncoder().encode(value);
const hasAny = (fields: ContactFields) => Object.keys(fields).length > 0;

const CSV_PRESETS = [
  { name: 'Outlook CSV', layout: OUTLOOK_CSV, dropped: ['displayName', 'fileAs'] as ContactFieldName[], emailNames: true },
  { name: 'Google CSV', layout: GOOGLE_CSV, dropped: ['displayName', 'initials', 'officeLocation', 'profession', 'yomiCompanyName'] as ContactFieldName[], emailNames: false },
];

describe('export then import', () => {
  for (const preset of CSV_PRESETS) {
    it(`gives back every field the ${preset.name} preset maps`, () => {
      const carried = (fields: ContactFields) => without(fields, preset.dropped, !preset.emailNames);
      fc.assert(
        fc.property(fc.array(anyContact.filter((fields) => hasAny(carried(fields))), { minLength: 1, maxLength: 4 }), (contacts) => {
          const file = bytes(writeCsv(csvRowsOf(preset.layout, contacts)));
          const result = readCsvImport({ name: 'export.csv', bytes: file }, parseCsvRows);
          expect(result.mappingName).toBe(preset.name);
          expect(result.drafts.map((draft) => draft.fields)).toEqual(contacts.map(carried));
          expect(result.drafts.flatMap((draft) => draft.problems)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });
  }

  for (const version of ['4.0', '3.0'] as const) {
    it(`gives back every field the vCard ${version} preset maps`, () => {
      const named = anyContact.chain((fields) => text.map((displayName) => ({ ...fields, displayName })));
      const carried = (fields: ContactFields) => without(fields, [], true);
      fc.assert(
        fc.property(fc.array(named, { minLength: 1, maxLength: 3 }), (contacts) => {
          const file = bytes(contacts.map((fields) => vcardOf(fields, version)).join(''));
          const result = readVCardImport({ name: 'export.vcf', bytes: file }, readVCardFile);
          expect(result.versions).toEqual({ [version]: contacts.length });
          expect(result.drafts.map((draft) => draft.fields)).toEqual(contacts.map(carried));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('never shifts a birthday, in any preset', () => {
    fc.assert(
      fc.property(birthday, (date) => {
        const contact = { givenName: 'B', birthday: date };
        for (const preset of CSV_PRESETS) {
          expect(readCsvImport({ name: 'b.csv', bytes: bytes(writeCsv(csvRowsOf(preset.layout, [contact]))) }, parseCsvRows).drafts[0]?.fields.birthday).toBe(date);
        }
        for (const version of ['4.0', '3.0'] as const) {
          expect(readVCardImport({ name: 'b.vcf', bytes: bytes(vcardOf(contact, version)) }, readVCardFile).drafts[0]?.fields.birthday).toBe(date);
        }
      }),
      { numRuns: 300 },
    );
  });
});
