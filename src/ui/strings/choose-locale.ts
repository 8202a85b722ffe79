// The language the pane speaks, chosen the Office way: from Outlook's display language
// (Office.context.displayLanguage, a BCP 47 tag), by its language subtag; anything without a locale file is English.
import type { FormatLocale } from './intl-format.js';

/** The locale files under src/ui/strings/, by language subtag. */
const LOCALE_FILES: Readonly<Record<string, string>> = { en: 'en-US', de: 'de-DE' };
const FALLBACK = 'en-US';

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    // Not a well-formed language tag (RangeError): treated as no display language at all.
    return undefined;
  }
}

/**
 * `de-AT` → German texts with Austrian dates and numbers; `fr-FR` → English texts written the en-US way, since
 * a French date inside an English sentence reads worse than an American one.
 */
export function chooseLocale(displayLanguage: string | undefined): FormatLocale {
  const tag = displayLanguage === undefined ? undefined : canonical(displayLanguage.trim());
  const file = tag === undefined ? undefined : LOCALE_FILES[tag.split('-')[0]?.toLowerCase() ?? ''];
  if (tag === undefined || file === undefined) return { language: FALLBACK, formats: FALLBACK };
  return { language: file, formats: tag.includes('-') ? tag : file };
}
