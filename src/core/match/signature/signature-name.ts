// Reads the sender's name from the signature when the headers give a poor one: no display name, the
// bare address, a name in capitals ("MÜLLER, Hans", "GARCÍA LÓPEZ, ANA") or in lower case ("john smith"),
// or a given name alone ("Jane"). The name line is one of
// the block's first lines that is shaped like a personal name and agrees with the headers: it shares a
// word with the capitalized display name, or a word of it appears in the address's local part.

import { looksLikeEmail, splitEmail } from '../../contact/normalize-email.js';
import { nameTokens } from '../../contact/normalize-name.js';
import { cleanDisplayName } from '../parse-display-name.js';
import { looksLikeCompany, looksLikeTitle } from './role-lexicon.js';
import { isSignOff } from './sign-offs.js';

/** Only this many lines from the top of the block are read for the name line. */
const NAME_LINE_WINDOW = 4;
const MAX_NAME_LINE_CHARS = 60;
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'du', 'y', 'e', 'bin', 'al', 'el']);
/** A capitalized name word, an initial ("T."), or an honorific ("Dr.", "Prof.", "Ing."). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}[\p{Ll}\p{Lu}'’]*)*|\p{Lu}\p{Ll}{0,3}\.)$/u;
/** What follows a name on its line: ", CPA", " | CEO", " – Partner"; and "(she/her)" anywhere. */
const AFTER_NAME = /\s*(?:,\s+|\s[|·•–—-]\s).*$/u;
const PARENTHESES = /\s*\([^()]*\)/gu;
const CJK_NAME = /^[\p{Script=Han}]{2,4}$|^[\p{Script=Han}]{1,3}[ \u3000][\p{Script=Han}]{1,3}$/u;

/** Whether the headers' name is too poor to keep: empty, an address, one word, or in capitals or lower case. */
export function isPoorDisplayName(senderName: string | undefined): boolean {
  const name = cleanDisplayName(senderName ?? '');
  if (name === '' || looksLikeEmail(name)) return true;
  const letters = name.replace(/[^\p{L}]/gu, '');
  const latin = /\p{Script=Latin}/u.test(letters);
  const head = name.split(',')[0] ?? '';
  const capitals = letters === letters.toUpperCase() || (name.includes(',') && /\p{L}/u.test(head) && head === head.toUpperCase());
  // A one-word name ("Jane") lacks the surname the signature's "Jane Doe" gives.
  const oneWord = !name.includes(' ') && !name.includes(',');
  return latin && (capitals || letters === letters.toLowerCase() || oneWord);
}

function isNameShaped(line: string): boolean {
  if (line.length > MAX_NAME_LINE_CHARS || /[\d@:|/\\]/u.test(line) || isSignOff(line)) return false;
  if (CJK_NAME.test(line)) return true;
  const words = line.split(/\s+/u);
  if (words.length < 2 || words.length > 5 || line === line.toUpperCase()) return false;
  if (!words.every((word) => NAME_WORD.test(word) || PARTICLES.has(word))) return false;
  return !looksLikeTitle(line) && !looksLikeCompany(line);
}

/** Whether a name line agrees with the headers: a shared word, or one of its words in the local part. */
function agreesWithHeaders(line: string, senderName: string | undefined, senderAddress: string | undefined): boolean {
  const words = nameTokens(line).filter((word) => [...word].length >= 2);
  const display = cleanDisplayName(senderName ?? '');
  const headerWords = new Set(looksLikeEmail(display) ? [] : nameTokens(display));
  if (words.some((word) => headerWords.has(word))) return true;
  const local = splitEmail(senderAddress ?? (looksLikeEmail(display) ? display : ''))?.local;
  const folded = local === undefined ? '' : nameTokens(local).join('');
  return folded !== '' && words.some((word) => [...word].length >= 3 && folded.includes(word));
}

/** The name part of a line: the line itself, or what comes before ", CPA" or " | CEO", without "(she/her)". */
function nameParts(line: string): string[] {
  const plain = line.replace(PARENTHESES, '').trim();
  const head = plain.replace(AFTER_NAME, '').trim();
  return head === plain ? [plain] : [plain, head];
}

/**
 * The signature's name line (its name part) when the headers' name is poor and a line agrees with them,
 * else undefined.
 */
export function signatureNameLine(lines: readonly string[], senderName: string | undefined, senderAddress: string | undefined): string | undefined {
  if (!isPoorDisplayName(senderName)) return undefined;
  const candidates = lines.slice(0, NAME_LINE_WINDOW).flatMap((line) => nameParts(line.trim()));
  return candidates.find((name) => isNameShaped(name) && agreesWithHeaders(name, senderName, senderAddress));
}
