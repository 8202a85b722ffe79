// Chooses the country used to read phone numbers written without a country code: the sender's
// country-code top-level domain when it is a real country domain, else the caller's default country.

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

export function phoneCountry(senderDomain: string | undefined, defaultCountry: string | undefined): CountryCode | undefined {
  const fromDomain = countryFromDomain(senderDomain);
  if (fromDomain !== undefined) return fromDomain;
  const fallback = defaultCountry?.trim().toUpperCase();
  return fallback !== undefined && isSupportedCountry(fallback) ? fallback : undefined;
}
