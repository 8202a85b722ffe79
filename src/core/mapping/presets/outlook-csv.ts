// The Outlook CSV layout as a mapping document: the columns Outlook on the web and new Outlook write when
// exporting contacts, plus the classic Outlook columns (`E-mail Display Name`, `Initials`, `Profession`,
// `Children`, `Categories`) for model fields the web layout lacks; Outlook's import maps each by header name.
// Fields it cannot carry: displayName and fileAs (Outlook derives both from the name parts on import).
import { csvLayoutOf } from '../csv-layout.js';
import type { CsvLayout } from '../csv-layout.js';
import type { CsvMappingDocument, CsvMappingRule } from '../document/mapping-document.js';

/** Outlook writes list fields (categories, children) as one cell separated by semicolons. */
const LIST = { kind: 'list', separator: ';' } as const;

const text = (column: string, field: string): CsvMappingRule => ({ column, field });

function addressRules(prefix: string, field: string): CsvMappingRule[] {
  const parts: [string, string][] = [['Street', 'street'], ['City', 'city'], ['State', 'state'], ['Postal Code', 'postalCode'], ['Country/Region', 'countryOrRegion']];
  return parts.map(([name, part]) => text(`${prefix} ${name}`, `${field}.${part}`));
}

export const OUTLOOK_CSV_MAPPING: CsvMappingDocument = {
  version: 1,
  format: 'csv',
  name: 'Outlook CSV',
  rules: [
    text('First Name', 'givenName'),
    text('Middle Name', 'middleName'),
    text('Last Name', 'surname'),
    text('Title', 'title'),
    text('Suffix', 'generation'),
    text('Nickname', 'nickName'),
    text('Given Yomi', 'yomiGivenName'),
    text('Surname Yomi', 'yomiSurname'),
    text('E-mail Address', 'emailAddresses[0].address'),
    text('E-mail 2 Address', 'emailAddresses[1].address'),
    text('E-mail 3 Address', 'emailAddresses[2].address'),
    text('Home Phone', 'homePhones[0]'),
    text('Home Phone 2', 'homePhones[1]'),
    text('Business Phone', 'businessPhones[0]'),
    text('Business Phone 2', 'businessPhones[1]'),
    text('Mobile Phone', 'mobilePhone'),
    { column: 'IMAddress', field: 'imAddresses', transform: LIST },
    text('Job Title', 'jobTitle'),
    text('Department', 'department'),
    text('Company', 'companyName'),
    text('Office Location', 'officeLocation'),
    text("Manager's Name", 'manager'),
    text("Assistant's Name", 'assistantName'),
    text('Company Yomi', 'yomiCompanyName'),
    ...addressRules('Business', 'businessAddress'),
    ...addressRules('Home', 'homeAddress'),
    ...addressRules('Other', 'otherAddress'),
    text('Spouse', 'spouseName'),
    text('Web Page', 'businessHomePage'),
    // ISO dates out; Outlook's own en-US export writes 5/12/1990, read month first.
    { column: 'Birthday', field: 'birthday', transform: { kind: 'date', format: 'iso' } },
    text('Notes', 'personalNotes'),
    text('E-mail Display Name', 'emailAddresses[0].name'),
    text('E-mail 2 Display Name', 'emailAddresses[1].name'),
    text('E-mail 3 Display Name', 'emailAddresses[2].name'),
    text('Initials', 'initials'),
    text('Profession', 'profession'),
    { column: 'Children', field: 'children', transform: LIST },
    { column: 'Categories', field: 'categories', transform: LIST },
    // Classic Outlook's other names for the same fields, read on import.
    { column: 'Primary Phone', field: 'businessPhones', direction: 'import' },
    { column: 'Company Main Phone', field: 'businessPhones', direction: 'import' },
  ],
};

export const OUTLOOK_CSV: CsvLayout = csvLayoutOf(OUTLOOK_CSV_MAPPING, 'outlook-csv');
