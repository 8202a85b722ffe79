// Checks the contact editor's text before a save reaches the outbox: e-mail syntax, phone numbers (kept as typed;
// the E.164 form is offered, never applied), the birthday as a real calendar date, and Outlook's limits. Each
// finding names the control it belongs beside.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { MAX_BUSINESS_PHONES, MAX_EMAIL_ADDRESSES, MAX_HOME_PHONES, MAX_IM_ADDRESSES, type ContactFields } from './contact.js';
import { SLOTS, type EditorField, type EditorValues } from './editor-values.js';
import { looksLikeEmail } from './normalize-email.js';

export type EditorRule = 'email' | 'phone' | 'date' | 'limit';

export interface EditorProblem {
  readonly field: EditorField;
  readonly rule: EditorRule;
}

/** A phone number that can be written in E.164: offered beside the control, applied only when the user accepts. */
export interface PhoneOffer {
  readonly field: EditorField;
  readonly e164: string;
}

export interface EditorCheck {
  /** Save is refused while any remain. */
  readonly problems: readonly EditorProblem[];
  readonly offers: readonly PhoneOffer[];
}

const PHONE_FIELDS: readonly EditorField[] = [...SLOTS.businessPhones, ...SLOTS.homePhones, 'mobilePhone'];

/** True for `YYYY-MM-DD` naming a day that exists (February 29 only in leap years). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && days !== undefined && day >= 1 && day <= days;
}

function checkPhone(field: EditorField, typed: string, country: CountryCode | undefined): EditorProblem | PhoneOffer | undefined {
  const number = parsePhoneNumberFromString(typed, country === undefined ? undefined : { defaultCountry: country });
  if (number === undefined || !number.isPossible()) return { field, rule: 'phone' };
  if (number.ext !== undefined) return undefined;
  return number.number === typed ? undefined : { field, e164: number.number };
}

/** The findings for the editor's text; `country` reads numbers written without a country code. */
export function checkEditorValues(values: EditorValues, country?: CountryCode): EditorCheck {
  const problems: EditorProblem[] = [];
  const offers: PhoneOffer[] = [];
  for (const field of SLOTS.emailAddresses) {
    const typed = values[field]?.trim();
    if (typed && !looksLikeEmail(typed)) problems.push({ field, rule: 'email' });
  }
  for (const field of PHONE_FIELDS) {
    const typed = values[field]?.trim();
    const found = typed ? checkPhone(field, typed, country) : undefined;
    if (found === undefined) continue;
    if ('rule' in found) problems.push(found);
    else offers.push(found);
  }
  const birthday = values.birthday?.trim();
  if (birthday && !isCalendarDate(birthday)) problems.push({ field: 'birthday', rule: 'date' });
  return { problems, offers };
}

/** Outlook's limits on a contact's lists: the problems of a contact with more than it keeps. */
export function limitProblemsOf(fields: ContactFields): EditorProblem[] {
  const limits = [
    ['emailAddresses', MAX_EMAIL_ADDRESSES],
    ['businessPhones', MAX_BUSINESS_PHONES],
    ['homePhones', MAX_HOME_PHONES],
    ['imAddresses', MAX_IM_ADDRESSES],
  ] as const;
  return limits.flatMap(([name, max]) => ((fields[name]?.length ?? 0) > max ? [{ field: SLOTS[name][0], rule: 'limit' as const }] : []));
}
