// The keys the engine looks a participant up by in the mirror's indexes, one indexed lookup each.
// The store indexes every contact address under normalizeEmail, plusBaseOf and its domain, and every
// contact under nameKeyOf(displayName, or "givenName surname" when it has none).

import { normalizeEmail, plusBaseOf, splitEmail } from '../contact/normalize-email.js';
import { nameKeyOf } from '../contact/normalize-name.js';
import type { Participant } from './participants.js';
import { isPublicMailDomain } from './public-mail-domains.js';

export interface LookupKeys {
  /** Exact-address key: `normalizeEmail(address)`. */
  readonly email: string;
  /** Set only when the address carries a `+tag`: the tag-free address to look up in the plus-base index. */
  readonly plusBase?: string;
  /** The domain, or undefined for public mail domains (gmail.com, outlook.com, …) that are not worth a lookup. */
  readonly domain: string | undefined;
  /** `nameKeyOf(displayName)`, or undefined when the participant has no name strong enough to match on. */
  readonly nameKey: string | undefined;
}

export function lookupKeysFor(participant: Pick<Participant, 'address' | 'displayName'>): LookupKeys {
  const email = normalizeEmail(participant.address);
  const base = plusBaseOf(email);
  const domain = splitEmail(email)?.domain;
  return {
    email,
    ...(base === email ? {} : { plusBase: base }),
    domain: domain === undefined || isPublicMailDomain(domain) ? undefined : domain,
    nameKey: nameKeyOf(participant.displayName),
  };
}
