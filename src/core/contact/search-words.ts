// What a typed search means: every word must be the start of one of the contact's search keys (a name token, an
// e-mail address, phone digits; see search-fields.ts), in any order, so "Priya Sharma", "sharma priya" and
// "pri sha" all find Priya Sharma. Words are folded as names are (NFKC, lower case, Latin, Greek and Cyrillic
// accents removed, see normalize-name.ts), so "lea" finds "Léa" and "LÉA" finds "Lea".
import type { ContactFields } from './contact.js';
import { normalizeEmail } from './normalize-email.js';
import { nameTokens } from './normalize-name.js';
import { searchFieldsOf } from './search-fields.js';

const WHITE_SPACE = /\s+/u;

/**
 * The distinct prefixes a search asks for. A word with an `@` is the start of an e-mail address and kept whole;
 * any other word is split as a name is ("García-López" asks for `garcia` and `lopez`).
 */
export function searchWordsOf(text: string): string[] {
  const words = text
    .trim()
    .split(WHITE_SPACE)
    .filter((word) => word.length > 0)
    .flatMap((word) => (word.includes('@') ? [normalizeEmail(word)] : nameTokens(word)));
  return [...new Set(words)];
}

/** Every key a search word may be the start of: name tokens, e-mail addresses and phone digits. */
export function searchKeysOf(fields: ContactFields): string[] {
  const keys = searchFieldsOf(fields);
  return [...keys.nameTokens, ...keys.emails, ...keys.phones];
}

/** True when every word starts one of the keys; no words match everything. */
export function matchesSearchWords(keys: readonly string[], words: readonly string[]): boolean {
  return words.every((word) => keys.some((key) => key.startsWith(word)));
}
