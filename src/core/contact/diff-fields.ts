// The fields that differ between two versions of a contact: what a PATCH sends.
import { CONTACT_FIELD_NAMES } from './contact.js';
import type { ContactFieldName, ContactFields } from './contact.js';
import { equalField } from './equal-fields.js';

/**
 * The changed fields only, with their values in `next`. A field emptied in `next` is present with the
 * value `undefined`: "clear it" (the Graph adapter sends `null`). Empty for equal contacts.
 */
export function diffFields(base: ContactFields, next: ContactFields): Partial<ContactFields> {
  const changes: Record<string, unknown> = {};
  for (const field of CONTACT_FIELD_NAMES) {
    if (!equalField(base, next, field)) changes[field] = next[field];
  }
  return changes as Partial<ContactFields>;
}

/** The names of the fields that differ, in the model's stable order. */
export function changedFieldNames(base: ContactFields, next: ContactFields): ContactFieldName[] {
  return CONTACT_FIELD_NAMES.filter((field) => !equalField(base, next, field));
}

/** `base` with `changes` laid over it; a present key with an empty value removes the field. */
export function applyChanges(base: ContactFields, changes: Partial<ContactFields>): ContactFields {
  const out: Record<string, unknown> = { ...base };
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined || value === null) delete out[field];
    else out[field] = value;
  }
  return out as ContactFields;
}
