import { describe, expect, it } from 'vitest';
import { contactFromCsvRecord, csvRowsOf, mapCsvRecord } from '../../../../../src/core/mapping/apply-csv-layout.js';
import { contactFromVCardProperties, vcardOf } from '../../../../../src/core/mapping/apply-vcard-mapping.js';
import { csvLayoutOf } from '../../../../../src/core/mapping/csv-layout.js';
import type { CsvMappingDocument, VCardMappingDocument } from '../../../../../src/core/mapping/document/mapping-document.js';
import { GOOGLE_CSV } from '../../../../../src/core/mapping/presets/google-csv.js';
import { readVCards } from '../../../../../src/core/mapping/read-vcard.js';

const CRM: CsvMappingDocument = {
  version: 1,
  format: 'csv',
  name: 'CRM export',
  rules: [
    { column: 'Name', field: 'displayName', transform: { kind: 'full-name' } },
    { column: 'Cell', field: 'mobilePhone', transform: { kind: 'phone', format: 'e164', region: 'DE' } },
    { column: 'Born', field: 'birthday', transform: { kind: 'date', format: 'dmy' } },
    { column: 'Mail 2', field: 'emailAddresses[1].address' },
    { column: 'Street (work)', field: 'businessAddress.street' },
    { column: 'Tags', field: 'categories', transform: { kind: 'list', separator: '|' } },
  ],
};

describe('a custom CSV mapping document', () => {
  const layout = csvLayoutOf(CRM);

  it('writes its columns through the transforms', () => {
    const rows = csvRowsOf(layout, [{ givenName: 'Anna', surname: 'Schmidt', mobilePhone: '0151 23456789', birthday: '1985-03-05', categories: ['a', 'b'] }]);
    expect(rows).toEqual([
      ['Name', 'Cell', 'Born', 'Mail 2', 'Street (work)', 'Tags'],
      ['Anna Schmidt', '+4915123456789', '5/3/1985', '', '', 'a|b'],
    ]);
  });

  it('reads a full name into the display name and its parts, and a day-first date', () => {
    expect(contactFromCsvRecord(layout, { Name: 'Anna Schmidt', Born: '5/3/1985', Cell: '0151 23456789', 'Mail 2': 'a@x.example', 'Street (work)': 'Hauptstr. 1', Tags: 'x | y' })).toEqual({
      displayName: 'Anna Schmidt',
      givenName: 'Anna',
      surname: 'Schmidt',
      mobilePhone: '+4915123456789',
      birthday: '1985-03-05',
      emailAddresses: [{ address: 'a@x.example' }],
      businessAddress: { street: 'Hauptstr. 1' },
      categories: ['x', 'y'],
    });
  });

  it('leaves out a birthday it cannot read surely, and says so', () => {
    const mapped = mapCsvRecord(layout, { Born: '31/02/1985' });
    expect(mapped.draft.birthday).toBeUndefined();
    expect(mapped.problems).toEqual([{ column: 'Born', field: 'birthday', message: "birthday '31/02/1985' is not a date this mapping reads: left out" }]);
  });
});

describe('the Google preset on files Google writes', () => {
  it('files phones and addresses by their label, whatever slot they are in', () => {
    const fields = contactFromCsvRecord(GOOGLE_CSV, {
      'Phone 1 - Label': 'Mobile',
      'Phone 1 - Value': '+1 555 0100',
      'Phone 2 - Label': 'Work',
      'Phone 2 - Value': '+1 555 0101 ::: +1 555 0102',
      'Address 1 - Label': 'Home',
      'Address 1 - City': 'Portland',
      'E-mail 1 - Label': '* Work',
      'E-mail 1 - Value': 'a@x.example ::: b@x.example',
      'E-mail 2 - Value': 'c@x.example',
    });
    expect(fields).toEqual({
      mobilePhone: '+1 555 0100',
      businessPhones: ['+1 555 0101', '+1 555 0102'],
      homeAddress: { city: 'Portland' },
      emailAddresses: [{ address: 'a@x.example' }, { address: 'b@x.example' }, { address: 'c@x.example' }],
    });
  });
});

describe('a custom vCard mapping document', () => {
  const doc: VCardMappingDocument = {
    version: 1,
    format: 'vcard',
    name: 'Labels',
    rules: [
      { property: 'FN', field: 'displayName', transform: { kind: 'full-name' } },
      { property: 'EMAIL', label: 'Other', field: 'emailAddresses[2].address' },
      { property: 'EMAIL', field: 'emailAddresses' },
      { property: 'TEL;TYPE=cell', field: 'mobilePhone' },
      { property: 'TEL', field: 'homePhones' },
    ],
  };

  it('reads a grouped property by the X-ABLabel of its group', () => {
    const [card] = readVCards('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nitem1.EMAIL;TYPE=INTERNET:o@x.example\r\nitem1.X-ABLabel:_$!<Other>!$_\r\nEMAIL:w@x.example\r\nTEL:1\r\nitem2.TEL:2\r\nitem2.X-ABLabel:Boat\r\nEND:VCARD\r\n');
    expect(contactFromVCardProperties(card?.properties ?? [], doc)).toEqual({ displayName: 'A', emailAddresses: [{ address: 'w@x.example' }, { address: 'o@x.example' }], homePhones: ['1', '2'] });
  });

  it('writes its properties in order', () => {
    expect(vcardOf({ displayName: 'A', mobilePhone: '9', homePhones: ['1'] }, '4.0', {}, doc)).toBe('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nTEL;TYPE=cell:9\r\nTEL:1\r\nEND:VCARD\r\n');
  });
});
