// Chooses the countries used to read phone numbers written without a country code, most likely first:
// a country named in the signature's own address, the sender domain's country-code TLD (when it is a
// real country domain), then the mailbox: its regional settings, then the region of its display language.

import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import type { CountrySource } from './signature-types.js';

/** ccTLDs sold as generic domains: they say nothing about where the sender is. */
const VANITY_TLDS = new Set(['io', 'co', 'me', 'tv', 'ai', 'ly', 'fm', 'gg', 'to', 'cc', 'ws', 'la', 'sh', 'ac', 'vc', 'so', 'am', 'nu', 'tk', 'ml', 'ga', 'cf', 'gq', 'ms', 'md', 'app', 'dev']);

/**
 * Languages spoken mainly in one country, for a display language without a region ("de", "ja").
 * Languages shared by many countries (en, es, pt, fr, ar) are left out: they name no country.
 */
const LANGUAGE_COUNTRIES: Readonly<Record<string, CountryCode>> = {
  de: 'DE', it: 'IT', nl: 'NL', pl: 'PL', cs: 'CZ', sk: 'SK', hu: 'HU', ro: 'RO', el: 'GR', sv: 'SE', nb: 'NO',
  nn: 'NO', no: 'NO', da: 'DK', fi: 'FI', tr: 'TR', ja: 'JP', ko: 'KR', zh: 'CN', he: 'IL', uk: 'UA', th: 'TH',
  vi: 'VN', id: 'ID', bg: 'BG', hr: 'HR', sl: 'SI', et: 'EE', lv: 'LV', lt: 'LT', is: 'IS',
};

export interface PhoneCountry {
  readonly code: CountryCode;
  readonly source: CountrySource;
}

export interface CountryHints {
  /** ISO code of the country named in the signature's address. */
  readonly addressCountry?: string | undefined;
  readonly senderDomain?: string | undefined;
  /** The mailbox's regional settings (ISO 3166-1 alpha-2). */
  readonly defaultCountry?: string | undefined;
  /** The mailbox's display language (BCP 47: "de-DE", "pt-BR", "ja"). */
  readonly displayLanguage?: string | undefined;
}

function supported(code: string | undefined): CountryCode | undefined {
  const upper = code?.trim().toUpperCase();
  if (upper === undefined || upper === '') return undefined;
  const normalized = upper === 'UK' ? 'GB' : upper;
  return isSupportedCountry(normalized) ? normalized : undefined;
}

export function countryFromDomain(domain: string | undefined): CountryCode | undefined {
  if (domain === undefined) return undefined;
  const tld = domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
  if (tld.length !== 2 || VANITY_TLDS.has(tld)) return undefined;
  return supported(tld);
}

/** The country of a BCP 47 tag: its region subtag ("de-AT" → AT, "zh-Hant-TW" → TW), else its language's country. */
export function countryFromLanguage(tag: string | undefined): CountryCode | undefined {
  if (tag === undefined) return undefined;
  const subtags = tag.trim().split(/[-_]/u);
  const region = subtags.slice(1).find((subtag) => /^[A-Za-z]{2}$/u.test(subtag));
  if (region !== undefined) return supported(region);
  return LANGUAGE_COUNTRIES[(subtags[0] ?? '').toLowerCase()];
}

/** The countries to read national numbers with, most likely first, each with where it came from. */
export function phoneCountries(hints: CountryHints): PhoneCountry[] {
  const candidates: [CountryCode | undefined, CountrySource][] = [
    [supported(hints.addressCountry), 'address'],
    [countryFromDomain(hints.senderDomain), 'domain'],
    [supported(hints.defaultCountry), 'mailbox'],
    [countryFromLanguage(hints.displayLanguage), 'mailbox'],
  ];
  const seen = new Set<CountryCode>();
  const countries: PhoneCountry[] = [];
  for (const [code, source] of candidates) {
    if (code === undefined || seen.has(code)) continue;
    seen.add(code);
    countries.push({ code, source });
  }
  return countries;
}
