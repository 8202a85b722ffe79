import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeEmail, normalizeEmail, plusBaseOf, splitEmail } from '../../../../src/core/contact/normalize-email.js';
import { nameKeyOf, nameTokens } from '../../../../src/core/contact/normalize-name.js';
import { phoneDigits } from '../../../../src/core/contact/normalize-phone.js';

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  John.Doe@Example.COM \t')).toBe('john.doe@example.com');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeEmail(normalizeEmail(s)) === normalizeEmail(s)));
  });

  it('maps case and whitespace variants of an address to one key', () => {
    const variant = fc.tuple(fc.emailAddress(), fc.array(fc.boolean()), fc.constantFrom('', ' ', '\t', '  \n'), fc.constantFrom('', ' ', '\r\n'));
    fc.assert(
      fc.property(variant, ([address, flips, before, after]) => {
        const cased = [...address].map((c, i) => (flips[i % Math.max(flips.length, 1)] ? c.toUpperCase() : c)).join('');
        return normalizeEmail(`${before}${cased}${after}`) === normalizeEmail(address);
      }),
    );
  });
});

describe('splitEmail and plusBaseOf', () => {
  it.each([
    ['a+news@x.org', 'a@x.org'],
    ['A+News@X.org', 'a@x.org'],
    ['a@x.org', 'a@x.org'],
    ['+a@x.org', '+a@x.org'],
    ['a+b+c@x.org', 'a@x.org'],
  ])('maps %s to %s', (input, base) => {
    expect(plusBaseOf(input)).toBe(base);
  });

  it('splits at the last @ and rejects addresses without a domain', () => {
    expect(splitEmail('"a@b"@x.org')).toEqual({ local: '"a@b"', domain: 'x.org' });
    expect(splitEmail('nobody@')).toBeUndefined();
    expect(splitEmail('@x.org')).toBeUndefined();
  });

  it.each([
    ['jane@example.com', true],
    ['jane@localhost', false],
    ['jane doe@example.com', false],
    ['/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=jane', false],
    ['jane@@example.com', false],
  ])('tells whether %s looks like an address', (input, expected) => {
    expect(looksLikeEmail(input)).toBe(expected);
  });
});

describe('phoneDigits', () => {
  it.each([
    ['+49 (0)30 1234-56', '49030123456'],
    ['０３−１２３４−５６７８', '0312345678'],
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['tel: none', ''],
  ])('keeps the digits of %s', (input, digits) => {
    expect(phoneDigits(input)).toBe(digits);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => phoneDigits(phoneDigits(s)) === phoneDigits(s)));
  });
});

describe('nameTokens', () => {
  it.each([
    ['García-López, María José', ['garcia', 'lopez', 'maria', 'jose']],
    ['ZOË  Ångström', ['zoe', 'angstrom']],
    ['Straße', ['strasse']],
    ['李雷', ['李雷']],
    ['やまだ たろう', ['やまだ', 'たろう']],
    ['Ｊｏｈｎ', ['john']],
    ['Ελένη Παπαδοπούλου', ['ελενη', 'παπαδοπουλου']],
  ])('folds %s', (input, tokens) => {
    expect(nameTokens(input)).toEqual(tokens);
  });

  it('keeps Japanese voiced kana intact', () => {
    expect(nameTokens('ガンダ')).toEqual(['ガンダ']);
  });
});

describe('nameKeyOf', () => {
  it('gives "Doe, John" and "john doe" one key', () => {
    expect(nameKeyOf('Doe, John')).toBe(nameKeyOf('john  doe'));
  });

  it.each([[undefined], [''], ['Support'], ['jane@example.com'], ['李']])('has no key for the weak name %s', (name) => {
    expect(nameKeyOf(name)).toBeUndefined();
  });

  it('leaves out bracketed notes', () => {
    expect(nameKeyOf('Doe, John (ACME) [External]')).toBe(nameKeyOf('John Doe'));
  });

  it('keys a two-character Chinese name', () => {
    expect(nameKeyOf('李雷')).toBe('李雷');
  });
});
