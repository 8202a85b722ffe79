// The contact editor's model: every field of a contact as the text of one control (slots for e-mail addresses,
// phones and IM addresses, parts for each postal address, one line per child or category), and back. A control
// whose text is unchanged keeps the contact's value exactly as it was; edited text is trimmed and nothing else.
import type { ContactFieldName, ContactFields, EmailAddress, PhysicalAddress } from './contact.js';

const SCALARS = [
  'givenName', 'middleName', 'surname', 'displayName', 'nickName', 'title', 'generation', 'initials', 'fileAs',
  'yomiGivenName', 'yomiSurname', 'yomiCompanyName', 'mobilePhone', 'companyName', 'department', 'jobTitle',
  'officeLocation', 'profession', 'manager', 'assistantName', 'businessHomePage', 'birthday', 'spouseName', 'personalNotes',
] as const satisfies readonly ContactFieldName[];

/** The slot controls of the list fields, in slot order (Outlook's limits: three e-mail, two business, two home). */
export const SLOTS = {
  emailAddresses: ['email', 'email2', 'email3'],
  businessPhones: ['businessPhone', 'businessPhone2'],
  homePhones: ['homePhone', 'homePhone2'],
  imAddresses: ['im', 'im2', 'im3'],
} as const;

export const ADDRESS_KINDS = ['business', 'home', 'other'] as const;
export const ADDRESS_PARTS = ['street', 'city', 'state', 'postalCode', 'countryOrRegion'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];
export type AddressPart = (typeof ADDRESS_PARTS)[number];
/** One line per value. */
const LINES = ['children', 'categories'] as const;

type SlotField = (typeof SLOTS)[keyof typeof SLOTS][number];
export type AddressField = `${AddressKind}.${AddressPart}`;
export type EditorField = (typeof SCALARS)[number] | SlotField | AddressField | (typeof LINES)[number];
export type EditorValues = Partial<Record<EditorField, string>>;

export const addressField = (kind: AddressKind, part: AddressPart): AddressField => `${kind}.${part}`;
const addressName = (kind: AddressKind) => `${kind}Address` as const;

/** The text of every control for a contact (empty controls absent). */
export function editorValuesOf(fields: ContactFields): EditorValues {
  const values: Record<string, string | undefined> = {};
  for (const name of SCALARS) values[name] = fields[name];
  (fields.emailAddresses ?? []).forEach((email, index) => (values[SLOTS.emailAddresses[index] ?? ''] = email.address));
  for (const name of ['businessPhones', 'homePhones', 'imAddresses'] as const) {
    (fields[name] ?? []).forEach((value, index) => (values[SLOTS[name][index] ?? ''] = value));
  }
  for (const kind of ADDRESS_KINDS) {
    for (const part of ADDRESS_PARTS) values[addressField(kind, part)] = fields[addressName(kind)]?.[part];
  }
  for (const name of LINES) values[name] = fields[name]?.join('\n');
  delete values[''];
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== '')) as EditorValues;
}

const text = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim());

function emailsOf(draft: readonly EmailAddress[], values: EditorValues): EmailAddress[] {
  return SLOTS.emailAddresses.flatMap((slot, index) => {
    const address = text(values[slot]);
    if (address === undefined) return [];
    const before = draft[index];
    return before !== undefined && before.address.trim() === address ? [before] : [{ address }];
  });
}

function addressOf(kind: AddressKind, values: EditorValues): PhysicalAddress | undefined {
  const parts = ADDRESS_PARTS.flatMap((part) => {
    const value = text(values[addressField(kind, part)]);
    return value === undefined ? [] : [[part, value] as const];
  });
  return parts.length === 0 ? undefined : (Object.fromEntries(parts) as PhysicalAddress);
}

function fieldValueOf(name: ContactFieldName, draft: ContactFields, values: EditorValues): unknown {
  if (name === 'emailAddresses') return emailsOf(draft.emailAddresses ?? [], values);
  if (name === 'businessPhones' || name === 'homePhones' || name === 'imAddresses') return SLOTS[name].flatMap((slot) => text(values[slot]) ?? []);
  const kind = ADDRESS_KINDS.find((each) => addressName(each) === name);
  if (kind !== undefined) return addressOf(kind, values);
  if (name === 'children' || name === 'categories') return (values[name] ?? '').split('\n').flatMap((line) => text(line) ?? []);
  return name === 'personalNotes' ? (values[name]?.trim() === '' ? undefined : values[name]) : text(values[name as EditorField]);
}

const FIELD_CONTROLS: Readonly<Record<ContactFieldName, readonly EditorField[]>> = Object.fromEntries([
  ...SCALARS.map((name) => [name, [name]]),
  ...Object.entries(SLOTS),
  ...ADDRESS_KINDS.map((kind) => [addressName(kind), ADDRESS_PARTS.map((part) => addressField(kind, part))]),
  ...LINES.map((name) => [name, [name]]),
]) as Record<ContactFieldName, readonly EditorField[]>;

/**
 * The contact the editor saves: each field whose controls all still hold the draft's text keeps the draft's
 * value; any other is read from its controls (empty lists and addresses absent).
 */
export function contactFieldsOfEditor(draft: ContactFields, values: EditorValues): ContactFields {
  const before = editorValuesOf(draft);
  const fields: Record<string, unknown> = { ...draft };
  for (const [name, controls] of Object.entries(FIELD_CONTROLS) as [ContactFieldName, readonly EditorField[]][]) {
    if (controls.every((control) => (values[control] ?? '') === (before[control] ?? ''))) continue;
    const value = fieldValueOf(name, draft, values);
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete fields[name];
    else fields[name] = value;
  }
  return fields as ContactFields;
}
