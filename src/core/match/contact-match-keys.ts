// The keys a stored contact is indexed under for participant matching (see lookup-keys-for.ts): the
// plus-base of every address (exact and plus-tagged addresses share it), every address's domain, and the
// contact's name key. Stores derive them from the fields; they are never edited by hand.

import type { ContactFields } from '../contact/contact.js';
import { plusBaseOf, splitEmail } from '../contact/normalize-email.js';
import { nameKeyOf } from '../contact/normalize-name.js';

export interface ContactMatchKeys {
  readonly plusBases: readonly string[];
  readonly domains: readonly string[];
  readonly nameKey: string | undefined;
}

/** The name a contact is compared by: its display name, else "givenName surname". */
export function contactMatchName(fields: Pick<ContactFields, 'displayName' | 'givenName' | 'surname'>): string {
  return fields.displayName?.trim() || [fields.givenName, fields.surname].filter(Boolean).join(' ');
}

export function contactMatchKeysOf(fields: ContactFields): ContactMatchKeys {
  const addresses = (fields.emailAddresses ?? []).map((entry) => entry.address).filter((address) => splitEmail(address) !== undefined);
  return {
    plusBases: [...new Set(addresses.map(plusBaseOf))],
    domains: [...new Set(addresses.map((address) => splitEmail(address)?.domain ?? ''))].filter((domain) => domain !== ''),
    nameKey: nameKeyOf(contactMatchName(fields)),
  };
}
