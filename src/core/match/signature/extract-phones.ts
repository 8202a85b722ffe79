// Phone numbers in signature lines, found and normalized by libphonenumber-js (never by our own
// patterns), with their kind from the label around them, or from the number's type when unlabelled.
// A trunk "(0)" after the country code is dropped before reading, and extensions ("x 204", "ext. 12",
// "Durchwahl -12") are kept apart from the number.

import { findPhoneNumbersInText, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { phoneDigits } from '../../contact/normalize-phone.js';
import type { PhoneCountry } from './country-hint.js';
import { extensionAfter, splitExtension } from './phone-extension.js';
import { kindAfter, kindBefore, type PhoneKind } from './phone-labels.js';
import type { CountrySource } from './signature-types.js';

export interface FoundPhone {
  readonly kind: PhoneKind;
  /** The number as written (without a trunk "(0)"), extension included. */
  readonly raw: string;
  /** E.164 form of the main number, when the country is known or written. */
  readonly e164?: string;
  readonly extension?: string;
  /** Outlook's form of the number, "+1 503-555-0142 ext. 204"; present with e164. */
  readonly display?: string;
  /** Where the country came from, for a number written without a country code. */
  readonly countrySource?: CountrySource | 'number';
  /** True when a label named the kind. */
  readonly labelled: boolean;
  /** Line index within the signature block. */
  readonly line: number;
}

/** Lines longer than this are not signature lines; the phone library never sees them. */
export const MAX_PHONE_LINE_CHARS = 300;
const MIN_DIGITS = 6;
const MAX_DIGITS = 15;
/** A national number that is only possible, not valid, needs a label and this many digits. */
const MIN_POSSIBLE_NATIONAL_DIGITS = 8;
/** "+44 (0)20 …", "+49(0) 30 …", "0044 (0)20 …": the national trunk prefix, never dialled after the country code. */
const TRUNK_ZERO = /((?:\+|\b00)\d{1,3})\s*\(0\)\s*/gu;
/** Mexico dropped the "1" of mobile numbers dialled from abroad in 2019; "+52 1 55 …" is still written. */
const MEXICO_MOBILE_ONE = /\+52\s?1\s?(?=\d{2}[\s.-]?\d{4}[\s.-]?\d{4}\b)/gu;

interface Reading {
  readonly country: CountryCode | undefined;
  readonly source: CountrySource | 'number' | undefined;
}

interface Match { startsAt: number; endsAt: number; number: PhoneNumber }
/** The `leniency` option is documented in libphonenumber-js's README but missing from its types. */
const findPossible = findPhoneNumbersInText as (text: string, options: { defaultCountry?: CountryCode; leniency: 'POSSIBLE' }) => Match[];

/** "+1 503-555-0142" for North American numbers (as Outlook shows them), the international format otherwise. */
function displayOf(number: PhoneNumber, extension: string | undefined): string {
  const national = number.nationalNumber;
  const main = number.countryCallingCode === '1' && national.length === 10
    ? `+1 ${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`
    : number.formatInternational();
  return extension === undefined ? main : `${main} ext. ${extension}`;
}

/**
 * Valid numbers of a line, plus numbers of a possible length that are written with "+" and a country
 * code, or behind a phone label on a line with a valid number: fictional ranges such as the UK's
 * 07700 900xxx are not "valid", yet written on purpose.
 */
function matchesIn(line: string, country: CountryCode | undefined): Match[] {
  const options = country === undefined ? {} : { defaultCountry: country };
  const valid: Match[] = findPhoneNumbersInText(line, options);
  const overlaps = (m: Match): boolean => valid.some((v) => v.startsAt < m.endsAt && m.startsAt < v.endsAt);
  const all = findPossible(line, { ...options, leniency: 'POSSIBLE' });
  const labelled = (m: Match, i: number): boolean =>
    m.number.nationalNumber.length >= MIN_POSSIBLE_NATIONAL_DIGITS && kindBefore(line.slice(all[i - 1]?.endsAt ?? 0, m.startsAt)) !== undefined;
  // A national number only possible under this country counts only on a line the country reads validly.
  const possible = all.filter((m, i) => !overlaps(m) && (line[m.startsAt] === '+' || (valid.length > 0 && labelled(m, i))));
  return [...valid, ...possible].sort((a, b) => a.startsAt - b.startsAt);
}

function phonesInLine(text: string, lineIndex: number, reading: Reading): FoundPhone[] {
  const line = text.replace(TRUNK_ZERO, '$1 ').replace(MEXICO_MOBILE_ONE, '+52 ');
  const found = matchesIn(line, reading.country);
  const after = found.map((match, i) => line.slice(match.endsAt, found[i + 1]?.startsAt ?? line.length));
  const written = after.map(extensionAfter);
  const kindsAfter = after.map((rest, i) => kindAfter(rest.slice(written[i]?.length ?? 0)));
  const before = found.map((match, i) => kindBefore(line.slice(found[i - 1]?.endsAt ?? 0, match.startsAt)));
  // "646.862.4471 office | 917.222.1048 mobile": when the first number's label follows it, all do.
  const trailing = before[0] === undefined && kindsAfter[0] !== undefined;
  return found.map((match, i) => {
    const labelled = trailing ? kindsAfter[i] : before[i] ?? kindsAfter[i];
    const byType = match.number.getType() === 'MOBILE' ? 'mobile' : 'office';
    const kind = labelled === undefined || labelled === 'phone' ? byType : labelled;
    const split = splitExtension(match.number);
    const extension = split.extension ?? written[i]?.extension;
    const raw = line.slice(match.startsAt, match.endsAt + (split.extension === undefined ? written[i]?.length ?? 0 : 0)).trim();
    const international = /^\s*(?:\+|00)/u.test(line.slice(match.startsAt));
    return {
      kind, raw, e164: split.number.number, display: displayOf(split.number, extension), labelled: labelled !== undefined, line: lineIndex,
      ...(extension === undefined ? {} : { extension }),
      ...(international || reading.source === undefined ? {} : { countrySource: reading.source }),
    };
  });
}

/** Without any country, a labelled number is still worth suggesting as written. */
function labelledRaw(text: string, lineIndex: number): FoundPhone | undefined {
  const line = text.replace(TRUNK_ZERO, '$1 ');
  const firstDigit = line.search(/[+(\d]/u);
  if (firstDigit <= 0) return undefined;
  const label = kindBefore(line.slice(0, firstDigit));
  const kind = label === 'phone' ? 'office' : label;
  const raw = line.slice(firstDigit).split(/\s{2,}|[|·•]/u)[0]?.trim() ?? '';
  const ext = /\s*(?:ext|x|poste|durchwahl|int|wew|wewn)\.?\s*-?\s*(\d{1,6})$/iu.exec(raw);
  const main = ext === null ? raw : raw.slice(0, ext.index);
  const digits = phoneDigits(main).length;
  if (kind === undefined || digits < MIN_DIGITS || digits > MAX_DIGITS || /[^\d\s+()./-]/u.test(main)) return undefined;
  return { kind, raw, labelled: true, line: lineIndex, ...(ext?.[1] === undefined ? {} : { extension: ext[1] }) };
}

/** Numbers of a line read with the first country under which it has any. */
function phonesInLineFor(line: string, lineIndex: number, countries: readonly PhoneCountry[]): FoundPhone[] {
  for (const country of countries) {
    const found = phonesInLine(line, lineIndex, { country: country.code, source: country.source });
    if (found.length > 0) return found;
  }
  return countries.length === 0 ? phonesInLine(line, lineIndex, { country: undefined, source: undefined }) : [];
}

function asCountries(countries: CountryCode | readonly CountryCode[] | readonly PhoneCountry[] | undefined): PhoneCountry[] {
  const list = countries === undefined ? [] : typeof countries === 'string' ? [countries] : countries;
  return list.map((c) => (typeof c === 'string' ? { code: c, source: 'mailbox' } : c));
}

/**
 * Every phone number of the block, first occurrence of each number kept. National numbers are read with
 * the first of `countries` under which the line has a valid number (see phoneCountries). When no country
 * is known, the country of the first international number reads the others.
 */
export function extractPhones(lines: readonly string[], countries: CountryCode | readonly CountryCode[] | readonly PhoneCountry[] | undefined): FoundPhone[] {
  const list = asCountries(countries);
  const usable = lines.map((line) => (line.length > MAX_PHONE_LINE_CHARS ? '' : line));
  let phones = usable.flatMap((line, i) => phonesInLineFor(line, i, list));
  if (list.length === 0) {
    const international = phones[0]?.e164;
    const inferred = international === undefined ? undefined : findPhoneNumbersInText(international)[0]?.number.country;
    if (inferred !== undefined) phones = usable.flatMap((line, i) => phonesInLine(line, i, { country: inferred, source: 'number' }));
  }
  // A labelled number the library cannot read (no country known, or an outdated format the library
  // rejects) is still offered as written, with low confidence.
  const read = new Set(phones.map((phone) => phone.line));
  phones = phones.concat(usable.flatMap((line, i) => (read.has(i) ? [] : [labelledRaw(line, i)].filter((p) => p !== undefined))));
  const seen = new Set<string>();
  return phones.filter((phone) => {
    const key = `${phone.e164 ?? phoneDigits(phone.raw)} ${phone.extension ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
