// The Google CSV layout (Google Contacts' export): name and organization columns, then numbered groups that
// pair a label with a value (`E-mail 1 - Label` / `E-mail 1 - Value`), several values of one label in one cell
// separated by " ::: ". Each model field has its own numbered slot, so the table reads back without guessing.
// Fields it cannot carry: displayName, initials, officeLocation, profession, yomiCompanyName.
import type { ContactFields, PhysicalAddress } from '../../contact/contact.js';
import type { AddressField, StringListField, TextField } from '../contact-draft.js';
import { addressColumn, birthdayColumn, emailAddressColumn, joinedColumn, labelColumn, textColumn } from '../csv-layout.js';
import type { CsvColumn, CsvLayout } from '../csv-layout.js';

/** Google's separator between several values of one cell. */
const MULTI_VALUE_SEPARATOR = ' ::: ';

const hasText = (value: string | undefined): boolean => value !== undefined && value !== '';
const hasItems = (list: readonly string[] | undefined): boolean => (list ?? []).some(hasText);

function emailColumns(slot: number): CsvColumn[] {
  const present = (fields: ContactFields) => hasText(fields.emailAddresses?.[slot - 1]?.address);
  return [labelColumn(`E-mail ${slot} - Label`, 'emailAddresses', 'Other', present), emailAddressColumn(`E-mail ${slot} - Value`, slot - 1)];
}

function listGroup(kind: string, slot: number, label: string, field: StringListField): CsvColumn[] {
  return [
    labelColumn(`${kind} ${slot} - Label`, field, label, (fields) => hasItems(fields[field])),
    joinedColumn(`${kind} ${slot} - Value`, field, MULTI_VALUE_SEPARATOR),
  ];
}

function textGroup(kind: string, slot: number, label: string, field: TextField): CsvColumn[] {
  return [labelColumn(`${kind} ${slot} - Label`, field, label, (fields) => hasText(fields[field])), textColumn(`${kind} ${slot} - Value`, field)];
}

function addressGroup(slot: number, label: string, field: AddressField): CsvColumn[] {
  const part = (name: string, key: keyof PhysicalAddress) => addressColumn(`Address ${slot} - ${name}`, field, key);
  const present = (fields: ContactFields) => Object.values(fields[field] ?? {}).some((value) => hasText(value));
  return [
    labelColumn(`Address ${slot} - Label`, field, label, present),
    part('Street', 'street'),
    part('City', 'city'),
    part('Region', 'state'),
    part('Postal Code', 'postalCode'),
    part('Country', 'countryOrRegion'),
  ];
}

export const GOOGLE_CSV: CsvLayout = {
  id: 'google-csv',
  columns: [
    textColumn('First Name', 'givenName'),
    textColumn('Middle Name', 'middleName'),
    textColumn('Last Name', 'surname'),
    textColumn('Phonetic First Name', 'yomiGivenName'),
    textColumn('Phonetic Last Name', 'yomiSurname'),
    textColumn('Name Prefix', 'title'),
    textColumn('Name Suffix', 'generation'),
    textColumn('Nickname', 'nickName'),
    textColumn('File As', 'fileAs'),
    textColumn('Organization Name', 'companyName'),
    textColumn('Organization Title', 'jobTitle'),
    textColumn('Organization Department', 'department'),
    birthdayColumn('Birthday'),
    textColumn('Notes', 'personalNotes'),
    joinedColumn('Labels', 'categories', MULTI_VALUE_SEPARATOR),
    ...emailColumns(1),
    ...emailColumns(2),
    ...emailColumns(3),
    ...listGroup('Phone', 1, 'Work', 'businessPhones'),
    ...listGroup('Phone', 2, 'Home', 'homePhones'),
    ...textGroup('Phone', 3, 'Mobile', 'mobilePhone'),
    ...addressGroup(1, 'Work', 'businessAddress'),
    ...addressGroup(2, 'Home', 'homeAddress'),
    ...addressGroup(3, 'Other', 'otherAddress'),
    ...textGroup('Relation', 1, 'Spouse', 'spouseName'),
    ...textGroup('Relation', 2, 'Manager', 'manager'),
    ...textGroup('Relation', 3, 'Assistant', 'assistantName'),
    ...listGroup('Relation', 4, 'Child', 'children'),
    ...textGroup('Website', 1, 'Work', 'businessHomePage'),
    ...listGroup('IM', 1, 'Other', 'imAddresses'),
  ],
};
