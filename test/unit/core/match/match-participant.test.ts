import { describe, expect, it } from 'vitest';
import { lookupKeysFor } from '../../../../src/core/match/lookup-keys-for.js';
import { MAX_SUGGESTIONS, matchParticipant, type MatchCandidate } from '../../../../src/core/match/match-participant.js';
import type { Participant } from '../../../../src/core/match/participants.js';

const person = (address: string, displayName?: string): Participant => ({
  address,
  key: address.trim().toLowerCase(),
  ...(displayName === undefined ? {} : { displayName }),
  roles: ['to'],
});
const contact = (id: string, addresses: string[], displayName?: string, extra: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id,
  emailAddresses: addresses.map((address) => ({ address })),
  ...(displayName === undefined ? {} : { displayName }),
  ...extra,
});

type Row = [string, Participant, { byEmail?: MatchCandidate[]; byName?: MatchCandidate[]; byDomain?: MatchCandidate[] }, string, string, string[]];

// [rule, participant, candidates, status, reason, contact ids offered or known]
const rows: Row[] = [
  ['same address', person('ann@acme.test'), { byEmail: [contact('c1', ['ann@acme.test'])] }, 'known', 'same-address', ['c1']],
  ['case and spaces ignored', person(' Ann@ACME.test '), { byEmail: [contact('c1', ['ANN@acme.TEST  '])] }, 'known', 'same-address', ['c1']],
  ['any slot of the contact', person('ann@acme.test'), { byEmail: [contact('c1', ['a@b.test', 'x@y.test', 'ann@acme.test'])] }, 'known', 'same-address', ['c1']],
  ['same address in two folders', person('ann@acme.test'), { byEmail: [contact('c1', ['ann@acme.test']), contact('c2', ['ann@acme.test'])] }, 'known', 'same-address', ['c1', 'c2']],
  ['known beats a possible match', person('ann@acme.test', 'Ann Lee'), { byEmail: [contact('c1', ['ann@acme.test'])], byName: [contact('c2', ['other@x.test'], 'Ann Lee')] }, 'known', 'same-address', ['c1']],
  ['tag on the participant', person('ann+news@acme.test'), { byEmail: [contact('c1', ['ann@acme.test'])] }, 'possible', 'plus-address', ['c1']],
  ['tag on the contact', person('ann@mail.test'), { byEmail: [contact('c1', ['ann+shop@mail.test'])] }, 'possible', 'plus-address', ['c1']],
  ['different tags', person('ann+a@mail.test'), { byEmail: [contact('c1', ['ann+b@mail.test'])] }, 'possible', 'plus-address', ['c1']],
  ['same name, other address', person('a.lee@gmail.com', 'Lee, Ann'), { byName: [contact('c1', ['ann@acme.test'], 'Ann Lee')] }, 'possible', 'same-name', ['c1']],
  ['name with diacritics folded', person('mj@x.test', 'Maria Jose Garcia'), { byName: [contact('c1', [], 'María José García')] }, 'possible', 'same-name', ['c1']],
  ['name from given and surname', person('mj@x.test', 'Jane Roe'), { byName: [contact('c1', [], undefined, { givenName: 'Jane', surname: 'Roe' })] }, 'possible', 'same-name', ['c1']],
  ['same private domain', person('bo@acme.test'), { byDomain: [contact('c1', ['ann@acme.test'])] }, 'possible', 'same-domain', ['c1']],
  ['public domain does not count', person('bo@gmail.com'), { byDomain: [contact('c1', ['ann@gmail.com'])] }, 'unknown', 'no-candidate', []],
  ['public domain in any case', person('bo@GMail.com'), { byDomain: [contact('c1', ['ann@gmail.com'])] }, 'unknown', 'no-candidate', []],
  ['subdomain is another domain', person('bo@eu.acme.test'), { byDomain: [contact('c1', ['ann@acme.test'])] }, 'unknown', 'no-candidate', []],
  ['single-word name is too weak', person('x@y.test', 'Support'), { byName: [contact('c1', ['s@z.test'], 'Support')] }, 'unknown', 'no-candidate', []],
  ['different name', person('x@y.test', 'Ann Lee'), { byName: [contact('c1', ['s@z.test'], 'Ann Leigh')] }, 'unknown', 'no-candidate', []],
  ['no candidates', person('x@y.test', 'Ann Lee'), {}, 'unknown', 'no-candidate', []],
  ['strongest reason first', person('ann+x@acme.test', 'Ann Lee'), { byDomain: [contact('c3', ['bo@acme.test'])], byName: [contact('c2', [], 'Ann Lee')], byEmail: [contact('c1', ['ann@acme.test'])] }, 'possible', 'plus-address', ['c1', 'c2', 'c3']],
  ['one contact offered once', person('ann+x@acme.test', 'Ann Lee'), { byEmail: [contact('c1', ['ann@acme.test'], 'Ann Lee')], byName: [contact('c1', ['ann@acme.test'], 'Ann Lee')] }, 'possible', 'plus-address', ['c1']],
];

