// Puts the chosen locale in place before the first render. English is in the initial bundle; every other
// locale file is its own chunk, fetched only when Outlook speaks that language.
import { setFormatLocale, type FormatLocale } from './intl-format.js';
import { applyStrings } from './strings.js';

const LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'de-DE': () => import(/* webpackChunkName: "strings-de-DE" */ './de-DE.json').then((module) => module.default),
};

/**
 * Resolves once `strings` and the Intl formatters speak `locale`. When the locale file cannot be fetched (the
 * network dropped while Outlook opened the pane) the pane starts in English rather than not at all.
 */
export async function loadLocale(locale: FormatLocale): Promise<FormatLocale> {
  const load = LOADERS[locale.language];
  if (load === undefined) {
    applyStrings({});
    setFormatLocale(locale);
    return locale;
  }
  try {
    applyStrings(await load());
    setFormatLocale(locale);
    return locale;
  } catch {
    const english = { language: 'en-US', formats: 'en-US' };
    applyStrings({});
    setFormatLocale(english);
    return english;
  }
}
