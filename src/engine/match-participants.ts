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
import type { MatchRow, MirrorStore } from '../ports/mirror-store.js';

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

export type ShownMatch = ParticipantMatch<ShownContact>;

function candidateOf<R extends MatchRow>(row: R): MatchCandidate & { readonly row: R } {
  const { displayName, givenName, surname, emailAddresses } = row.fields;
  return { id: row.localId, row, displayName, givenName, surname, emailAddresses };
}

/** Classifies each participant, in order, reading the store once. */
export async function matchParticipants(store: MirrorStore, participants: readonly Participant[]): Promise<ContactMatch[]> {
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
export function matchHeaders(store: MirrorStore, headers: MessageHeaders, ownAddresses: readonly string[]): Promise<ContactMatch[]> {
  return matchParticipants(store, participantsOf(headers, ownAddresses));
}

/**
 * The matches with the whole rows of every contact they name, read in one store call. A contact removed
 * meanwhile is dropped from its match; a match left without contacts is unknown.
 */
export async function withRows(store: MirrorStore, matches: readonly ContactMatch[]): Promise<ShownMatch[]> {
  const ids = new Set<LocalId>();
  for (const match of matches) {
    if (match.status === 'known') for (const contact of match.contacts) ids.add(contact.row.localId);
    else if (match.status === 'possible') for (const suggestion of match.suggestions) ids.add(suggestion.contact.row.localId);
  }
  const rows = ids.size === 0 ? new Map<LocalId, MirrorContact>() : await store.getContacts([...ids]);
  const shown = (contact: MatchedContact): ShownContact | undefined => {
    const row = rows.get(contact.row.localId);
    return row === undefined || row.deleted === true ? undefined : candidateOf(row);
  };
  return matches.map((match): ShownMatch => {
    if (match.status === 'unknown') return match;
    if (match.status === 'known') {
      const contacts = match.contacts.map(shown).filter((contact) => contact !== undefined);
      return contacts.length > 0 ? { ...match, contacts } : { status: 'unknown', participant: match.participant, reason: 'no-candidate' };
    }
    const suggestions = match.suggestions.flatMap((suggestion) => {
      const contact = shown(suggestion.contact);
      return contact === undefined ? [] : [{ ...suggestion, contact }];
    });
    const first = suggestions[0];
    return first !== undefined ? { ...match, reason: first.reason, suggestions } : { status: 'unknown', participant: match.participant, reason: 'no-candidate' };
  });
}
