import { describe, expect, it } from 'vitest';
import { matchHeaders, matchParticipants, withRows } from '../../../src/engine/match-participants.js';
import type { ContactMatch } from '../../../src/engine/match-participants.js';
import { participantsOf } from '../../../src/core/match/participants.js';
import { ME, OTHER_FOLDER, SHARED_FOLDER, aMirror, aPerson, who } from './match-fixtures.js';

const john = aPerson({ displayName: 'John Doe', givenName: 'John', surname: 'Doe', emailAddresses: [{ address: 'John.Doe@Fabrikam.example' }] });
const maria = aPerson({ displayName: 'María García', emailAddresses: [{ address: 'maria@bodegas.example' }] }, OTHER_FOLDER);
const shared = aPerson({ displayName: 'Kim Lee', emailAddresses: [{ address: 'kim.lee@team.example' }] }, SHARED_FOLDER);
const tagged = aPerson({ displayName: 'Ravi Rao', emailAddresses: [{ address: 'ravi@lab.example' }] });
const colleague = aPerson({ displayName: 'Pat Kay', emailAddresses: [{ address: 'pat@northwind.example' }] });

function summary(match: ContactMatch | undefined): string {
  if (match === undefined) return 'missing';
  if (match.status === 'known') return `known:${match.contacts.map((c) => c.row.localId).join(',')}`;
  if (match.status === 'possible') return `possible(${match.reason}):${match.suggestions.map((s) => s.contact.row.localId).join(',')}`;
  return 'unknown';
}

async function matchOne(displayName: string, address: string): Promise<string> {
  const store = await aMirror([john, maria, shared, tagged, colleague]);
  const [match] = await matchParticipants(store, participantsOf({ from: who(displayName, address) }, [ME]));
  return summary(match);
}

describe('matchParticipants', () => {
  it.each([
    ['an exact address in the default folder', 'John Doe', 'john.doe@fabrikam.example', `known:${john.localId}`],
    ['an exact address in another folder', 'M. García', 'maria@bodegas.example', `known:${maria.localId}`],
    ['an exact address in a read-only shared folder', '', 'kim.lee@team.example', `known:${shared.localId}`],
    ['an address differing in case and surrounding spaces', 'John', '  JOHN.DOE@FABRIKAM.EXAMPLE ', `known:${john.localId}`],
    ['a plus-tagged variant of a contact address', 'Ravi Rao', 'ravi+news@lab.example', `possible(plus-address):${tagged.localId}`],
    ['the same name at another address', 'Doe, John', 'jd@elsewhere.example', `possible(same-name):${john.localId}`],
    ['another address at a contact’s private domain', 'Sam Neu', 'sam@northwind.example', `possible(same-domain):${colleague.localId}`],
    ['a stranger at a public mail domain', 'Someone', 'someone@gmail.com', 'unknown'],
    ['a stranger', 'Zed Zulu', 'zed@zulu.example', 'unknown'],
  ])('classifies %s', async (_case, name, address, expected) => {
    expect(await matchOne(name, address)).toBe(expected);
  });

  it('never merges a name-only or plus-address match into a known contact', async () => {
    const store = await aMirror([john, tagged]);
    const matches = await matchParticipants(store, participantsOf({ to: [who('John Doe', 'john@other.example'), who('', 'ravi+x@lab.example')] }, [ME]));
    expect(matches.map((match) => match.status)).toEqual(['possible', 'possible']);
    expect(await store.getContact(john.localId)).toEqual(john);
    expect(await store.countPending()).toBe(0);
  });

  it('matches every participant of a message in one store round, in message order, without the user', async () => {
    const store = await aMirror([john, maria]);
    const item = { from: who('John Doe', 'john.doe@fabrikam.example'), to: [who('Dana', ME), who('', 'new@x.example')], cc: [who('María', 'maria@bodegas.example')] };
    const matches = await matchHeaders(store, item, [ME]);
    expect(matches.map((match) => [match.participant.address, match.status])).toEqual([
      ['john.doe@fabrikam.example', 'known'],
      ['new@x.example', 'unknown'],
      ['maria@bodegas.example', 'known'],
    ]);
    expect(store.matchLookups).toBe(1);
  });

  it('answers nothing without reading the store when nobody is on the message', async () => {
    const store = await aMirror([john]);
    expect(await matchParticipants(store, [])).toEqual([]);
    expect(store.matchLookups).toBe(0);
  });

  it('ignores contacts deleted locally', async () => {
    const store = await aMirror([{ ...john, deleted: true }]);
    expect(summary((await matchHeaders(store, { from: who('John Doe', 'john.doe@fabrikam.example') }, [ME]))[0])).toBe('unknown');
  });

  it('reads the whole rows of the known contacts it shows, in one store call', async () => {
    const store = await aMirror([john, tagged]);
    const matches = await matchHeaders(store, { from: who('John Doe', 'john.doe@fabrikam.example'), to: [who('', 'ravi+x@lab.example'), who('', 'zed@zulu.example')] }, [ME]);
    const shown = await withRows(store, matches);
    expect(shown.map(summary)).toEqual(matches.map(summary));
    expect(shown[0]?.status === 'known' && shown[0].contacts[0]?.row).toEqual(john);
    expect(shown[1]).toBe(matches[1]);
  });

  it('turns a known match unknown when its contacts were removed before their rows were read', async () => {
    const store = await aMirror([john, tagged]);
    const matches = await matchHeaders(store, { from: who('John Doe', 'john.doe@fabrikam.example'), to: [who('', 'ravi+x@lab.example')] }, [ME]);
    await store.applyPullPage(john.folderId, { localIds: [], graphIds: [], plan: () => [{ kind: 'remove', localId: john.localId, conflicts: [] }, { kind: 'remove', localId: tagged.localId, conflicts: [] }] }, { folderId: john.folderId });
    expect((await withRows(store, matches)).map(summary)).toEqual(['unknown', `possible(plus-address):${tagged.localId}`]);
  });
});
