import { describe, expect, it } from 'vitest';
import { countryFromLanguage, phoneCountries } from '../../../../../src/core/match/signature/country-hint.js';

describe('phoneCountries', () => {
  it('puts the address country first, then the domain, then the mailbox', () => {
    expect(phoneCountries({ addressCountry: 'DE', senderDomain: 'example.fr', defaultCountry: 'US', displayLanguage: 'ja-JP' })).toEqual([
      { code: 'DE', source: 'address' },
      { code: 'FR', source: 'domain' },
      { code: 'US', source: 'mailbox' },
      { code: 'JP', source: 'mailbox' },
    ]);
  });

  it('skips vanity domains and repeats', () => {
    expect(phoneCountries({ senderDomain: 'startup.io', defaultCountry: 'gb', displayLanguage: 'en-GB' })).toEqual([{ code: 'GB', source: 'mailbox' }]);
  });
});

describe('countryFromLanguage', () => {
  it.each([
    ['de-DE', 'DE'], ['de-AT', 'AT'], ['pt-BR', 'BR'], ['zh-Hant-TW', 'TW'], ['ja', 'JP'], ['en', undefined], ['es', undefined], ['', undefined],
  ])('reads %s as %s', (tag, country) => {
    expect(countryFromLanguage(tag)).toBe(country);
  });
});
