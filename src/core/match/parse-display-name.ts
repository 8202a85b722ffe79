// Splits a display name (or, failing that, an address's local part) into the contact's name fields.
// Rules: "Last, First Middle"; "First Middle Last" with particles (van, de, von) starting the surname;
// honorifics go to `title`, suffixes (Jr., III, PhD) to `generation`; an all-capitals word among mixed-case
// words is the surname ("DUPONT Jean"); hyphenated surnames stay one word; a Spanish or Portuguese given
// name keeps a compound given name ("María Fernanda") and a double surname ("Villaseñor Garza") whole. Han and Hangul names of
// 2–3 characters without spaces split surname = first character (or a known two-character compound
// surname); longer ones and Japanese kana names stay whole in displayName. A spaced CJK name is read
// surname first. Bracketed notes ("(ACME)", "[External]") are not name parts. The displayName is kept
// as written, without quotes, a trailing <address> or a mailing list's "via Group".

import type { ContactFields } from '../contact/contact.js';
import { looksLikeEmail } from '../contact/normalize-email.js';
import { nameFromAddress } from './name-from-address.js';
import { COMPOUND_HAN_SURNAMES, GENERATION_SUFFIXES, IBERIAN_GIVEN_NAMES, IBERIAN_WHEN_ACCENTED, SURNAME_PARTICLES, TITLE_PREFIXES, foldedName, lexiconKey } from './name-lexicon.js';

export type NameParts = Pick<ContactFields, 'givenName' | 'middleName' | 'surname' | 'displayName' | 'title' | 'generation'>;

const HAN_OR_HANGUL = /^[\p{Script=Han}\p{Script=Hangul}]+$/u;
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UPPER_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;
const HAS_LOWER = /\p{Ll}/u;
/** Display names longer than this are cut before parsing: no real name is this long. */
export const MAX_DISPLAY_NAME_CHARS = 256;

