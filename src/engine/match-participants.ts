// Matches everyone on a message against the local mirror: the participants' lookup keys go to the store at
// once (its in-memory match index, or one indexed lookup per distinct key), then the pure rules of
// matchParticipant classify each person as known, possible or unknown. Possible matches are only offered;
// nothing is merged here. `withRows` then reads the whole rows of the contacts a pane will show.
import { lookupKeysFor } from '../core/match/lookup-keys-for.js';
import { matchParticipant } from '../core/match/match-participant.js';
import type { MatchCandidate, ParticipantMatch } from '../core/match/match-participant.js';
import { participantsOf } from '../core/match/participants.js';
import type { MessageHeaders, Participant } from '../core/match/participants.js';
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import type { MatchReader, MatchRow } from '../ports/mirror-store.js';

/**
 * Contacts sharing a participant's domain read to offer "same domain" suggestions: a few examples, looked up
 * only when no contact relates to the address itself.
 */
export const DOMAIN_CANDIDATE_LIMIT = 3;

/** A contact the rules matched, with what the store's match lookups read of it. */
export interface MatchedContact extends MatchCandidate {
  readonly row: MatchRow;
}

export type ContactMatch = ParticipantMatch<MatchedContact>;

/** A matched contact with its whole row: what a contact card and its edit form show. */
export interface ShownContact extends MatchCandidate {
  readonly row: MirrorContact;
}

/** A match as the message view shows it: known people with their whole rows, suggestions as matched. */
export type ShownMatch = Exclude<ParticipantMatch<ShownContact>, { readonly status: 'possible' }> | Extract<ContactMatch, { readonly status: 'possible' }>;

function candidateOf<R extends MatchRow>(row: R): MatchCandidate & { readonly row: R } {
  const { displayName, givenName, surname, emailAddresses } = row.fields;
  return { id: row.localId, row, displayName, givenName, surname, emailAddresses };
}

/** Classifies each participant, in order, reading the store once. */
export async function matchParticipants(store: MatchReader, participants: readonly Participant[]): Promise<ContactMatch[]> {
  if (participants.length === 0) return [];
  const found = await store.findMatchCandidates(participants.map(lookupKeysFor), DOMAIN_CANDIDATE_LIMIT);
  return participants.map((participant, i) => {
    const rows = found[i];
    return matchParticipant(participant, {
      candidatesByEmail: (rows?.byAddress ?? []).map(candidateOf),
      candidatesByName: (rows?.byName ?? []).map(candidateOf),
      candidatesByDomain: (rows?.byDomain ?? []).map(candidateOf),
    });
  });
}

/** The participants of a message's headers without the user's own addresses, then matched. */
export function matchHeaders(store: MatchReader, headers: MessageHeaders, ownAddresses: readonly string[]): Promise<ContactMatch[]> {
  return matchParticipants(store, participantsOf(headers, ownAddresses));
}

/**
 * The matches with the whole rows of the known contacts (their cards), read in one store call; suggestions
 * need only what matching read. A known contact removed meanwhile is dropped; left without any, the match
 * is unknown.
 */
export async function withRows(store: MatchReader, matches: readonly ContactMatch[]): Promise<ShownMatch[]> {
  const ids = matches.flatMap((match) => (match.status === 'known' ? match.contacts.map((contact) => contact.row.localId) : []));
  const rows = ids.length === 0 ? new Map<LocalId, MirrorContact>() : await store.getContacts([...new Set(ids)]);
  return matches.map((match): ShownMatch => {
    if (match.status !== 'known') return match;
    const contacts = match.contacts.flatMap((contact) => {
      const row = rows.get(contact.row.localId);
      return row === undefined || row.deleted === true ? [] : [candidateOf(row)];
    });
    return contacts.length > 0 ? { ...match, contacts } : { status: 'unknown', participant: match.participant, reason: 'no-candidate' };
  });
}
