// The vCard 4.0 (RFC 6350) and 3.0 (RFC 2426) presets as mapping documents: which property carries which
// model field. Fields without a standard property use extension properties other clients write too
// (X-PHONETIC-* by Apple and Android, X-MS-* by Outlook). Untyped ADR is the "other" address; a TEL no
// other rule takes is a business phone. Each document also reads the other version's properties.
import type { VCardMappingDocument, VCardMappingRule } from '../document/mapping-document.js';
import type { VCardVersion } from '../write-vcard.js';

const text = (property: string, field: string): VCardMappingRule => ({ property, field });

function rulesFor(version: VCardVersion): VCardMappingRule[] {
  /** Written only in `only`; read in both. */
  const inVersion = (only: VCardVersion, rule: VCardMappingRule): VCardMappingRule => (only === version ? rule : { ...rule, direction: 'import' });
  const email = (index: number, v40: string, v30: string): VCardMappingRule[] => [
    inVersion('4.0', text(v40, `emailAddresses[${index}].address`)),
    inVersion('3.0', text(v30, `emailAddresses[${index}].address`)),
  ];
  return [
    { property: 'FN', field: 'displayName', transform: { kind: 'full-name' } },
    ...['surname', 'givenName', 'middleName', 'title', 'generation'].map((field, component) => ({ property: 'N', field, component })),
    text('NICKNAME', 'nickName'),
    ...email(0, 'EMAIL;PREF=1', 'EMAIL;TYPE=internet,pref'),
    ...email(1, 'EMAIL', 'EMAIL;TYPE=internet'),
    ...email(2, 'EMAIL', 'EMAIL;TYPE=internet'),
    { property: 'TEL;TYPE=work,voice', field: 'businessPhones', fallback: true },
    text('TEL;TYPE=home,voice', 'homePhones'),
    text('TEL;TYPE=cell', 'mobilePhone'),
    { property: 'TEL', label: 'Mobile', field: 'mobilePhone', direction: 'import' },
    { property: 'TEL', label: 'iPhone', field: 'mobilePhone', direction: 'import' },
    text('ADR;TYPE=work', 'businessAddress'),
    text('ADR;TYPE=home', 'homeAddress'),
    text('ADR', 'otherAddress'),
    { property: 'ORG', field: 'companyName', component: 0 },
    { property: 'ORG', field: 'department', component: 1 },
    text('TITLE', 'jobTitle'),
    text('ROLE', 'profession'),
    inVersion('4.0', { property: 'BDAY', field: 'birthday', transform: { kind: 'date', format: 'basic' } }),
    inVersion('3.0', { property: 'BDAY', field: 'birthday', transform: { kind: 'date', format: 'iso' } }),
    text('URL', 'businessHomePage'),
    // IMPP's value is a URI (RFC 6350 6.4.3, RFC 4770 for 3.0): an address without a scheme goes in X-MS-IMADDRESS.
    { property: 'IMPP', field: 'imAddresses', transform: { kind: 'uri-or', otherwise: 'X-MS-IMADDRESS' } },
    { property: 'X-MS-IMADDRESS', field: 'imAddresses', direction: 'import' },
    { property: 'CATEGORIES', field: 'categories', transform: { kind: 'list', separator: ',' } },
    text('NOTE', 'personalNotes'),
    // RFC 6350 6.6.6: RELATED is a URI by default; a name is written as text. vCard 3.0 has no RELATED.
    inVersion('4.0', text('RELATED;TYPE=spouse;VALUE=text', 'spouseName')),
    inVersion('4.0', text('RELATED;TYPE=child;VALUE=text', 'children')),
    inVersion('3.0', text('X-MS-SPOUSE', 'spouseName')),
    inVersion('3.0', text('X-MS-CHILD', 'children')),
    text('X-MS-MANAGER', 'manager'),
    text('X-MS-ASSISTANT', 'assistantName'),
    text('X-MS-OFFICELOCATION', 'officeLocation'),
    text('X-MS-INITIALS', 'initials'),
    text('X-MS-FILEAS', 'fileAs'),
    text('X-PHONETIC-FIRST-NAME', 'yomiGivenName'),
    text('X-PHONETIC-LAST-NAME', 'yomiSurname'),
    text('X-PHONETIC-ORG', 'yomiCompanyName'),
  ];
}

export const VCARD_40_MAPPING: VCardMappingDocument = { version: 1, format: 'vcard', name: 'vCard 4.0', rules: rulesFor('4.0') };
export const VCARD_30_MAPPING: VCardMappingDocument = { version: 1, format: 'vcard', name: 'vCard 3.0', rules: rulesFor('3.0') };

/** The preset a version writes (and reads): vCard 2.1 cards are read like 3.0. */
export function vcardMappingFor(version: VCardVersion | '2.1' | undefined): VCardMappingDocument {
  return version === '4.0' ? VCARD_40_MAPPING : VCARD_30_MAPPING;
}