describe('matchParticipant', () => {
  it.each(rows)('%s', (_rule, participant, sets, status, reason, ids) => {
    const match = matchParticipant(participant, {
      candidatesByEmail: sets.byEmail ?? [],
      candidatesByName: sets.byName ?? [],
      candidatesByDomain: sets.byDomain ?? [],
    });
    expect([match.status, match.reason]).toEqual([status, reason]);
    const offered = match.status === 'known' ? match.contacts.map((c) => c.id) : match.status === 'possible' ? match.suggestions.map((s) => s.contact.id) : [];
    expect(offered).toEqual(ids);
  });

  it('names the contact address that triggered a possible match', () => {
    const match = matchParticipant(person('bo@acme.test'), { candidatesByEmail: [], candidatesByName: [], candidatesByDomain: [contact('c1', ['Ann@Acme.test'])] });
    expect(match.status === 'possible' && match.suggestions[0]?.matchedAddress).toBe('Ann@Acme.test');
  });

  it('offers at most MAX_SUGGESTIONS colleagues', () => {
    const colleagues = Array.from({ length: 40 }, (_, i) => contact(`c${i}`, [`p${i}@acme.test`]));
    const match = matchParticipant(person('bo@acme.test'), { candidatesByEmail: [], candidatesByName: [], candidatesByDomain: colleagues });
    expect(match.status === 'possible' && match.suggestions.length).toBe(MAX_SUGGESTIONS);
  });
});

describe('lookupKeysFor', () => {
  it('gives the exact, plus-base, domain and name keys', () => {
    expect(lookupKeysFor({ address: ' Ann+News@Acme.test', displayName: 'Lee, Ann' })).toEqual({
      email: 'ann+news@acme.test',
      plusBase: 'ann@acme.test',
      domain: 'acme.test',
      nameKey: 'ann lee',
    });
  });

  it('leaves out the plus base without a tag and the domain when it is public', () => {
    expect(lookupKeysFor({ address: 'ann@outlook.com' })).toEqual({ email: 'ann@outlook.com', domain: undefined, nameKey: undefined });
  });
});

describe('matchParticipant cost', () => {
  /** A colleague whose addresses count how often matching reads them. */
  const counted = (id: string, address: string, reads: { n: number }): MatchCandidate => ({
    id,
    get emailAddresses() {
      reads.n += 1;
      return [{ address }];
    },
  });

  it('reads only as many same-domain colleagues as it can offer', () => {
    const reads = { n: 0 };
    const colleagues = Array.from({ length: 10_000 }, (_, i) => counted(`c${i}`, `p${i}@acme.test`, reads));
    const match = matchParticipant(person('new.hire@acme.test'), { candidatesByEmail: [], candidatesByName: [], candidatesByDomain: colleagues });
    expect(match.status).toBe('possible');
    expect(reads.n).toBe(MAX_SUGGESTIONS);
  });

  it('does not read colleagues once the address is known', () => {
    const reads = { n: 0 };
    const colleagues = Array.from({ length: 1_000 }, (_, i) => counted(`c${i}`, `p${i}@acme.test`, reads));
    const match = matchParticipant(person('ann@acme.test'), { candidatesByEmail: [contact('k', ['ann@acme.test'])], candidatesByName: [], candidatesByDomain: colleagues });
    expect(match.status).toBe('known');
    expect(reads.n).toBe(0);
  });

  it('still recognizes an exact address that only the domain lookup returned', () => {
    const match = matchParticipant(person('ann@acme.test'), { candidatesByEmail: [], candidatesByName: [], candidatesByDomain: [contact('k', ['Ann@Acme.test'])] });
    expect(match.status).toBe('known');
  });

  it('classifies 50 recipients against candidate lists from a 10,000-contact mirror quickly', () => {
    const mirror = Array.from({ length: 10_000 }, (_, i) => contact(`c${i}`, [`person${i}@company${i % 40}.test`], `Person ${i} Example`));
    const byDomain = new Map<string, MatchCandidate[]>();
    for (const c of mirror) {
      const domain = (c.emailAddresses?.[0]?.address ?? '').split('@')[1] ?? '';
      byDomain.set(domain, [...(byDomain.get(domain) ?? []), c]);
    }
    const participants = Array.from({ length: 50 }, (_, i) => person(`someone${i}@company${i % 40}.test`, `Person ${i * 7} Example`));
    const byId = new Map(mirror.map((c) => [c.id, c]));
    const lookups = participants.map((p) => ({
      candidatesByEmail: [],
      candidatesByName: [byId.get(`c${Number(p.displayName?.split(' ')[1])}`)].filter((c) => c !== undefined),
      candidatesByDomain: byDomain.get(lookupKeysFor(p).domain ?? '') ?? [],
    }));
    const started = performance.now();
    const results = participants.map((p, i) => matchParticipant(p, lookups[i] ?? { candidatesByEmail: [], candidatesByName: [], candidatesByDomain: [] }));
    const elapsed = performance.now() - started;
    expect(results.every((r) => r.status === 'possible')).toBe(true);
    // Generous bound on a shared machine; the figure that counts is measured by the engine's bench.
    expect(elapsed).toBeLessThan(250);
  });
});
