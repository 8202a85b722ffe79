// Every locale file under src/ui/strings/ holds the same keys as en-US.json, with the same {placeholders}, and
// every plural entry has each form its language's plural rules ask for. A key added to one file fails here
// until it is translated in all of them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringEntries, type StringEntry } from '../../support/string-entries.js';

const STRINGS_DIR = new URL('../../../src/ui/strings/', import.meta.url);
const REFERENCE = 'en-US';

function readLocale(locale: string): unknown {
  return JSON.parse(readFileSync(new URL(`${locale}.json`, STRINGS_DIR), 'utf8')) as unknown;
}

const locales = readdirSync(STRINGS_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));
const reference = new Map(stringEntries(readLocale(REFERENCE)).map((entry) => [entry.key, entry]));
const others = locales.filter((locale) => locale !== REFERENCE);

const placeholders = (entry: StringEntry): string[] => [...new Set(entry.texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')))].sort();
const kind = (entry: StringEntry): string => (entry.plural ? 'plural forms' : 'text');

describe('the locale files', () => {
  it('include a second language beside en-US', () => {
    expect(others).toContain('de-DE');
  });

  describe.each(others)('%s', (locale) => {
    const entries = new Map(stringEntries(readLocale(locale)).map((entry) => [entry.key, entry]));

    it('has every key of en-US.json', () => {
      expect([...reference.keys()].filter((key) => !entries.has(key)), `keys of en-US.json missing from ${locale}.json`).toEqual([]);
    });

    it('has no key en-US.json lacks', () => {
      expect([...entries.keys()].filter((key) => !reference.has(key)), `keys of ${locale}.json not in en-US.json`).toEqual([]);
    });

    it('gives each key the placeholders and shape it has in en-US.json', () => {
      const differing = [...entries.values()].flatMap((entry) => {
        const english = reference.get(entry.key);
        if (!english) return [];
        const ours = `${kind(entry)} ${placeholders(entry).join(',')}`;
        const theirs = `${kind(english)} ${placeholders(english).join(',')}`;
        return ours === theirs ? [] : [`${entry.key}: ${ours} here, ${theirs} in en-US`];
      });
      expect(differing).toEqual([]);
    });

    it('has no empty text', () => {
      expect([...entries.values()].filter((entry) => entry.texts.some((text) => text.trim() === '')).map((entry) => entry.key)).toEqual([]);
    });
  });

  describe.each(locales)('%s plural entries', (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    it('have every plural form the language uses', () => {
      const missing = stringEntries(readLocale(locale))
        .filter((entry) => entry.plural)
        .flatMap((entry) => needed.filter((category) => !entry.forms.includes(category)).map((category) => `${entry.key}.${category}`));
      expect(missing).toEqual([]);
    });
  });
});
