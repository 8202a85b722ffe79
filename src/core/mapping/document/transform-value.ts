// The closed set of transforms a mapping rule may name, both ways: the cell or property value written for
// the target's values, and the values an imported cell or property value gives (with a problem when a value
// cannot be read surely: such a value is left out, never guessed).
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { basicDate, birthdayFromText } from '../birthday-text.js';
import type { DateFormat, Transform } from './mapping-document.js';

export interface ReadValues {
  readonly values: readonly string[];
  readonly problem?: string;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The birthday `YYYY-MM-DD` in the form asked. */
export function writeDate(date: string, format: DateFormat): string {
  const [year = '', month = '', day = ''] = date.split('-');
  if (format === 'basic') return basicDate(date);
  if (format === 'us') return `${Number(month)}/${Number(day)}/${year}`;
  if (format === 'dmy') return `${Number(day)}/${Number(month)}/${year}`;
  return date;
}

/**
 * Reads a date: ISO extended or basic always; a slashed date month first, unless the format says day first.
 * A date without a year (vCard `--0315`) or one that is not a calendar date is not read.
 */
export function readDate(text: string, format: DateFormat): string | undefined {
  const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (format === 'dmy' && dayFirst) return birthdayFromText(`${pad(Number(dayFirst[2]))}/${pad(Number(dayFirst[1]))}/${dayFirst[3]}`);
  return birthdayFromText(text);
}

function e164(text: string, region: string | undefined): string | undefined {
  const parsed = parsePhoneNumberFromString(text, region === undefined ? undefined : (region.toUpperCase() as CountryCode));
  return parsed?.isValid() ? parsed.number : undefined;
}

/** The text a cell or property holds for `values` (several only for a list transform). */
export function writeValues(transform: Transform | undefined, values: readonly string[]): string {
  switch (transform?.kind) {
    case 'list':
      return values.join(transform.separator);
    case 'date':
      return values[0] === undefined ? '' : (() => {
        const date = birthdayFromText(values[0]);
        return date === undefined ? '' : writeDate(date, transform.format);
      })();
    case 'phone':
      return values.map((value) => (transform.format === 'e164' ? (e164(value, transform.region) ?? value) : value))[0] ?? '';
    default:
      return values[0] ?? '';
  }
}

/** The values an imported, non-empty text gives for the target. */
export function readValues(transform: Transform | undefined, text: string): ReadValues {
  switch (transform?.kind) {
    case 'list':
      return { values: text.split(transform.separator.trim() || transform.separator).map((item) => item.trim()).filter((item) => item !== '') };
    case 'date': {
      const date = readDate(text, transform.format);
      if (date !== undefined) return { values: [date] };
      const reason = /^--\d{2}-?\d{2}$/.test(text.trim()) ? 'has no year' : 'is not a date this mapping reads';
      return { values: [], problem: `birthday '${quoted(text)}' ${reason}: left out` };
    }
    case 'phone':
      return { values: [transform.format === 'e164' ? (e164(text, transform.region) ?? text) : text] };
    case 'constant':
      return { values: [] };
    default:
      return { values: [text] };
  }
}

/** Untrusted text for a message: at most 40 characters, line breaks shown as spaces. */
export function quoted(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