/** Removes surrounding quotes, a trailing `<address>`, a mailing list's "via Group" and collapses spaces. */
export function cleanDisplayName(raw: string): string {
  let name = raw.slice(0, MAX_DISPLAY_NAME_CHARS).replace(/\s+/gu, ' ').trim();
  const angle = name.lastIndexOf('<');
  if (angle >= 0 && name.endsWith('>') && name.slice(angle + 1, -1).includes('@')) name = name.slice(0, angle).trim();
  const via = name.search(/["'’] via \S/u);
  if (via > 0) name = name.slice(0, via + 1);
  const quotes = /^["'“”„‘’«»]+|["'“”„‘’«»]+$/gu;
  return name.replace(quotes, '').trim();
}

/** The name without bracketed notes such as "(ACME)" or "[External]", which are not name parts. */
function withoutNotes(name: string): string {
  const stripped = name.replace(/\s*[([][^()[\]]*[)\]]/gu, ' ').replace(/\s+/gu, ' ').trim();
  return stripped === '' ? name : stripped;
}

function compact(parts: Record<keyof NameParts, string | undefined>): NameParts {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parts)) if (value !== undefined && value !== '') out[key] = value;
  return out as NameParts;
}

function parseCjk(name: string): NameParts {
  const words = name.split(' ');
  if (words.length === 2) return compact({ displayName: name, surname: words[0], givenName: words[1], middleName: undefined, title: undefined, generation: undefined });
  const chars = [...name];
  if (words.length === 1 && HAN_OR_HANGUL.test(name) && chars.length >= 2 && chars.length <= 4) {
    const compound = chars.slice(0, 2).join('');
    const cut = chars.length >= 3 && COMPOUND_HAN_SURNAMES.has(compound) ? 2 : chars.length === 4 ? 0 : 1;
    if (cut > 0) return { displayName: name, surname: chars.slice(0, cut).join(''), givenName: chars.slice(cut).join('') };
  }
  return { displayName: name };
}

/** Splits off leading honorifics and trailing suffixes. */
function peel(words: string[]): { core: string[]; titles: string[]; suffixes: string[] } {
  const core = [...words];
  const titles: string[] = [];
  const suffixes: string[] = [];
  while (core.length > 1 && TITLE_PREFIXES.has(lexiconKey(core[0] ?? ''))) titles.push(core.shift() ?? '');
  while (core.length > 1 && GENERATION_SUFFIXES.has(lexiconKey(core[core.length - 1] ?? ''))) suffixes.unshift((core.pop() ?? '').replace(/,$/u, ''));
  return { core: core.map((w) => w.replace(/,$/u, '')), titles, suffixes };
}

function isIberianGiven(word: string | undefined): boolean {
  if (word === undefined) return false;
  const folded = foldedName(word);
  return IBERIAN_GIVEN_NAMES.has(folded) || (IBERIAN_WHEN_ACCENTED.has(folded) && folded !== word.toLowerCase());
}

/** How many leading words form the given name: two for "María José …", "João Pedro …", else one. */
function givenWordCount(words: readonly string[]): number {
  return words.length >= 3 && isIberianGiven(words[0]) && isIberianGiven(words[1]) ? 2 : 1;
}

/**
 * "María Fernanda Villaseñor Garza", "Javier Moreno Ruiz", "João Pedro Silva": a Spanish or Portuguese
 * given name (or two) and everything after it as the surname, double surnames and particles included.
 */
function splitIberian(words: readonly string[]): { given: string; surname: string } | undefined {
  if (words.length < 3 || !isIberianGiven(words[0])) return undefined;
  // Four words without particles are two given names and two surnames: "José Antonio Pérez Sánchez".
  const plainFour = words.length === 4 && !words.some((w) => SURNAME_PARTICLES.has(lexiconKey(w)));
  const cut = plainFour ? 2 : givenWordCount(words);
  return { given: words.slice(0, cut).join(' '), surname: words.slice(cut).join(' ') };
}

/** Given/middle/surname of words in "First Middle Last" order. */
function splitWestern(words: readonly string[]): { given?: string; middle?: string; surname?: string } {
  if (words.length === 0) return {};
  if (words.length === 1) return { given: words[0] };
  const iberian = splitIberian(words);
  if (iberian !== undefined && !words.some((w) => UPPER_WORD.test(w))) return iberian;
  const upper = words.map((w) => UPPER_WORD.test(w));
  if (upper.some(Boolean) && !upper.every(Boolean) && words.some((w) => HAS_LOWER.test(w))) {
    const surname = words.filter((_, i) => upper[i]).join(' ');
    const rest = words.filter((_, i) => !upper[i]);
    return { given: rest[0], middle: rest.slice(1).join(' ') || undefined, surname };
  }
  let start = words.length - 1;
  for (let i = 1; i < words.length - 1; i += 1) {
    if (SURNAME_PARTICLES.has(lexiconKey(words[i] ?? ''))) { start = i; break; }
  }
  return { given: words[0], middle: words.slice(1, start).join(' ') || undefined, surname: words.slice(start).join(' ') };
}

export function parseDisplayName(displayName: string | undefined, address?: string): NameParts {
  const name = cleanDisplayName(displayName ?? '');
  if (name === '' || looksLikeEmail(name)) {
    const from = address ?? (looksLikeEmail(name) ? name : undefined);
    return from === undefined ? {} : nameFromAddress(from);
  }
  if (CJK.test(name)) return { ...parseCjk(withoutNotes(name)), displayName: name };
  const commaParts = withoutNotes(name).split(',').map((p) => p.trim()).filter((p) => p !== '');
  const [head, ...tail] = commaParts;
  const tailIsSuffix = tail.every((p) => p.split(' ').every((w) => GENERATION_SUFFIXES.has(lexiconKey(w))));
  if (head !== undefined && tail.length > 0 && !tailIsSuffix) {
    const rest = peel(tail.join(' ').split(' '));
    const surname = peel(head.split(' '));
    return compact({
      displayName: name,
      surname: surname.core.join(' '),
      givenName: rest.core.slice(0, givenWordCount([...rest.core, ...surname.core])).join(' '),
      middleName: rest.core.slice(givenWordCount([...rest.core, ...surname.core])).join(' ') || undefined,
      title: [...surname.titles, ...rest.titles].join(' ') || undefined,
      generation: [...surname.suffixes, ...rest.suffixes].join(', ') || undefined,
    });
  }
  const { core, titles, suffixes } = peel(commaParts.join(' ').split(' '));
  const split = splitWestern(core);
  return compact({
    displayName: name,
    givenName: split.given,
    middleName: split.middle,
    surname: split.surname,
    title: titles.join(' ') || undefined,
    generation: suffixes.join(', ') || undefined,
  });
}
