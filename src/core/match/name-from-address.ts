// Derives name fields from an address's local part when a message carries no display name:
// `john.doe@` → John Doe, `maria_garcia-lopez@` → Maria Garcia-Lopez. A single word, or a local part with
// digits, is too ambiguous to split ("jdoe", "sales2") and becomes the displayName as written.

import type { ContactFields } from '../contact/contact.js';
import { splitEmail } from '../contact/normalize-email.js';

const LETTERS = /^\p{L}+$/u;

function capitalize(word: string): string {
  return word
    .split('-')
    .map((part) => (part === '' ? part : part[0]?.toUpperCase() + part.slice(1)))
    .join('-');
}

export function nameFromAddress(address: string): Pick<ContactFields, 'givenName' | 'middleName' | 'surname' | 'displayName'> {
  const parts = splitEmail(address);
  if (parts === undefined) return {};
  const local = parts.local.split('+')[0] ?? parts.local;
  const words = local.split(/[._]+/u).filter((w) => w !== '');
  const wordsOnly = words.length >= 2 && words.every((w) => w.length >= 2 && w.split('-').every((piece) => LETTERS.test(piece)));
  if (!wordsOnly) return { displayName: local };
  const named = words.map(capitalize);
  const given = named[0] ?? '';
  const surname = named[named.length - 1] ?? '';
  const middle = named.slice(1, -1).join(' ');
  return {
    displayName: named.join(' '),
    givenName: given,
    ...(middle === '' ? {} : { middleName: middle }),
    surname,
  };
}
