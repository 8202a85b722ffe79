// Classifies one participant against the candidate contacts the store found by indexed lookup:
// known (same address), possible (plus-address variant, same name, same private domain) or unknown.
// Possible matches are only offered; nothing here merges contacts. Cost is linear in the candidates.

import type { ContactFields } from '../contact/contact.js';
import { normalizeEmail, plusBaseOf, splitEmail } from '../contact/normalize-email.js';
import { nameKeyOf } from '../contact/normalize-name.js';
import { contactMatchName } from './contact-match-keys.js';
import type { Participant } from './participants.js';
import { isPublicMailDomain } from './public-mail-domains.js';

/** What matching needs of a stored contact; the mirror's records satisfy it structurally. */
export interface MatchCandidate extends Pick<ContactFields, 'displayName' | 'givenName' | 'surname' | 'emailAddresses'> {
  readonly id: string;
}

export interface CandidateSets<C extends MatchCandidate> {
  readonly candidatesByEmail: readonly C[];
  readonly candidatesByName: readonly C[];
  readonly candidatesByDomain: readonly C[];
}

export type PossibleReason = 'plus-address' | 'same-name' | 'same-domain';

export interface MatchSuggestion<C> {
  readonly contact: C;
  readonly reason: PossibleReason;
  /** The contact's address that triggered the rule (absent for same-name). */
  readonly matchedAddress?: string;
}

export type ParticipantMatch<C> =
  | { readonly status: 'known'; readonly participant: Participant; readonly reason: 'same-address'; readonly contacts: readonly C[] }
  | { readonly status: 'possible'; readonly participant: Participant; readonly reason: PossibleReason; readonly suggestions: readonly MatchSuggestion<C>[] }
  | { readonly status: 'unknown'; readonly participant: Participant; readonly reason: 'no-candidate' };

/** At most this many possible matches are offered per participant, strongest first. */
export const MAX_SUGGESTIONS = 5;
const RANK: Record<PossibleReason, number> = { 'plus-address': 0, 'same-name': 1, 'same-domain': 2 };

function contactNameKey(contact: MatchCandidate): string | undefined {
  return nameKeyOf(contactMatchName(contact));
}

/** The strongest address-based reason a contact relates to the participant, or 'same-address'. */
function addressReason(contact: MatchCandidate, email: string, plusBase: string, domain: string | undefined):
  { reason: 'same-address' | 'plus-address' | 'same-domain'; address: string } | undefined {
  let best: { reason: 'same-address' | 'plus-address' | 'same-domain'; address: string } | undefined;
  for (const entry of contact.emailAddresses ?? []) {
    const address = normalizeEmail(entry.address);
    if (address === email) return { reason: 'same-address', address: entry.address };
    if (plusBaseOf(address) === plusBase) best = { reason: 'plus-address', address: entry.address };
    else if (best === undefined && domain !== undefined && splitEmail(address)?.domain === domain) {
      best = { reason: 'same-domain', address: entry.address };
    }
  }
  return best;
}

/**
 * Classifies a participant. The store passes exact and plus-base address hits in `candidatesByEmail`
 * and name-key hits in `candidatesByName`; those are read in full. Same-domain colleagues are only read
 * until MAX_SUGGESTIONS are offered, so the store may cut its domain lookup short (a big company's
 * domain can hold thousands of contacts) and the cost per participant stays bounded.
 */
export function matchParticipant<C extends MatchCandidate>(participant: Participant, sets: CandidateSets<C>): ParticipantMatch<C> {
  const email = normalizeEmail(participant.address);
  const plusBase = plusBaseOf(email);
  const ownDomain = splitEmail(email)?.domain;
  const domain = ownDomain !== undefined && !isPublicMailDomain(ownDomain) ? ownDomain : undefined;
  const nameKey = nameKeyOf(participant.displayName);
  const known: C[] = [];
  const suggestions = new Map<string, MatchSuggestion<C>>();
  const seen = new Set<string>();
  const consider = (contact: C): void => {
    if (seen.has(contact.id)) return;
    seen.add(contact.id);
    const byAddress = addressReason(contact, email, plusBase, domain);
    if (byAddress?.reason === 'same-address') {
      known.push(contact);
      return;
    }
    const offer = (suggestion: MatchSuggestion<C>): void => {
      const previous = suggestions.get(contact.id);
      if (previous === undefined || RANK[suggestion.reason] < RANK[previous.reason]) suggestions.set(contact.id, suggestion);
    };
    if (byAddress !== undefined) offer({ contact, reason: byAddress.reason, matchedAddress: byAddress.address });
    if (nameKey !== undefined && contactNameKey(contact) === nameKey) offer({ contact, reason: 'same-name' });
  };
  for (const contact of sets.candidatesByEmail) consider(contact);
  for (const contact of sets.candidatesByName) consider(contact);
  if (known.length > 0) return { status: 'known', participant, reason: 'same-address', contacts: known };
  for (const contact of sets.candidatesByDomain) {
    if (suggestions.size >= MAX_SUGGESTIONS || domain === undefined) break;
    consider(contact);
  }
  if (known.length > 0) return { status: 'known', participant, reason: 'same-address', contacts: known };
  const ranked = [...suggestions.values()].sort((a, b) => RANK[a.reason] - RANK[b.reason]).slice(0, MAX_SUGGESTIONS);
  const first = ranked[0];
  if (first === undefined) return { status: 'unknown', participant, reason: 'no-candidate' };
  return { status: 'possible', participant, reason: first.reason, suggestions: ranked };
}
