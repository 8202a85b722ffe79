// Numbers, dates and plural choices in the pane's locale, through Intl. The locale is set once at startup
// (setFormatLocale) from the language the pane speaks; formatters are made once per locale.

export interface FormatLocale {
  /** The language of the texts (a locale file's name): plural rules follow it. */
  readonly language: string;
  /** The locale numbers and dates are written in: Outlook's display language when it is a variant of `language`. */
  readonly formats: string;
}

let current: FormatLocale = { language: 'en-US', formats: 'en-US' };
let numbers = new Intl.NumberFormat(current.formats);
let dates = new Intl.DateTimeFormat(current.formats, { dateStyle: 'medium', timeStyle: 'short' });
let plurals = new Intl.PluralRules(current.language);

export function setFormatLocale(locale: FormatLocale): void {
  current = locale;
  numbers = new Intl.NumberFormat(locale.formats);
  dates = new Intl.DateTimeFormat(locale.formats, { dateStyle: 'medium', timeStyle: 'short' });
  plurals = new Intl.PluralRules(locale.language);
}

export function formatLocale(): FormatLocale {
  return current;
}

export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** A moment as date and time, in the pane's locale and the device's time zone. */
export function formatDateTime(at: number): string {
  return dates.format(new Date(at));
}

/** The CLDR plural category of `count` in the pane's language (`one`, `other`, …). */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  return plurals.select(count);
}
