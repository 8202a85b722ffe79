// The base to merge against when some of our own writes have an unknown outcome (the answer was lost):
// a field the server now holds exactly as we sent it counts as agreed, so the merge does not mistake
// our own landed write for a server change, nor a later local edit of that field for "unchanged".
import { CONTACT_FIELD_NAMES } from '../contact/contact.js';
import type { ContactFields } from '../contact/contact.js';
import { equalValues } from '../contact/equal-fields.js';

/** `unconfirmed` lists the changes of each send whose answer never came, oldest first. */
export function effectiveBase(base: ContactFields, unconfirmed: readonly Partial<ContactFields>[] | undefined, remote: ContactFields): ContactFields {
  if (unconfirmed === undefined || unconfirmed.length === 0) return base;
  const out: Record<string, unknown> = { ...base };
  for (const field of CONTACT_FIELD_NAMES) {
    if (unconfirmed.some((sent) => field in sent && equalValues(sent[field], remote[field]))) out[field] = remote[field];
  }
  return out as ContactFields;
}
