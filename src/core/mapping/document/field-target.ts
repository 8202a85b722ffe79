// The `field` of a mapping rule parsed into the contact field, list slot and part it names
// (`emailAddresses[1].address`, `businessAddress.street`), with the slot limits Outlook keeps.
import { CONTACT_FIELD_NAMES, MAX_BUSINESS_PHONES, MAX_EMAIL_ADDRESSES, MAX_HOME_PHONES, MAX_IM_ADDRESSES } from '../../contact/contact.js';
import type { ContactFieldName, PhysicalAddress } from '../../contact/contact.js';
import { InvariantError } from '../../errors.js';
import type { AddressField, StringListField, TextField } from '../contact-draft.js';

export type AddressPart = keyof PhysicalAddress;
export const ADDRESS_PARTS: readonly AddressPart[] = ['street', 'city', 'state', 'postalCode', 'countryOrRegion'];

export type FieldTarget =
  | { readonly kind: 'text'; readonly field: TextField }
  | { readonly kind: 'list'; readonly field: StringListField; readonly index?: number }
  | { readonly kind: 'email'; readonly index?: number; readonly part: 'address' | 'name' }
  | { readonly kind: 'address'; readonly field: AddressField; readonly part?: AddressPart };

const LIST_FIELDS: readonly StringListField[] = ['imAddresses', 'businessPhones', 'homePhones', 'children', 'categories'];
const ADDRESS_FIELDS: readonly AddressField[] = ['homeAddress', 'businessAddress', 'otherAddress'];

/** How many slots a list field has: Outlook's limits, and a generous cap for the others. */
export const SLOT_LIMITS: Readonly<Record<StringListField | 'emailAddresses', number>> = {
  emailAddresses: MAX_EMAIL_ADDRESSES,
  businessPhones: MAX_BUSINESS_PHONES,
  homePhones: MAX_HOME_PHONES,
  imAddresses: MAX_IM_ADDRESSES,
  children: 50,
  categories: 50,
};

const PATTERN = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?$/;

const isName = (name: string): name is ContactFieldName => (CONTACT_FIELD_NAMES as readonly string[]).includes(name);

/** The target `text` names, or the reason it names none (`unknown field 'foo'`). */
export function parseFieldTarget(text: string): FieldTarget | { readonly error: string } {
  const match = PATTERN.exec(text);
  if (!match) return { error: `cannot read field '${text}' (write e.g. 'mobilePhone', 'emailAddresses[1].address', 'businessAddress.street')` };
  const [, name = '', rawIndex, part] = match;
  if (!isName(name)) return { error: `unknown field '${name}'` };
  const index = rawIndex === undefined ? undefined : Number(rawIndex);
  if (name === 'emailAddresses' || (LIST_FIELDS as readonly string[]).includes(name)) {
    const limit = SLOT_LIMITS[name as StringListField | 'emailAddresses'];
    if (index !== undefined && index >= limit) return { error: `${name} has ${limit} slots: index ${index} is out of range` };
    if (name === 'emailAddresses') {
      if (part !== undefined && part !== 'address' && part !== 'name') return { error: `unknown part '${part}' of emailAddresses (address or name)` };
      return { kind: 'email', ...(index === undefined ? {} : { index }), part: part ?? 'address' };
    }
    if (part !== undefined) return { error: `${name} has no parts` };
    return { kind: 'list', field: name as StringListField, ...(index === undefined ? {} : { index }) };
  }
  if (index !== undefined) return { error: `${name} is not a list` };
  if ((ADDRESS_FIELDS as readonly string[]).includes(name)) {
    if (part !== undefined && !(ADDRESS_PARTS as readonly string[]).includes(part)) return { error: `unknown part '${part}' of ${name} (${ADDRESS_PARTS.join(', ')})` };
    return { kind: 'address', field: name as AddressField, ...(part === undefined ? {} : { part: part as AddressPart }) };
  }
  if (part !== undefined) return { error: `${name} has no parts` };
  return { kind: 'text', field: name as TextField };
}

/** The model field a target belongs to. */
export function fieldNameOf(target: FieldTarget): ContactFieldName {
  return target.kind === 'email' ? 'emailAddresses' : target.field;
}

/** The target of a rule known to be valid (presets, parsed documents). */
export function targetOf(text: string): FieldTarget {
  const target = parseFieldTarget(text);
  if ('error' in target) throw new InvariantError(`mapping field '${text}': ${target.error}`);
  return target;
}
