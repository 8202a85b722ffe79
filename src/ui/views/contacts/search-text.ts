// What a typed search asks the mirror for: the text as typed (trimmed), or, when it looks like a phone number
// ("+44 20 7946", "(206) 555-"), its digits, the form the mirror's phone index keeps (see normalize-phone.ts).
import { phoneDigits } from '../../../core/contact/normalize-phone.js';

/** Digits with the separators people type in phone numbers, and nothing else. */
const PHONE_LIKE = /^[\p{Nd}\s+().\-/]+$/u;

export function searchTextOf(typed: string): string {
  const text = typed.trim();
  if (!PHONE_LIKE.test(text)) return text;
  const digits = phoneDigits(text);
  return digits === '' ? text : digits;
}
