import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKeyOf, nameTokens } from '../../../../src/core/contact/normalize-name.js';
import { lookupKeysFor } from '../../../../src/core/match/lookup-keys-for.js';
import { matchParticipant } from '../../../../src/core/match/match-participant.js';
import { parseDisplayName } from '../../../../src/core/match/parse-display-name.js';
import { participantsOf } from '../../../../src/core/match/participants.js';
import { htmlToText } from '../../../../src/core/match/signature/html-to-text.js';

const SEED = 20_261_125;
const variantOf = (address: string, flips: boolean[], pad: string): string =>
  `${pad}${[...address].map((c, i) => (flips[i % Math.max(flips.length, 1)] ? c.toUpperCase() : c)).join('')}${pad}`;
const word = fc.stringMatching(/^[A-Z][a-z]{1,9}$/);

describe('matching properties', () => {
  it('knows a contact under any case and whitespace variant of its address', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.array(fc.boolean(), { minLength: 1 }), fc.constantFrom('', ' ', '\t', ' \n '), (address, flips, pad) => {
        const [participant] = participantsOf({ to: [{ emailAddress: variantOf(address, flips, pad) }] }, []);
        if (participant === undefined) return true;
        const match = matchParticipant(participant, { candidatesByEmail: [{ id: 'c', emailAddresses: [{ address }] }], candidatesByName: [], candidatesByDomain: [] });
        return match.status === 'known';
      }),
      { seed: SEED },
    );
  });

  it('gives case and whitespace variants the same lookup keys', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.array(fc.boolean(), { minLength: 1 }), (address, flips) => {
        expect(lookupKeysFor({ address: variantOf(address, flips, ' ') })).toEqual(lookupKeysFor({ address }));
      }),
      { seed: SEED },
    );
  });

  it('never leaves the user in the participant list', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.array(fc.emailAddress(), { maxLength: 5 }), (me, others) => {
        const list = participantsOf({ from: { emailAddress: me.toUpperCase() }, to: [...others, me].map((emailAddress) => ({ emailAddress })) }, [me]);
        return list.every((p) => p.key !== me.toLowerCase()) && new Set(list.map((p) => p.key)).size === list.length;
      }),
      { seed: SEED },
    );
  });
});

describe('name properties', () => {
  it('folds names idempotently', () => {
    fc.assert(fc.property(fc.string(), (name) => {
      const once = nameTokens(name).join(' ');
      return nameTokens(once).join(' ') === once;
    }), { seed: SEED });
  });

  it('gives "Last, First" and "First Last" one name key', () => {
    fc.assert(fc.property(word, word, (first, last) => nameKeyOf(`${last}, ${first}`) === nameKeyOf(`${first} ${last}`)), { seed: SEED });
  });

  it('parses "Last, First" and "First Last" into the same given name and surname', () => {
    fc.assert(
      fc.property(word, word, (first, last) => {
        const a = parseDisplayName(`${last}, ${first}`);
        const b = parseDisplayName(`${first} ${last}`);
        return a.givenName === first && a.surname === last && b.givenName === first && b.surname === last;
      }),
      { seed: SEED },
    );
  });

  it('parses any display name without throwing and keeps it bounded', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.option(fc.emailAddress(), { nil: undefined }), (name, address) => {
      const parts = parseDisplayName(name, address);
      return Object.values(parts).every((v) => typeof v === 'string' && v.length <= 256);
    }), { seed: SEED });
  });
});

describe('htmlToText properties', () => {
  it('returns text without markup characters from tags it read', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('<p>', '</p>', '<br>', '<div class="a>b">', '<b>', 'word', ' ', '&amp;', '<style>zq</style>', '<!-- c -->')), (parts) => {
      const text = htmlToText(parts.join(''));
      return !text.includes('<p') && !text.includes('<div') && !text.includes('<br') && !text.includes('zq') && !text.includes(' c ');
    }), { seed: SEED });
  });

  it('leaves plain words alone apart from collapsing spaces', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1 }), (words) => htmlToText(words.join('  ')) === words.join(' ')), { seed: SEED });
  });

  it('never produces more text than the cap', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2_000 }), fc.integer({ min: 1, max: 500 }), (html, cap) => htmlToText(html, cap).length <= cap), { seed: SEED });
  });
});
