import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import { contactFromCsvRecord, csvRowsOf } from '../../../../src/core/mapping/apply-csv-layout.js';
import { GOOGLE_CSV } from '../../../../src/core/mapping/presets/google-csv.js';
import { readCsv, writeCsv } from '../../../../src/adapters/files/papaparse-csv.js';
import { anyContact, without } from './contact-arbitrary.js';

/** The model fields Google's layout has no column for (and e-mail display names). */
const NOT_CARRIED = ['displayName', 'initials', 'officeLocation', 'profession', 'yomiCompanyName'] as const;

function cellsOf(fields: ContactFields): Record<string, string> {
  const [header = [], row = []] = csvRowsOf(GOOGLE_CSV, [fields]);
  return Object.fromEntries(header.map((name, index) => [name, row[index] ?? '']));
}

describe('the Google CSV layout', () => {
  it('writes Google column names, label and value paired', () => {
    const [header = []] = csvRowsOf(GOOGLE_CSV, []);
    expect(header.slice(0, 3)).toEqual(['First Name', 'Middle Name', 'Last Name']);
    expect(header).toEqual(expect.arrayContaining(['Organization Name', 'Organization Title', 'Birthday', 'Notes', 'Labels', 'E-mail 1 - Label', 'E-mail 1 - Value', 'E-mail 3 - Value', 'Phone 1 - Label', 'Phone 1 - Value', 'Address 1 - Street', 'Address 3 - Country']));
    expect(new Set(header).size).toBe(header.length);
  });

  it('labels each value and joins several values of one label with " ::: "', () => {
    const cells = cellsOf({
      givenName: 'María José',
      surname: 'García-López',
      emailAddresses: [{ address: 'mj@bodegas.example' }],
      businessPhones: ['+34 954 21 43 65', '+34 954 00 00 00'],
      mobilePhone: '+34 600 000 000',
      businessAddress: { city: 'Sevilla', countryOrRegion: 'España' },
      companyName: 'Bodegas del Sur SL',
      categories: ['Suppliers', 'Wine'],
    });
    expect(cells).toMatchObject({
      'First Name': 'María José',
      'Last Name': 'García-López',
      'E-mail 1 - Label': 'Other',
      'E-mail 1 - Value': 'mj@bodegas.example',
      'E-mail 2 - Label': '',
      'Phone 1 - Label': 'Work',
      'Phone 1 - Value': '+34 954 21 43 65 ::: +34 954 00 00 00',
      'Phone 2 - Label': '',
      'Phone 3 - Label': 'Mobile',
      'Phone 3 - Value': '+34 600 000 000',
      'Address 1 - Label': 'Work',
      'Address 1 - City': 'Sevilla',
      'Address 1 - Country': 'España',
      'Organization Name': 'Bodegas del Sur SL',
      Labels: 'Suppliers ::: Wine',
    });
  });

  it('keeps Arabic and Chinese names and escapes formulas', () => {
    const cells = cellsOf({ givenName: 'أحمد', surname: '李', companyName: '-1+1', personalNotes: '+cmd' });
    expect(cells).toMatchObject({ 'First Name': 'أحمد', 'Last Name': '李', 'Organization Name': "'-1+1", Notes: "'+cmd" });
  });

  it('carries three e-mail addresses, never a fourth', () => {
    const cells = cellsOf({ emailAddresses: ['a', 'b', 'c', 'd'].map((name) => ({ address: `${name}@x.example` })) });
    expect(cells['E-mail 3 - Value']).toBe('c@x.example');
    expect(Object.values(cells)).not.toContain('d@x.example');
  });

  it('reads back every field it carries, through CSV text', () => {
    fc.assert(
      fc.property(fc.array(anyContact, { minLength: 1, maxLength: 4 }), (contacts) => {
        const { records, problems } = readCsv(writeCsv(csvRowsOf(GOOGLE_CSV, contacts)));
        expect(problems).toEqual([]);
        expect(records.map((record) => contactFromCsvRecord(GOOGLE_CSV, record))).toEqual(contacts.map((fields) => without(fields, NOT_CARRIED, true)));
      }),
      { numRuns: 200 },
    );
  });
});
