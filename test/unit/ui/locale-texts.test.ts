// The pane's words, counts, numbers and dates once a locale is loaded; each test starts from English.
import { beforeEach, describe, expect, it } from 'vitest';
import { formatDateTime, formatLocale } from '../../../src/ui/strings/intl-format.js';
import { loadLocale } from '../../../src/ui/strings/load-locale.js';
import { plural } from '../../../src/ui/strings/plural.js';
import { applyStrings, format, strings } from '../../../src/ui/strings/strings.js';
import { countLabel } from '../../../src/ui/views/contacts/count-label.js';
import { progressText } from '../../../src/ui/views/sync/progress-text.js';
import { progressBarOf } from '../../../src/ui/views/sync/sync-status-model.js';

const GERMAN = { language: 'de-DE', formats: 'de-DE' };
const ENGLISH = { language: 'en-US', formats: 'en-US' };
const pull = (contacts: number, total?: number) => progressBarOf({ phase: 'pull', pages: Math.ceil(contacts / 100), contacts, ...(total === undefined ? {} : { total }) });
const SEVENTH_OF_DECEMBER = Date.UTC(2026, 11, 7, 11, 30);

beforeEach(async () => {
  await loadLocale(ENGLISH);
});

describe('loadLocale', () => {
  it('puts the German texts in place of the English ones', async () => {
    await loadLocale(GERMAN);
    expect(strings.views.contacts).toBe('Kontakte');
    expect(strings.sync.syncNow).toBe('Jetzt synchronisieren');
    expect(formatLocale()).toEqual(GERMAN);
  });

  it('goes back to English', async () => {
    await loadLocale(GERMAN);
    await loadLocale(ENGLISH);
    expect(strings.views.contacts).toBe('Contacts');
  });
});

describe('applyStrings', () => {
  it('keeps the English text of a key the locale file lacks', () => {
    applyStrings({ views: { contacts: 'Kontakte' } });
    expect(strings.views.contacts).toBe('Kontakte');
    expect(strings.views.message).toBe('Message');
  });

  it('keeps the English text where the locale file has another shape', () => {
    applyStrings({ views: 'Ansichten', sync: { foldersHeading: { one: 'Ordner', other: 'Ordner' } } });
    expect(strings.views.contacts).toBe('Contacts');
    expect(strings.sync.foldersHeading).toBe('Folders');
  });
});

describe('plural', () => {
  it.each<[typeof ENGLISH, number, string]>([
    [ENGLISH, 0, '0 contacts'],
    [ENGLISH, 1, '1 contact'],
    [ENGLISH, 2, '2 contacts'],
    [ENGLISH, 1234, '1,234 contacts'],
    [GERMAN, 0, '0 Kontakte'],
    [GERMAN, 1, '1 Kontakt'],
    [GERMAN, 2, '2 Kontakte'],
    [GERMAN, 1234, '1.234 Kontakte'],
  ])('words %o, %i as “%s”', async (locale, count, text) => {
    await loadLocale(locale);
    expect(plural(strings.sync.folderContacts, count)).toBe(text);
  });

  it('writes the number the way the display language’s region does', async () => {
    await loadLocale({ language: 'de-DE', formats: 'de-CH' });
    // Swiss German groups thousands with an apostrophe (ICU versions differ on which one).
    expect(plural(strings.sync.folderContacts, 1234)).toMatch(/^1['’]234 Kontakte$/);
  });

  it('falls back to the other form when the language has no form of its own for the count', () => {
    expect(plural({ other: '{count} Kontakte' }, 1)).toBe('1 Kontakte');
  });
});

describe('format', () => {
  it('writes numbers the locale’s way', async () => {
    expect(format('{a} / {b}', { a: 50_000, b: 'x' })).toBe('50,000 / x');
    await loadLocale(GERMAN);
    expect(format('{a} / {b}', { a: 50_000, b: 'x' })).toBe('50.000 / x');
  });
});

describe('the German pane', () => {
  beforeEach(async () => {
    await loadLocale(GERMAN);
  });

  it.each([
    [{ shown: 1, more: false, total: 1, searching: false }, '1 Kontakt'],
    [{ shown: 37, more: false, total: 37, searching: false }, '37 Kontakte'],
    [{ shown: 1, more: false, total: 1, searching: true }, '1 Treffer'],
    [{ shown: 200, more: true, total: undefined, searching: false }, 'Die ersten 200 Kontakte werden angezeigt'],
    [{ shown: 200, more: true, total: 50_000, searching: false }, '200 von 50.000 Kontakten werden angezeigt'],
  ])('counts %o as “%s”', (input, text) => {
    expect(countLabel(input)).toBe(text);
  });

  it.each<[string, ReturnType<typeof pull>, number | undefined, string]>([
    ['a first sync', pull(1234), undefined, 'Bisher 1.234 Kontakte'],
    ['a first sync at one contact', pull(1), undefined, 'Bisher 1 Kontakt'],
    ['a later sync', pull(500), 2000, '500 von etwa 2.000 Kontakten'],
    ['a total the server gave', pull(40, 80), 2000, '40 von 80 Kontakten empfangen (1 Seite)'],
    ['a total over pages', pull(250, 300), 2000, '250 von 300 Kontakten empfangen (3 Seiten)'],
  ])('words the progress of %s', (_, model, previous, text) => {
    expect(progressText(model, previous)).toBe(text);
  });

  it('writes dates the German way', () => {
    expect(formatDateTime(SEVENTH_OF_DECEMBER)).toMatch(/^07\.12\.2026, \d\d:\d\d$/);
  });
});

describe('the English pane', () => {
  it('writes dates the American way', () => {
    expect(formatDateTime(SEVENTH_OF_DECEMBER)).toMatch(/^Dec 7, 2026, \d{1,2}:\d\d\s[AP]M$/);
  });
});
