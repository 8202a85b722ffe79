// Checks the contact editor's text before a save reaches the outbox: e-mail syntax, the birthday as a real calendar
// date, and Outlook's limits. Each finding names the control it belongs beside. Phone numbers are checked by
// check-editor-phones.ts, kept apart so the phone metadata loads only with an editor.
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

/** True for `YYYY-MM-DD` naming a day that exists (February 29 only in leap years). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && days !== undefined && day >= 1 && day <= days;
}

/** The findings for the editor's text other than its phone numbers. */
export function checkEditorValues(values: EditorValues): EditorCheck {
  const problems: EditorProblem[] = [];
  for (const field of SLOTS.emailAddresses) {
    const typed = values[field]?.trim();
    if (typed && !looksLikeEmail(typed)) problems.push({ field, rule: 'email' });
  }
  const birthday = values.birthday?.trim();
  if (birthday && !isCalendarDate(birthday)) problems.push({ field: 'birthday', rule: 'date' });
  return { problems, offers: [] };
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
