import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../../src/ui/strings/choose-locale.js';

describe('chooseLocale', () => {
  it.each<[string | undefined, string, string]>([
    ['de-DE', 'de-DE', 'de-DE'],
    ['de-AT', 'de-DE', 'de-AT'],
    ['de-CH', 'de-DE', 'de-CH'],
    ['de', 'de-DE', 'de-DE'],
    ['DE-de', 'de-DE', 'de-DE'],
    ['en-US', 'en-US', 'en-US'],
    ['en-GB', 'en-US', 'en-GB'],
    ['fr-FR', 'en-US', 'en-US'],
    ['ja', 'en-US', 'en-US'],
    ['', 'en-US', 'en-US'],
    ['not a language', 'en-US', 'en-US'],
    [undefined, 'en-US', 'en-US'],
  ])('speaks to an Outlook in %o with %s texts and %s numbers and dates', (displayLanguage, language, formats) => {
    expect(chooseLocale(displayLanguage)).toEqual({ language, formats });
  });
});
