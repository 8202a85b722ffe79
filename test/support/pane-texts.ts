// The pane's visible texts as its locale files write them, so one browser test runs in each of the pane's
// languages: `const t = paneTexts('de-DE')` then `t.views.contacts`, `fill(t.account.accountMenu, { name })`,
// `pluralOf(t.sync.folderContacts, 12)`. Filling is done here, not with the pane's own formatter, so a test
// checks the pane against the file rather than against itself.
import deDE from '../../src/ui/strings/de-DE.json';
import enUS from '../../src/ui/strings/en-US.json';

export const PANE_LOCALES = ['en-US', 'de-DE'] as const;
export type PaneLocale = (typeof PANE_LOCALES)[number];
export type PaneTexts = typeof enUS;

const TEXTS: Readonly<Record<PaneLocale, PaneTexts>> = { 'en-US': enUS, 'de-DE': deDE };

export interface LocaleTexts {
  readonly locale: PaneLocale;
  readonly t: PaneTexts;
  /** `template` with its placeholders filled; numbers written the locale's way. */
  fill(template: string, values?: Readonly<Record<string, string | number>>): string;
  /** The plural form for `count`, filled like `fill` with `{count}` and `values`. */
  pluralOf(forms: { readonly one?: string; readonly other: string }, count: number, values?: Readonly<Record<string, string | number>>): string;
  /** A pattern matching `template` with any text in its placeholders (for counts a test cannot know); `whole`: the whole text, else a part of it. */
  pattern(template: string, whole?: boolean): RegExp;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function paneTexts(locale: PaneLocale): LocaleTexts {
  const numbers = new Intl.NumberFormat(locale);
  const rules = new Intl.PluralRules(locale);
  const fill = (template: string, values: Readonly<Record<string, string | number>> = {}) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  return {
    locale,
    t: TEXTS[locale],
    fill,
    pluralOf: (forms, count, values = {}) => fill((rules.select(count) === 'one' ? forms.one : undefined) ?? forms.other, { count, ...values }),
    pattern: (template, whole = true) => {
      const body = template.split(/\{\w+\}/).map(escape).join('.+?');
      return new RegExp(whole ? `^${body}$` : body);
    },
  };
}
