// The pane's user-visible strings and the formatter for `{name}` placeholders. `strings` is one object for the
// whole pane: the English texts, overlaid once at startup (before the first render) with the locale Outlook's
// display language chooses. Modules may keep a section (`const s = strings.sync`), since sections are updated
// in place, but must read the texts themselves when they render, never into module-level constants.
import enUS from './en-US.json';
import { formatNumber } from './intl-format.js';

export type Strings = typeof enUS;

/** The keys of a section that hold a text (not a nested section): `TextKey<Strings['match']>`. */
export type TextKey<Section> = { [Key in keyof Section]: Section[Key] extends string ? Key : never }[keyof Section];

const ENGLISH: Strings = enUS;

export const strings: Strings = structuredClone(enUS);

/** Copies the texts of `source` onto `target` where the shapes agree; a key `source` lacks keeps its text. */
function overlay(target: Record<string, unknown>, source: unknown): void {
  if (typeof source !== 'object' || source === null) return;
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (typeof value === 'string' && (typeof current === 'string' || current === undefined)) target[key] = value;
    else if (typeof value === 'object' && value !== null && typeof current === 'object' && current !== null) overlay(current as Record<string, unknown>, value);
  }
}

/**
 * Puts a locale's texts in place: English first, then `messages` (a parsed locale file) over it, so a key the
 * locale file lacks, or has in another shape, reads in English instead of breaking the pane.
 */
export function applyStrings(messages: unknown): void {
  overlay(strings as unknown as Record<string, unknown>, ENGLISH);
  overlay(strings as unknown as Record<string, unknown>, messages);
}

/**
 * Replaces `{name}` placeholders with the given values; unknown placeholders stay as written. Numbers are written
 * the pane's locale's way (1,234 or 1.234).
 */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name];
    return typeof value === 'number' ? formatNumber(value) : String(value);
  });
}
