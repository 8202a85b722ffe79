import { describe, expect, it } from 'vitest';
import { contactMatchKeysOf, contactMatchName } from '../../../../src/core/match/contact-match-keys.js';
import { lookupKeysFor } from '../../../../src/core/match/lookup-keys-for.js';

describe('contactMatchKeysOf', () => {
  it('indexes every address under its plus-base and domain once, and the name key', () => {
    const keys = contactMatchKeysOf({
      displayName: 'Lee, Ann',
      emailAddresses: [{ address: 'Ann+news@Acme.test' }, { address: 'ann@acme.test' }, { address: 'a.lee@gmail.com' }, { address: 'not an address' }],
    });
    expect(keys).toEqual({ plusBases: ['ann@acme.test', 'a.lee@gmail.com'], domains: ['acme.test', 'gmail.com'], nameKey: 'ann lee' });
  });

  it('meets the participant lookup keys for each rule', () => {
    const contact = contactMatchKeysOf({ givenName: 'Ann', surname: 'Lee', emailAddresses: [{ address: 'ann@acme.test' }] });
    const tagged = lookupKeysFor({ address: 'Ann+x@acme.test', displayName: 'Ann Lee' });
    expect(contact.plusBases).toContain(tagged.plusBase);
    expect(contact.domains).toContain(tagged.domain);
    expect(contact.nameKey).toBe(tagged.nameKey);
  });
});

describe('contactMatchName', () => {
  it('prefers the display name and falls back to given name and surname', () => {
    expect(contactMatchName({ displayName: ' Ann Lee ', givenName: 'X' })).toBe('Ann Lee');
    expect(contactMatchName({ givenName: 'Ann', surname: 'Lee' })).toBe('Ann Lee');
    expect(contactMatchName({})).toBe('');
  });
});
