import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import { searchFieldsOf } from '../../../../src/core/contact/search-fields.js';
import { contactMatchKeysOf } from '../../../../src/core/match/contact-match-keys.js';
import { MatchIndex } from '../../../../src/core/match/match-index.js';
import type { IndexedContact } from '../../../../src/core/match/match-index.js';
import { lookupKeysFor } from '../../../../src/core/match/lookup-keys-for.js';

function entry(id: string, fields: ContactFields): IndexedContact<string> {
  return { id, candidate: id, emails: searchFieldsOf(fields).emails, ...contactMatchKeysOf(fields) };
}

const person = (id: string, name: string, ...addresses: string[]) => entry(id, { displayName: name, emailAddresses: addresses.map((address) => ({ address })) });
const keys = (address: string, displayName?: string) => lookupKeysFor({ address, displayName });

describe('MatchIndex', () => {
  it('finds a contact by its address, compared case-insensitively, and by a plus-tagged variant', () => {
    const index = new MatchIndex<string>();
    index.put(person('c1', 'Ann Lee', 'Ann.Lee@Contoso.example'));
    expect(index.lookup(keys(' ann.lee@CONTOSO.example '), 3).byAddress).toEqual(['c1']);
    expect(index.lookup(keys('ann.lee+news@contoso.example'), 3).byAddress).toEqual(['c1']);
    expect(index.lookup(keys('bob@contoso.example'), 3).byAddress).toEqual([]);
  });

  it('looks names up only when no contact holds the address itself', () => {
    const index = new MatchIndex<string>();
    index.put(person('c1', 'Ann Lee', 'ann@contoso.example'));
    index.put(person('c2', 'Ann Lee', 'ann.lee@fabrikam.example'));
    expect(index.lookup(keys('ann@contoso.example', 'Ann Lee'), 3).byName).toEqual([]);
    expect(index.lookup(keys('ann@other.example', 'Lee, Ann'), 3).byName).toEqual(['c1', 'c2']);
  });

  it('offers the first colleagues of a domain, by id, only when no contact relates to the address', () => {
    const index = new MatchIndex<string>();
    for (const id of ['c5', 'c3', 'c9', 'c1', 'c7']) index.put(person(id, `Person ${id}`, `${id}@contoso.example`));
    expect(index.lookup(keys('new@contoso.example'), 3).byDomain).toEqual(['c1', 'c3', 'c5']);
    expect(index.lookup(keys('c1+x@contoso.example'), 3).byDomain).toEqual([]);
    expect(index.lookup(keys('someone@gmail.com'), 3).byDomain).toEqual([]);
  });

  it('forgets every key of a replaced or removed contact', () => {
    const index = new MatchIndex<string>();
    index.put(person('c1', 'Ann Lee', 'ann@contoso.example'));
    index.put(person('c1', 'Ann Smith', 'ann@fabrikam.example'));
    expect(index.lookup(keys('ann@contoso.example', 'Ann Lee'), 3)).toEqual({ byAddress: [], byName: [], byDomain: [] });
    expect(index.lookup(keys('ann@fabrikam.example'), 3).byAddress).toEqual(['c1']);
    index.remove('c1');
    expect(index.size).toBe(0);
    expect(index.lookup(keys('x@fabrikam.example', 'Ann Smith'), 3)).toEqual({ byAddress: [], byName: [], byDomain: [] });
  });

  it('orders ids as IndexedDB orders string keys (by UTF-16 code unit)', () => {
    const index = new MatchIndex<string>();
    for (const id of ['b', 'B', 'a', 'é', 'A']) index.put(person(id, 'Same Name', `${id === 'é' ? 'e2' : id}@x${id === 'é' ? 'e' : id}.example`));
    expect(index.lookup(keys('z@nowhere.example', 'Same Name'), 3).byName).toEqual(['A', 'B', 'a', 'b', 'é']);
  });
});
