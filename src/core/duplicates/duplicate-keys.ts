// The keys under which two contacts count as likely duplicates: a shared e-mail address (compared case-insensitively
// after trimming), a shared phone number, or the same name at the same company. Each key is prefixed with its kind
// so the kinds never collide.
import type { ContactFields } from '../contact/contact.js';
import { normalizeEmail } from '../contact/normalize-email.js';
import { nameKeyOf, nameTokens } from '../contact/normalize-name.js';
import { phoneDigits } from '../contact/normalize-phone.js';

export type DuplicateKeyKind = 'email' | 'phone' | 'name';

/** Fewer digits than this are an extension or a typo, never evidence that two contacts are one person. */
const MIN_PHONE_DIGITS = 7;
/**
 * Phone numbers are compared on their last nine digits: they survive every written form of a number
 * ("+49 (0)30 1234567", "030 1234567", "0049 30 1234567"; "+1 206 555 0100", "(206) 555-0100") without knowing the
 * country a national number was written in. libphonenumber-js would read each form to E.164, but at about 6 µs a
 * number the phones of a 50,000-contact mirror alone would take most of the search's 2 s budget.
 */
const PHONE_KEY_DIGITS = 9;
/** Where an extension starts: "x12", "ext. 12", ";ext=12", "#12", ",12" (a pause before dialling it). */
const EXTENSION = /\s*(?:x|ext\.?|extension|;ext=|#|,).*$/iu;

const ASCII = /^[\x20-\x7e]*$/u;
const NOT_DIGIT = /\D+/gu;

/** The comparison key of a phone number; undefined for too few digits. */
export function phoneKeyOf(phone: string): string | undefined {
  const number = phone.replace(EXTENSION, '');
  // Most numbers are ASCII: one regular expression is far cheaper than folding every script's digits.
  const digits = ASCII.test(number) ? number.replace(NOT_DIGIT, '') : phoneDigits(number);
  if (digits.length < MIN_PHONE_DIGITS) return undefined;
  return digits.slice(-PHONE_KEY_DIGITS);
}

function nameOf(fields: ContactFields): string | undefined {
  const parts = [fields.givenName, fields.middleName, fields.surname].filter((part) => part !== undefined && part.trim() !== '');
  return parts.length > 0 ? parts.join(' ') : fields.displayName;
}

/** Calls `visit` with each of the contact's duplicate keys, `<kind>:<value>` (a key may come twice). */
export function visitDuplicateKeys(fields: ContactFields, visit: (key: string) => void): void {
  for (const email of fields.emailAddresses ?? []) {
    const address = normalizeEmail(email.address);
    if (address.includes('@')) visit(`email:${address}`);
  }
  for (const phone of [...(fields.businessPhones ?? []), ...(fields.homePhones ?? []), ...(fields.mobilePhone === undefined ? [] : [fields.mobilePhone])]) {
    const key = phoneKeyOf(phone);
    if (key !== undefined) visit(`phone:${key}`);
  }
  const company = fields.companyName === undefined ? '' : nameTokens(fields.companyName).join(' ');
  const name = company === '' ? undefined : nameKeyOf(nameOf(fields));
  if (name !== undefined && company !== '') visit(`name:${name}|${company}`);
}

/** The contact's distinct duplicate keys, `<kind>:<value>`, in the order `visitDuplicateKeys` finds them. */
export function duplicateKeysOf(fields: ContactFields): string[] {
  const keys = new Set<string>();
  visitDuplicateKeys(fields, (key) => keys.add(key));
  return [...keys];
}

/** The kind of a key made by `duplicateKeysOf`. */
export function kindOfKey(key: string): DuplicateKeyKind {
  return key.slice(0, key.indexOf(':')) as DuplicateKeyKind;
}
