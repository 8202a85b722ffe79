// The vCard mapping table (RFC 6350 for 4.0, RFC 2426 for 3.0): which property carries which model field.
// Fields without a standard property use extension properties other clients write too (X-PHONETIC-* by
// Apple and Android, X-MS-* by Outlook). Untyped ADR is the "other" address; TEL without work/home/cell is business.
import type { ContactFields, PhysicalAddress } from '../../contact/contact.js';
import { MAX_EMAIL_ADDRESSES } from '../../contact/contact.js';
import { basicDate, birthdayFromText } from '../birthday-text.js';
import { setAddressPart, setEmailPart, setListItem } from '../contact-draft.js';
import type { AddressField, ContactDraft, StringListField, TextField } from '../contact-draft.js';
import { BOTH_VERSIONS, firstValue, single, typesOf } from '../vcard-rule.js';
import type { VCardRule } from '../vcard-rule.js';
import type { VCardProperty } from '../write-vcard.js';

function textRule(name: string, field: TextField, versions = BOTH_VERSIONS): VCardRule {
  return {
    name,
    fields: [field],
    versions,
    write: (fields) => single(name, fields[field]),
    read: (property, draft) => {
      draft[field] = firstValue(property);
    },
  };
}

function appendTo(draft: ContactDraft, field: StringListField, value: string): void {
  if (value !== '') setListItem(draft, field, draft[field]?.length ?? 0, value);
}

function listRule(name: string, field: StringListField, versions = BOTH_VERSIONS, params?: Record<string, readonly string[]>): VCardRule {
  return {
    name,
    fields: [field],
    versions,
    write: (fields) => (fields[field] ?? []).flatMap((value) => single(name, value, params)),
    read: (property, draft) => appendTo(draft, field, firstValue(property)),
  };
}

/** RFC 6350 6.3.1 / RFC 2426 3.2.1: post office box; extended address; street; locality; region; postal code; country. */
const ADR_PARTS: readonly (keyof PhysicalAddress | undefined)[] = [undefined, undefined, 'street', 'city', 'state', 'postalCode', 'countryOrRegion'];
const ADDRESS_TYPES: readonly [AddressField, string | undefined][] = [['businessAddress', 'work'], ['homeAddress', 'home'], ['otherAddress', undefined]];

const ADR: VCardRule = {
  name: 'ADR',
  fields: ['businessAddress', 'homeAddress', 'otherAddress'],
  versions: BOTH_VERSIONS,
  write: (fields) =>
    ADDRESS_TYPES.flatMap(([field, type]) => {
      const address = fields[field];
      if (address === undefined || !Object.values(address).some((value) => value !== undefined && value !== '')) return [];
      return [{ name: 'ADR', ...(type ? { params: { TYPE: [type] } } : {}), value: ADR_PARTS.map((part) => [part ? (address[part] ?? '') : '']) }];
    }),
  read: (property, draft) => {
    const types = typesOf(property);
    const field = types.includes('work') ? 'businessAddress' : types.includes('home') ? 'homeAddress' : 'otherAddress';
    ADR_PARTS.forEach((part, index) => {
      const value = property.value[index]?.join(',') ?? '';
      if (part !== undefined && value !== '') setAddressPart(draft, field, part, value);
    });
  },
};

const TEL: VCardRule = {
  name: 'TEL',
  fields: ['businessPhones', 'homePhones', 'mobilePhone'],
  versions: BOTH_VERSIONS,
  write: (fields) => [
    ...(fields.businessPhones ?? []).flatMap((phone) => single('TEL', phone, { TYPE: ['work', 'voice'] })),
    ...(fields.homePhones ?? []).flatMap((phone) => single('TEL', phone, { TYPE: ['home', 'voice'] })),
    ...single('TEL', fields.mobilePhone, { TYPE: ['cell'] }),
  ],
  read: (property, draft) => {
    const types = typesOf(property);
    const value = firstValue(property).replace(/^tel:/i, '');
    if (types.includes('cell') && draft.mobilePhone === undefined) draft.mobilePhone = value;
    else appendTo(draft, types.includes('home') ? 'homePhones' : 'businessPhones', value);
  },
};

const EMAIL: VCardRule = {
  name: 'EMAIL',
  fields: ['emailAddresses'],
  versions: BOTH_VERSIONS,
  write: (fields, version) =>
    (fields.emailAddresses ?? []).slice(0, MAX_EMAIL_ADDRESSES).flatMap((email, index) => {
      const params: Record<string, readonly string[]> | undefined = version === '4.0' ? (index === 0 ? { PREF: ['1'] } : undefined) : { TYPE: index === 0 ? ['internet', 'pref'] : ['internet'] };
      return single('EMAIL', email.address, params);
    }),
  read: (property, draft) => {
    const next = draft.emailAddresses?.length ?? 0;
    if (next < MAX_EMAIL_ADDRESSES && firstValue(property) !== '') setEmailPart(draft, next, 'address', firstValue(property));
  },
};

