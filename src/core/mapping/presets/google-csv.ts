// The Google CSV layout (Google Contacts' export) as a mapping document: name and organization columns, then
// numbered groups that pair a label with a value (`E-mail 1 - Label` / `E-mail 1 - Value`), several values of
// one label in one cell separated by " ::: ". Export gives each model field its own numbered slot, so our files
// read back without guessing; files from Google label their slots freely, so import follows the label.
// Fields it cannot carry: displayName, initials, officeLocation, profession, yomiCompanyName.
import { csvLayoutOf } from '../csv-layout.js';
import type { CsvLayout } from '../csv-layout.js';
import type { CsvMappingDocument, CsvMappingRule } from '../document/mapping-document.js';

/** Google's separator between several values of one cell. */
const MULTI = { kind: 'list', separator: ' ::: ' } as const;
const label = (column: string, field: string, value: string): CsvMappingRule => ({ column, field, transform: { kind: 'constant', value } });
const text = (column: string, field: string): CsvMappingRule => ({ column, field });

function emailRules(slot: number): CsvMappingRule[] {
  const field = `emailAddresses[${slot - 1}].address`;
  return [label(`E-mail ${slot} - Label`, field, 'Other'), { column: `E-mail ${slot} - Value`, field, transform: MULTI }];
}

/** Import: a phone slot labelled Mobile, Home or Work goes to that field, whatever slot it is in. */
function phoneByLabel(slot: number): CsvMappingRule[] {
  const when = { column: `Phone ${slot} - Label`, equals: '' };
  return [
    { column: `Phone ${slot} - Value`, field: 'mobilePhone', direction: 'import', when: { ...when, equals: 'Mobile' } },
    { column: `Phone ${slot} - Value`, field: 'homePhones', transform: MULTI, direction: 'import', when: { ...when, equals: 'Home' } },
    { column: `Phone ${slot} - Value`, field: 'businessPhones', transform: MULTI, direction: 'import', when: { ...when, equals: 'Work' } },
  ];
}

function listGroup(kind: string, slot: number, value: string, field: string): CsvMappingRule[] {
  return [label(`${kind} ${slot} - Label`, field, value), { column: `${kind} ${slot} - Value`, field, transform: MULTI }];
}

function textGroup(kind: string, slot: number, value: string, field: string): CsvMappingRule[] {
  return [label(`${kind} ${slot} - Label`, field, value), text(`${kind} ${slot} - Value`, field)];
}

const ADDRESS_PARTS: readonly [string, string][] = [['Street', 'street'], ['City', 'city'], ['Region', 'state'], ['Postal Code', 'postalCode'], ['Country', 'countryOrRegion']];

function addressGroup(slot: number, value: string, field: string): CsvMappingRule[] {
  const byLabel = (equals: string, other: string): CsvMappingRule[] =>
    ADDRESS_PARTS.map(([name, part]) => ({ column: `Address ${slot} - ${name}`, field: `${other}.${part}`, direction: 'import', when: { column: `Address ${slot} - Label`, equals } }));
  return [
    label(`Address ${slot} - Label`, field, value),
    ...ADDRESS_PARTS.map(([name, part]) => text(`Address ${slot} - ${name}`, `${field}.${part}`)),
    ...byLabel('Work', 'businessAddress'),
    ...byLabel('Home', 'homeAddress'),
    ...byLabel('Other', 'otherAddress'),
  ];
}

export const GOOGLE_CSV_MAPPING: CsvMappingDocument = {
  version: 1,
  format: 'csv',
  name: 'Google CSV',
  rules: [
    text('First Name', 'givenName'),
    text('Middle Name', 'middleName'),
    text('Last Name', 'surname'),
    text('Phonetic First Name', 'yomiGivenName'),
    text('Phonetic Last Name', 'yomiSurname'),
    text('Name Prefix', 'title'),
    text('Name Suffix', 'generation'),
    text('Nickname', 'nickName'),
    text('File As', 'fileAs'),
    text('Organization Name', 'companyName'),
    text('Organization Title', 'jobTitle'),
    text('Organization Department', 'department'),
    { column: 'Birthday', field: 'birthday', transform: { kind: 'date', format: 'iso' } },
    text('Notes', 'personalNotes'),
    { column: 'Labels', field: 'categories', transform: MULTI },
    ...emailRules(1),
    ...emailRules(2),
    ...emailRules(3),
    ...listGroup('Phone', 1, 'Work', 'businessPhones'),
    ...phoneByLabel(1),
    ...listGroup('Phone', 2, 'Home', 'homePhones'),
    ...phoneByLabel(2),
    ...textGroup('Phone', 3, 'Mobile', 'mobilePhone'),
    ...phoneByLabel(3),
    ...addressGroup(1, 'Work', 'businessAddress'),
    ...addressGroup(2, 'Home', 'homeAddress'),
    ...addressGroup(3, 'Other', 'otherAddress'),
    ...textGroup('Relation', 1, 'Spouse', 'spouseName'),
    ...textGroup('Relation', 2, 'Manager', 'manager'),
    ...textGroup('Relation', 3, 'Assistant', 'assistantName'),
    ...listGroup('Relation', 4, 'Child', 'children'),
    ...textGroup('Website', 1, 'Work', 'businessHomePage'),
    ...listGroup('IM', 1, 'Other', 'imAddresses'),
    // The older Google layout.
    { column: 'Given Name', field: 'givenName', direction: 'import' },
    { column: 'Family Name', field: 'surname', direction: 'import' },
    { column: 'Name', field: 'displayName', direction: 'import', transform: { kind: 'full-name' } },
    { column: 'Group Membership', field: 'categories', direction: 'import', transform: MULTI },
  ],
};

export const GOOGLE_CSV: CsvLayout = csvLayoutOf(GOOGLE_CSV_MAPPING, 'google-csv');
