// Chooses the countries used to read phone numbers written without a country code: the sender's
// country-code top-level domain when it is a real country domain, then the caller's default country.

import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';

/** ccTLDs sold as generic domains: they say nothing about where the sender is. */
const VANITY_TLDS = new Set(['io', 'co', 'me', 'tv', 'ai', 'ly', 'fm', 'gg', 'to', 'cc', 'ws', 'la', 'sh', 'ac', 'vc', 'so', 'am', 'nu', 'tk', 'ml', 'ga', 'cf', 'gq', 'ms', 'md', 'app', 'dev']);

export function countryFromDomain(domain: string | undefined): CountryCode | undefined {
  if (domain === undefined) return undefined;
  const tld = domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
  if (tld.length !== 2 || VANITY_TLDS.has(tld)) return undefined;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return isSupportedCountry(code) ? code : undefined;
}

/** The countries to read national numbers with, most likely first: the sender's domain, then the default. */
export function phoneCountries(senderDomain: string | undefined, defaultCountry: string | undefined): CountryCode[] {
  const fallback = defaultCountry?.trim().toUpperCase();
  const candidates = [countryFromDomain(senderDomain), fallback !== undefined && isSupportedCountry(fallback) ? fallback : undefined];
  return [...new Set(candidates.filter((c): c is CountryCode => c !== undefined))];
}
