import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import { nameTokens } from '../../../../src/core/contact/normalize-name.js';
import { matchesSearchWords, searchKeysOf, searchWordsOf } from '../../../../src/core/contact/search-words.js';

const finds = (fields: ContactFields, text: string): boolean => matchesSearchWords(searchKeysOf(fields), searchWordsOf(text));

const priya: ContactFields = {
  givenName: 'Priya',
  surname: 'Sharma',
  displayName: 'Priya Sharma',
  companyName: 'Tata Consultancy',
  emailAddresses: [{ address: 'P.Sharma@Example.com' }],
  businessPhones: ['+91 22 6778 9999'],
};

describe('searchWordsOf', () => {
  it.each([
    ['  Priya   Sharma ', ['priya', 'sharma']],
    ['García-López', ['garcia', 'lopez']],
    ['LÉA', ['lea']],
    ['Straße', ['strasse']],
    ['P.Sharma@Example', ['p.sharma@example']],
    ['ada ada', ['ada']],
    ['', []],
    ['  - ', []],
  ])('reads %j as %j', (text, words) => {
    expect(searchWordsOf(text)).toEqual(words);
  });
});

describe('matchesSearchWords', () => {
  it.each([
    ['Priya Sharma', true],
    ['sharma priya', true],
    ['pri sha', true],
    ['PRIYA', true],
    ['priya tata', true],
    ['priya p.sharma@exa', true],
    ['priya 9122', true],
    ['priya smith', false],
    ['priyanka', false],
    ['sharma@', false],
  ])('finds Priya Sharma by %j: %s', (text, found) => {
    expect(finds(priya, text)).toBe(found);
  });

  it('finds names without their accents and with accents the name does not have', () => {
    expect(finds({ displayName: 'Léa Dubois' }, 'lea dub')).toBe(true);
    expect(finds({ displayName: 'Lea Dubois' }, 'léa dùbois')).toBe(true);
    expect(finds({ displayName: 'Zoë Brontë' }, 'ZOE BRONTE')).toBe(true);
  });

  it('finds a contact by any prefix of any words of its name, in any order and case', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,10}$/u);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean())), (words, picks) => {
        const fields: ContactFields = { displayName: words.join(' ') };
        const tokens = words.flatMap(nameTokens);
        const query = picks.map(([which, length, upper]) => {
          const token = tokens[which % tokens.length] ?? '';
          const prefix = token.slice(0, 1 + (length % token.length));
          return upper ? prefix.toUpperCase() : prefix;
        });
        expect(finds(fields, query.reverse().join(' '))).toBe(true);
      }),
    );
  });

  it('finds no contact by a word none of its keys starts with', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/u), (word) => {
        expect(finds({ displayName: 'Ada Lovelace' }, `ada q${word}`)).toBe(false);
      }),
    );
  });
});
