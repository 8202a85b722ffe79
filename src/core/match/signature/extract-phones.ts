// Phone numbers in signature lines, found and normalized by libphonenumber-js (never by our own
// patterns), with their kind from the label around them, or from the number's type when unlabelled.

import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { phoneDigits } from '../../contact/normalize-phone.js';
import { kindAfter, kindBefore, type PhoneKind } from './phone-labels.js';

export interface FoundPhone {
  readonly kind: PhoneKind;
  /** The number as written. */
  readonly raw: string;
  /** E.164 form, when the country is known or written. */
  readonly e164?: string;
  /** True when a label named the kind. */
  readonly labelled: boolean;
  /** Line index within the signature block. */
  readonly line: number;
}

/** Lines longer than this are not signature lines; the phone library never sees them. */
export const MAX_PHONE_LINE_CHARS = 300;
const MIN_DIGITS = 6;
const MAX_DIGITS = 15;

function phonesInLine(line: string, lineIndex: number, country: CountryCode | undefined): FoundPhone[] {
  const found = findPhoneNumbersInText(line, country === undefined ? {} : { defaultCountry: country });
  const phones: FoundPhone[] = [];
  const after = found.map((match, i) => kindAfter(line.slice(match.endsAt, found[i + 1]?.startsAt ?? line.length)));
  const before = found.map((match, i) => kindBefore(line.slice(found[i - 1]?.endsAt ?? 0, match.startsAt)));
  // "646.862.4471 office | 917.222.1048 mobile": when the first number's label follows it, all do.
  const trailing = before[0] === undefined && after[0] !== undefined;
  for (const [i, match] of found.entries()) {
    const labelled = trailing ? after[i] : before[i] ?? after[i];
    const byType = match.number.getType() === 'MOBILE' ? 'mobile' : 'office';
    const kind = labelled === undefined || labelled === 'phone' ? byType : labelled;
    phones.push({ kind, raw: line.slice(match.startsAt, match.endsAt).trim(), e164: match.number.number, labelled: labelled !== undefined, line: lineIndex });
  }
  return phones;
}

/** Without any country, a labelled number is still worth suggesting as written. */
function labelledRaw(line: string, lineIndex: number): FoundPhone | undefined {
  const firstDigit = line.search(/[+(\d]/u);
  if (firstDigit <= 0) return undefined;
  const label = kindBefore(line.slice(0, firstDigit));
  const kind = label === 'phone' ? 'office' : label;
  const raw = line.slice(firstDigit).split(/\s{2,}|[|·•]/u)[0]?.trim() ?? '';
  const digits = phoneDigits(raw).length;
  if (kind === undefined || digits < MIN_DIGITS || digits > MAX_DIGITS || /[^\d\s+()./-]/u.test(raw.replace(/\s*(?:ext|x|poste|durchwahl)\.?\s*\d+$/iu, ''))) return undefined;
  return { kind, raw, labelled: true, line: lineIndex };
}

/** Numbers of a line read with the first country under which it has any. */
function phonesInLineFor(line: string, lineIndex: number, countries: readonly CountryCode[]): FoundPhone[] {
  for (const country of countries) {
    const found = phonesInLine(line, lineIndex, country);
    if (found.length > 0) return found;
  }
  return countries.length === 0 ? phonesInLine(line, lineIndex, undefined) : [];
}

/**
 * Every phone number of the block, first occurrence of each number kept. National numbers are read with
 * the first of `countries` under which the line has a valid number (the sender's country, then the
 * user's). When no country is known, the country of the first international number reads the others.
 */
export function extractPhones(lines: readonly string[], countries: CountryCode | readonly CountryCode[] | undefined): FoundPhone[] {
  const list = countries === undefined ? [] : typeof countries === 'string' ? [countries] : countries;
  const country = list[0];
  const usable = lines.map((line) => (line.length > MAX_PHONE_LINE_CHARS ? '' : line));
  let phones = usable.flatMap((line, i) => phonesInLineFor(line, i, list));
  if (country === undefined) {
    const international = phones[0]?.e164;
    const inferred = international === undefined ? undefined : findPhoneNumbersInText(international)[0]?.number.country;
    if (inferred !== undefined) phones = usable.flatMap((line, i) => phonesInLine(line, i, inferred));
  }
  // A labelled number the library cannot read (no country known, or an outdated format such as Mexico's
  // "+52 1" mobile prefix) is still offered as written, with low confidence.
  const read = new Set(phones.map((phone) => phone.line));
  phones = phones.concat(usable.flatMap((line, i) => (read.has(i) ? [] : [labelledRaw(line, i)].filter((p) => p !== undefined))));
  const seen = new Set<string>();
  return phones.filter((phone) => {
    const key = phone.e164 ?? phoneDigits(phone.raw);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