const N: VCardRule = {
  name: 'N',
  fields: ['surname', 'givenName', 'middleName', 'title', 'generation'],
  versions: BOTH_VERSIONS,
  // RFC 2426 3.1.2: N is required in vCard 3.0, so it is written even when every part is empty.
  write: (fields, version) => {
    const parts = [fields.surname, fields.givenName, fields.middleName, fields.title, fields.generation].map((part) => part ?? '');
    return version === '3.0' || parts.some((part) => part !== '') ? [{ name: 'N', value: parts.map((part) => [part]) }] : [];
  },
  read: (property, draft) => {
    (['surname', 'givenName', 'middleName', 'title', 'generation'] as const).forEach((field, index) => {
      const value = property.value[index]?.join(',') ?? '';
      if (value !== '') draft[field] = value;
    });
  },
};

const ORG: VCardRule = {
  name: 'ORG',
  fields: ['companyName', 'department'],
  versions: BOTH_VERSIONS,
  write: (fields) => (fields.companyName || fields.department ? [{ name: 'ORG', value: [[fields.companyName ?? ''], ...(fields.department ? [[fields.department]] : [])] }] : []),
  read: (property, draft) => {
    const [company, department] = [property.value[0]?.join(',') ?? '', property.value[1]?.join(',') ?? ''];
    if (company !== '') draft.companyName = company;
    if (department !== '') draft.department = department;
  },
};

const BDAY: VCardRule = {
  name: 'BDAY',
  fields: ['birthday'],
  versions: BOTH_VERSIONS,
  write: (fields, version) => {
    const date = fields.birthday === undefined ? undefined : birthdayFromText(fields.birthday);
    return single('BDAY', date === undefined ? undefined : version === '4.0' ? basicDate(date) : date);
  },
  read: (property, draft) => {
    const date = birthdayFromText(firstValue(property));
    if (date !== undefined) draft.birthday = date;
  },
};

const CATEGORIES: VCardRule = {
  name: 'CATEGORIES',
  fields: ['categories'],
  versions: BOTH_VERSIONS,
  write: (fields) => ((fields.categories ?? []).length === 0 ? [] : [{ name: 'CATEGORIES', value: [[...(fields.categories ?? [])]] }]),
  read: (property, draft) => property.value.flat().forEach((category) => appendTo(draft, 'categories', category)),
};

/** RFC 6350 6.6.6: RELATED is a URI by default; a name is written as text. vCard 3.0 has no RELATED. */
function relatedRule(type: 'spouse' | 'child'): VCardRule {
  const field = type === 'spouse' ? 'spouseName' : 'children';
  const params = { TYPE: [type], VALUE: ['text'] };
  return {
    name: 'RELATED',
    fields: [field],
    versions: ['4.0'],
    write: (fields: ContactFields) => (type === 'spouse' ? single('RELATED', fields.spouseName, params) : (fields.children ?? []).flatMap((child) => single('RELATED', child, params))),
    read: (property: VCardProperty, draft: ContactDraft) => {
      if (!typesOf(property).includes(type)) return;
      if (type === 'spouse') draft.spouseName = firstValue(property);
      else appendTo(draft, 'children', firstValue(property));
    },
  };
}

/** IMPP's value is a URI (RFC 6350 6.4.3, RFC 4770 for 3.0): an address without a scheme goes in X-MS-IMADDRESS. */
const IMPP: VCardRule = {
  name: 'IMPP',
  fields: ['imAddresses'],
  versions: BOTH_VERSIONS,
  write: (fields) => (fields.imAddresses ?? []).flatMap((im) => single(/^[a-z][a-z0-9+.-]*:/i.test(im) ? 'IMPP' : 'X-MS-IMADDRESS', im)),
  read: (property, draft) => appendTo(draft, 'imAddresses', firstValue(property)),
};

/** The table, in the order properties are written. FN is written by `vcardPropertiesOf` (it is required). */
export const VCARD_RULES: readonly VCardRule[] = [
  N,
  textRule('NICKNAME', 'nickName'),
  EMAIL,
  TEL,
  ADR,
  ORG,
  textRule('TITLE', 'jobTitle'),
  textRule('ROLE', 'profession'),
  BDAY,
  textRule('URL', 'businessHomePage'),
  IMPP,
  listRule('X-MS-IMADDRESS', 'imAddresses', []),
  CATEGORIES,
  textRule('NOTE', 'personalNotes'),
  relatedRule('spouse'),
  relatedRule('child'),
  textRule('X-MS-SPOUSE', 'spouseName', ['3.0']),
  listRule('X-MS-CHILD', 'children', ['3.0']),
  textRule('X-MS-MANAGER', 'manager'),
  textRule('X-MS-ASSISTANT', 'assistantName'),
  textRule('X-MS-OFFICELOCATION', 'officeLocation'),
  textRule('X-MS-INITIALS', 'initials'),
  textRule('X-MS-FILEAS', 'fileAs'),
  textRule('X-PHONETIC-FIRST-NAME', 'yomiGivenName'),
  textRule('X-PHONETIC-LAST-NAME', 'yomiSurname'),
  textRule('X-PHONETIC-ORG', 'yomiCompanyName'),
];
