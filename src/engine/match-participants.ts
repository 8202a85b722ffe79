// Matches everyone on a message against the local mirror: the participants' lookup keys go to the store in
// one read transaction (one indexed lookup per distinct key), then the pure rules of matchParticipant classify
// each person as known, possible or unknown. Possible matches are only offered; nothing is merged here.
import { lookupKeysFor } from '../core/match/lookup-keys-for.js';
import { matchParticipant } from '../core/match/match-participant.js';
import type { MatchCandidate, ParticipantMatch } from '../core/match/match-participant.js';
import { participantsOf } from '../core/match/participants.js';
import type { MessageHeaders, Participant } from '../core/match/participants.js';
import type { MirrorContact } from '../core/sync/mirror-contact.js';
import type { MirrorStore } from '../ports/mirror-store.js';

/**
 * Contacts sharing a participant's domain read to offer "same domain" suggestions: a few examples, looked up
 * only when no contact relates to the address itself.
 */
export const DOMAIN_CANDIDATE_LIMIT = 3;

/** A mirror row in the shape the matching rules read. */
export interface MatchedContact extends MatchCandidate {
  readonly row: MirrorContact;
}

export type ContactMatch = ParticipantMatch<MatchedContact>;

function candidateOf(row: MirrorContact): MatchedContact {
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
