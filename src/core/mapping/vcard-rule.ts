// The shape of the vCard mapping: one rule per property name, writing the properties a contact needs and
// reading a parsed property back into the contact being imported (the same table run backwards).
import type { ContactFieldName, ContactFields } from '../contact/contact.js';
import type { ContactDraft } from './contact-draft.js';
import type { VCardProperty, VCardVersion } from './write-vcard.js';

export interface VCardRule {
  /** The property name the rule writes and reads, upper case. */
  readonly name: string;
  /** The model fields it carries. */
  readonly fields: readonly ContactFieldName[];
  /** The versions it is written for (read in any version): e.g. RELATED is vCard 4.0 only. */
  readonly versions: readonly VCardVersion[];
  write(fields: ContactFields, version: VCardVersion): VCardProperty[];
  read(property: VCardProperty, draft: ContactDraft): void;
}

export const BOTH_VERSIONS: readonly VCardVersion[] = ['4.0', '3.0'];

/** The property's first value (first item of the first component), '' when it has none. */
export function firstValue(property: VCardProperty): string {
  return property.value[0]?.[0] ?? '';
}

/** The property's TYPE values, lower case (`TYPE=WORK,voice` → ['work', 'voice']). */
export function typesOf(property: VCardProperty): string[] {
  return (property.params?.TYPE ?? []).flatMap((value) => value.split(',')).map((value) => value.trim().toLowerCase());
}

/** A property holding one text value, or none when the value is empty. */
export function single(name: string, value: string | undefined, params?: Record<string, readonly string[]>): VCardProperty[] {
  return value === undefined || value === '' ? [] : [{ name, ...(params ? { params } : {}), value: [[value]] }];
}
