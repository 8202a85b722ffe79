import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import { contactFromCsvRecord, csvRowsOf } from '../../../../src/core/mapping/apply-csv-layout.js';
import { OUTLOOK_CSV } from '../../../../src/core/mapping/presets/outlook-csv.js';
import { readCsv, writeCsv } from '../../../../src/adapters/files/papaparse-csv.js';
import { anyContact, without } from './contact-arbitrary.js';

/** The model fields Outlook's layout has no column for. */
const NOT_CARRIED = ['displayName', 'fileAs'] as const;

function recordOf(header: readonly string[], row: readonly string[]): Record<string, string> {
  return Object.fromEntries(header.map((name, index) => [name, row[index] ?? '']));
}

function cellsOf(fields: ContactFields): Record<string, string> {
  const [header = [], row = []] = csvRowsOf(OUTLOOK_CSV, [fields]);
  return recordOf(header, row);
}

describe('the Outlook CSV layout', () => {
  it('writes the Outlook column names, each once', () => {
    const [header = []] = csvRowsOf(OUTLOOK_CSV, []);
    expect(header.slice(0, 11)).toEqual(['First Name', 'Middle Name', 'Last Name', 'Title', 'Suffix', 'Nickname', 'Given Yomi', 'Surname Yomi', 'E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address']);
    expect(header).toEqual(expect.arrayContaining(['Business Phone', 'Home Phone 2', 'Mobile Phone', 'Company', 'Job Title', 'Business Country/Region', 'Other Postal Code', 'Birthday', 'Notes', 'Categories']));
    expect(new Set(header).size).toBe(header.length);
  });

  it('puts each field of a contact under its column', () => {
    const cells = cellsOf({
      givenName: 'John',
      surname: 'Doe',
      emailAddresses: [{ name: 'John Doe', address: 'john.doe@fabrikam.example' }, { address: 'jd@home.example' }],
      businessPhones: ['+1 (206) 555-0142'],
      mobilePhone: '+1 206 555 0199',
      companyName: 'Fabrikam Inc.',
      jobTitle: 'Purchasing Manager',
      businessAddress: { street: '1 Main St\nSuite 3', city: 'Seattle', countryOrRegion: 'United States' },
      birthday: '1980-02-29',
      categories: ['Clients', 'VIP'],
    });
    expect(cells).toMatchObject({
      'First Name': 'John',
      'Last Name': 'Doe',
      'E-mail Address': 'john.doe@fabrikam.example',
      'E-mail Display Name': 'John Doe',
      'E-mail 2 Address': 'jd@home.example',
      'E-mail 3 Address': '',
      'Business Phone': '+1 (206) 555-0142',
      'Mobile Phone': '+1 206 555 0199',
      Company: 'Fabrikam Inc.',
      'Job Title': 'Purchasing Manager',
      'Business Street': '1 Main St\nSuite 3',
      'Business City': 'Seattle',
      'Business Country/Region': 'United States',
      Birthday: '1980-02-29',
      Categories: 'Clients;VIP',
    });
  });

  it('keeps non-Latin names as they are', () => {
    const cells = cellsOf({ givenName: '健一', surname: '佐藤', yomiGivenName: 'ケンイチ', yomiSurname: 'サトウ', companyName: 'شركة النيل للتجارة', jobTitle: 'Генеральный директор' });
    expect(cells).toMatchObject({ 'First Name': '健一', 'Last Name': '佐藤', 'Given Yomi': 'ケンイチ', 'Surname Yomi': 'サトウ', Company: 'شركة النيل للتجارة', 'Job Title': 'Генеральный директор' });
  });

  it('carries at most three e-mail addresses and all three postal addresses', () => {
    const emails = ['a@x.example', 'b@x.example', 'c@x.example', 'd@x.example'].map((address) => ({ address }));
    const cells = cellsOf({ emailAddresses: emails, homeAddress: { city: 'Home' }, businessAddress: { city: 'Work' }, otherAddress: { city: 'Other' } });
    expect([cells['E-mail Address'], cells['E-mail 2 Address'], cells['E-mail 3 Address']]).toEqual(['a@x.example', 'b@x.example', 'c@x.example']);
    expect(Object.values(cells)).not.toContain('d@x.example');
    expect([cells['Home City'], cells['Business City'], cells['Other City']]).toEqual(['Home', 'Work', 'Other']);
    expect(contactFromCsvRecord(OUTLOOK_CSV, cells).emailAddresses).toHaveLength(3);
  });

  it('escapes a formula in a name and reads it back unescaped', () => {
    const cells = cellsOf({ givenName: '=HYPERLINK("http://evil.example")', surname: '@SUM(A1)' });
    expect(cells['First Name']).toBe('\'=HYPERLINK("http://evil.example")');
    expect(cells['Last Name']).toBe("'@SUM(A1)");
    expect(contactFromCsvRecord(OUTLOOK_CSV, cells)).toEqual({ givenName: '=HYPERLINK("http://evil.example")', surname: '@SUM(A1)' });
  });

  it('reads Outlook dates written as M/D/YYYY and ignores its empty date', () => {
    expect(contactFromCsvRecord(OUTLOOK_CSV, { Birthday: '5/12/1990' }).birthday).toBe('1990-05-12');
    expect(contactFromCsvRecord(OUTLOOK_CSV, { Birthday: '0/0/00' }).birthday).toBeUndefined();
  });

  it('reads back every field it carries, through CSV text', () => {
    fc.assert(
      fc.property(fc.array(anyContact, { minLength: 1, maxLength: 4 }), (contacts) => {
        const { records, problems } = readCsv(writeCsv(csvRowsOf(OUTLOOK_CSV, contacts)));
        expect(problems).toEqual([]);
        expect(records.map((record) => contactFromCsvRecord(OUTLOOK_CSV, record))).toEqual(contacts.map((fields) => without(fields, NOT_CARRIED)));
      }),
      { numRuns: 200 },
    );
  });
});
