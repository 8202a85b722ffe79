// The Outlook CSV layout: the columns Outlook on the web and new Outlook write when exporting contacts, plus
// the classic Outlook columns (`E-mail Display Name`, `Initials`, `Profession`, `Children`, `Categories`) for
// model fields the web layout lacks; Outlook's import maps every one of them by header name.
// Fields it cannot carry: displayName and fileAs (Outlook derives both from the name parts on import).
import { addressColumn, birthdayColumn, emailAddressColumn, emailNameColumn, joinedColumn, listItemColumn, textColumn } from '../csv-layout.js';
import type { CsvColumn, CsvLayout } from '../csv-layout.js';
import type { AddressField } from '../contact-draft.js';

/** Outlook writes list fields (categories, children) as one cell separated by semicolons. */
const LIST_SEPARATOR = ';';

function addressColumns(prefix: string, field: AddressField): CsvColumn[] {
  return [
    addressColumn(`${prefix} Street`, field, 'street'),
    addressColumn(`${prefix} City`, field, 'city'),
    addressColumn(`${prefix} State`, field, 'state'),
    addressColumn(`${prefix} Postal Code`, field, 'postalCode'),
    addressColumn(`${prefix} Country/Region`, field, 'countryOrRegion'),
  ];
}

export const OUTLOOK_CSV: CsvLayout = {
  id: 'outlook-csv',
  columns: [
    textColumn('First Name', 'givenName'),
    textColumn('Middle Name', 'middleName'),
    textColumn('Last Name', 'surname'),
    textColumn('Title', 'title'),
    textColumn('Suffix', 'generation'),
    textColumn('Nickname', 'nickName'),
    textColumn('Given Yomi', 'yomiGivenName'),
    textColumn('Surname Yomi', 'yomiSurname'),
    emailAddressColumn('E-mail Address', 0),
    emailAddressColumn('E-mail 2 Address', 1),
    emailAddressColumn('E-mail 3 Address', 2),
    listItemColumn('Home Phone', 'homePhones', 0),
    listItemColumn('Home Phone 2', 'homePhones', 1),
    listItemColumn('Business Phone', 'businessPhones', 0),
    listItemColumn('Business Phone 2', 'businessPhones', 1),
    textColumn('Mobile Phone', 'mobilePhone'),
    joinedColumn('IMAddress', 'imAddresses', LIST_SEPARATOR),
    textColumn('Job Title', 'jobTitle'),
    textColumn('Department', 'department'),
    textColumn('Company', 'companyName'),
    textColumn('Office Location', 'officeLocation'),
    textColumn("Manager's Name", 'manager'),
    textColumn("Assistant's Name", 'assistantName'),
    textColumn('Company Yomi', 'yomiCompanyName'),
    ...addressColumns('Business', 'businessAddress'),
    ...addressColumns('Home', 'homeAddress'),
    ...addressColumns('Other', 'otherAddress'),
    textColumn('Spouse', 'spouseName'),
    textColumn('Web Page', 'businessHomePage'),
    birthdayColumn('Birthday'),
    textColumn('Notes', 'personalNotes'),
    emailNameColumn('E-mail Display Name', 0),
    emailNameColumn('E-mail 2 Display Name', 1),
    emailNameColumn('E-mail 3 Display Name', 2),
    textColumn('Initials', 'initials'),
    textColumn('Profession', 'profession'),
    joinedColumn('Children', 'children', LIST_SEPARATOR),
    joinedColumn('Categories', 'categories', LIST_SEPARATOR),
  ],
};
