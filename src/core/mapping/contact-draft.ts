// A contact being put together from an external record (a CSV row, a vCard): mapping rules write into it
// slot by slot, and `finishDraft` turns it into ContactFields without empty slots, values or lists.
import { CONTACT_FIELD_NAMES, MAX_EMAIL_ADDRESSES } from '../contact/contact.js';
import type { ContactFields, EmailAddress, PhysicalAddress } from '../contact/contact.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** ContactFields under construction: list slots may be missing until the record has been read. */
export type ContactDraft = Mutable<ContactFields>;

export type StringListField = 'imAddresses' | 'businessPhones' | 'homePhones' | 'children' | 'categories';
export type AddressField = 'homeAddress' | 'businessAddress' | 'otherAddress';
export type TextField = {
  [K in keyof ContactFields]-?: NonNullable<ContactFields[K]> extends string ? K : never;
}[keyof ContactFields];

/** Writes `value` at `index` of a string list field. */
export function setListItem(draft: ContactDraft, field: StringListField, index: number, value: string): void {
  const list = [...(draft[field] ?? [])];
  list[index] = value;
  draft[field] = list;
}

/** Writes one part (street, city…) of a postal address. */
export function setAddressPart(draft: ContactDraft, field: AddressField, part: keyof PhysicalAddress, value: string): void {
  draft[field] = { ...draft[field], [part]: value };
}

/** Writes the address or the display name of the e-mail slot `index`. */
export function setEmailPart(draft: ContactDraft, index: number, part: keyof EmailAddress, value: string): void {
  const list: EmailAddress[] = [...(draft.emailAddresses ?? [])];
  list[index] = { ...(list[index] ?? { address: '' }), [part]: value };
  draft.emailAddresses = list;
}

function compactAddress(address: PhysicalAddress | undefined): PhysicalAddress | undefined {
  if (address === undefined) return undefined;
  const parts = Object.entries(address).filter(([, value]) => typeof value === 'string' && value !== '');
  return parts.length === 0 ? undefined : (Object.fromEntries(parts) as PhysicalAddress);
}

function compactEmails(list: readonly (EmailAddress | undefined)[] | undefined): EmailAddress[] | undefined {
  const kept = (list ?? [])
    .filter((entry): entry is EmailAddress => entry !== undefined && entry.address !== '')
    .map((entry) => (entry.name === undefined || entry.name === '' ? { address: entry.address } : { name: entry.name, address: entry.address }))
    .slice(0, MAX_EMAIL_ADDRESSES);
  return kept.length === 0 ? undefined : kept;
}

/** The draft as ContactFields: empty strings, empty slots and empty lists dropped, at most three e-mail addresses. */
export function finishDraft(draft: ContactDraft): ContactFields {
  const result: Record<string, unknown> = {};
  for (const name of CONTACT_FIELD_NAMES) {
    const value: unknown = draft[name];
    if (name === 'emailAddresses') result[name] = compactEmails(draft.emailAddresses);
    else if (name === 'homeAddress' || name === 'businessAddress' || name === 'otherAddress') result[name] = compactAddress(draft[name]);
    else if (Array.isArray(value)) {
      const kept = value.filter((item): item is string => typeof item === 'string' && item !== '');
      result[name] = kept.length === 0 ? undefined : kept;
    } else if (typeof value === 'string' && value !== '') result[name] = value;
  }
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined)) as ContactFields;
}
