// Normalization of personal names for matching and for the mirror's name index.
// Unicode-aware: NFKC, lower-case, diacritics removed from Latin, Greek and Cyrillic letters only,
// so "García" matches "Garcia" while CJK and kana (whose marks carry meaning) stay as written.

/** A Latin, Greek or Cyrillic letter followed by its combining marks (after NFD). */
const MARKED_LETTER = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
const ASCII = /^[ -~]*$/;
const SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Letters folded for comparison; `ß` becomes `ss` as in Unicode case folding. */
function foldToken(token: string): string {
  if (ASCII.test(token)) return token;
  return token.normalize('NFD').replace(MARKED_LETTER, '$1').replace(/ß/g, 'ss').normalize('NFC');
}

/** The comparable words of a name, in order: `"García-López, María"` → `['garcia', 'lopez', 'maria']`. */
export function nameTokens(name: string): string[] {
  const folded = name.normalize('NFKC').toLowerCase();
  return folded
    .split(SEPARATOR)
    .filter((token) => token.length > 0)
    .map(foldToken);
}

/** Names are compared on their first 256 characters. */
const MAX_NAME_CHARS = 256;
/** "(ACME)", "[External]": notes organizations add to display names, not part of the name. */
const BRACKETED_NOTE = /[([][^()[\]]*[)\]]/gu;

/**
 * The key under which a display name is indexed and compared: its tokens sorted, so "Doe, John" and
 * "John Doe" share a key; bracketed notes are left out. Undefined when the name is too weak to suggest a match: fewer than two
 * tokens, unless it is one ideographic or Hangul token of at least two characters (e.g. "李雷").
 */
export function nameKeyOf(name: string | undefined): string | undefined {
  if (name === undefined || name.includes('@')) return undefined;
  const tokens = nameTokens(name.slice(0, MAX_NAME_CHARS).replace(BRACKETED_NOTE, ' '));
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1) {
    const only = tokens[0] ?? '';
    if (!(IDEOGRAPHIC.test(only) && [...only].length >= 2)) return undefined;
  }
  return [...tokens].sort().join(' ');
}
