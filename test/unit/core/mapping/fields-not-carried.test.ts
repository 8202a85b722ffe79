import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import type { CsvMappingDocument } from '../../../../src/core/mapping/document/mapping-document.js';
import { fieldsNotCarried } from '../../../../src/core/mapping/fields-not-carried.js';
import { mappedFieldsTable } from '../../../../src/core/mapping/mapped-fields-table.js';
import { GOOGLE_CSV_MAPPING } from '../../../../src/core/mapping/presets/google-csv.js';
import { OUTLOOK_CSV_MAPPING } from '../../../../src/core/mapping/presets/outlook-csv.js';
import { VCARD_40_MAPPING } from '../../../../src/core/mapping/presets/vcard-mapping.js';

const csv = (rules: CsvMappingDocument['rules']): CsvMappingDocument => ({ version: 1, format: 'csv', name: 'Mine', rules });
const NAMES = csv([
  { column: 'First', field: 'givenName' },
  { column: 'Last', field: 'surname' },
  { column: 'Mail', field: 'emailAddresses[0].address' },
  { column: 'Home', field: 'homeAddress.street' },
]);
const ada: ContactFields = { givenName: 'Ada', surname: 'Lovelace', displayName: 'Ada Lovelace', fileAs: 'Lovelace, Ada', emailAddresses: [{ address: 'ada@example.com' }] };

describe('fieldsNotCarried', () => {
  it.each<[string, CsvMappingDocument, readonly ContactFields[], readonly { field: string; count: number }[]]>([
    ['nothing when every value has a column', NAMES, [ada], []],
    ['a field without a column, counted per contact', NAMES, [{ ...ada, spouseName: 'William' }, { ...ada, spouseName: 'Byron' }, ada], [{ field: 'spouseName', count: 2 }]],
    ['an address part without a column', NAMES, [{ ...ada, homeAddress: { street: '12 St James', city: 'London' } }], [{ field: 'homeAddress.city', count: 1 }]],
    ['a second e-mail address and a display name beside an address', NAMES, [{ ...ada, emailAddresses: [{ address: 'ada@example.com', name: 'Ada L.' }, { address: 'a@b.example' }] }], [{ field: 'emailAddresses[0].name', count: 1 }, { field: 'emailAddresses[1].address', count: 1 }]],
    ['a display name that says more than the name parts', NAMES, [{ ...ada, displayName: 'Countess of Lovelace' }], [{ field: 'displayName', count: 1 }]],
    ['the display name when a name part has no column', csv([{ column: 'First', field: 'givenName' }]), [{ givenName: 'Ada', surname: 'Lovelace', displayName: 'Ada Lovelace' }], [{ field: 'surname', count: 1 }, { field: 'displayName', count: 1 }]],
    ['the items past the first of a list written without a list transform', csv([{ column: 'Tags', field: 'categories' }]), [{ categories: ['a', 'b', 'c'] }], [{ field: 'categories[1]', count: 1 }, { field: 'categories[2]', count: 1 }]],
    ['no item of a list written with a list transform', csv([{ column: 'Tags', field: 'categories', transform: { kind: 'list', separator: ';' } }]), [{ categories: ['a', 'b', 'c'] }], []],
    ['a slot no column names', csv([{ column: 'Phone', field: 'homePhones[1]' }]), [{ homePhones: ['1', '2'] }], [{ field: 'homePhones[0]', count: 1 }]],
    ['values under import-only rules and label columns', csv([{ column: 'Spouse', field: 'spouseName', direction: 'import' }, { column: 'Kind', field: 'mobilePhone', transform: { kind: 'constant', value: 'Mobile' } }]), [{ spouseName: 'W', mobilePhone: '1' }], [{ field: 'spouseName', count: 1 }, { field: 'mobilePhone', count: 1 }]],
  ])('reports %s', (_name, mapping, contacts, expected) => {
    expect(fieldsNotCarried(contacts, mapping)).toEqual(expected);
  });

  it('puts the most frequent first', () => {
    const contacts = [{ ...ada, nickName: 'A' }, { ...ada, spouseName: 'W' }, { ...ada, spouseName: 'B' }];
    expect(fieldsNotCarried(contacts, NAMES)).toEqual([{ field: 'spouseName', count: 2 }, { field: 'nickName', count: 1 }]);
  });

  it('knows what each preset leaves out', () => {
    const rich: ContactFields = { ...ada, initials: 'A.L.', officeLocation: 'B2', spouseName: 'W', homePhones: ['1', '2', '3'] };
    expect(fieldsNotCarried([rich], OUTLOOK_CSV_MAPPING)).toEqual([{ field: 'homePhones[2]', count: 1 }]);
    expect(fieldsNotCarried([rich], GOOGLE_CSV_MAPPING).map((each) => each.field)).toEqual(['initials', 'officeLocation']);
    expect(fieldsNotCarried([rich], VCARD_40_MAPPING)).toEqual([]);
  });
});

describe('mappedFieldsTable', () => {
  it('shows the fields the rows filled, in rule order, list items joined', () => {
    const table = mappedFieldsTable(csv([{ column: 'Last', field: 'surname' }, { column: 'First', field: 'givenName' }, { column: 'Spouse', field: 'spouseName' }, { column: 'Tags', field: 'categories', transform: { kind: 'list', separator: '|' } }]), [
      { givenName: 'Ada', surname: 'Lovelace', categories: ['a', 'b'] },
      { givenName: 'Bob' },
    ]);
    expect(table).toEqual({ fields: ['surname', 'givenName', 'categories'], rows: [['Lovelace', 'Ada', 'a; b'], ['', 'Bob', '']] });
  });
});
