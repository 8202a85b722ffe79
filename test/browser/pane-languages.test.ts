// The pane in each of its languages: Outlook's display language (the simulator's ?lang=) picks the locale file
// before the first paint, and a representative flow of each view (Message, Contacts, Sync) runs with every
// visible text looked up in that locale's file, not written here in English. The full English suites of each
// view stay in their own files; this one proves the German pane does the same things in German.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith, signInWithDemoDialog } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';
import { PANE_LOCALES, paneTexts, type PaneLocale } from '../support/pane-texts.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const DEMO_CONTACTS = 2_000;
const PAGE_SIZE = 200;
const SYNC_TIMEOUT_MS = 90_000;

/** How each locale writes `dateStyle: 'medium', timeStyle: 'short'`: Dec 7, 2026, 11:30 AM and 07.12.2026, 11:30. */
const DATE_TIME: Readonly<Record<PaneLocale, RegExp>> = {
  'en-US': /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/,
  'de-DE': /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/,
};

describe.each(PANE_LOCALES)('the pane in %s', (locale) => {
  const { t, fill, pluralOf, pattern } = paneTexts(locale);
  let harness: BrowserHarness;
  let sim: SimulatorPage;

  const participant = (address: string) => sim.pane.locator(`[data-testid="participant"][data-address="${address}"]`);
  const statusOf = (address: string) => participant(address).getAttribute('data-status', { timeout: SYNC_TIMEOUT_MS });
  const tab = (name: string) => sim.pane.getByRole('tab', { name });

  beforeAll(async () => {
    harness = await startBrowserHarness({ emulator: { seed: DEMO_CONTACTS } });
    // Every tab label the pane ever renders, from its first paint on: a flash of English would show up here.
    await harness.page.addInitScript(() => {
      const seen = new Set<string>();
      Object.assign(window, { __tabLabelsSeen: seen });
      new MutationObserver(() => document.querySelectorAll('[role="tab"]').forEach((each) => seen.add(each.textContent ?? ''))).observe(document, { subtree: true, childList: true, characterData: true });
    });
    sim = await harness.openSimulator({ latencyMs: 20, displayLanguage: locale });
    await signInWithDemoDialog(harness, sim, USER, 30_000, t.account.signIn);
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('names its views in the display language from the first paint', async () => {
    const frame = await sim.paneFrame();
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe(locale);
    const views = [t.views.message, t.views.contacts, t.views.sync, t.views.importExport, t.views.settings];
    for (const name of views) expect(await tab(name).count()).toBe(1);
    const seen = await frame.evaluate(() => [...(window as unknown as { __tabLabelsSeen: Set<string> }).__tabLabelsSeen]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((label) => !views.includes(label.trim()))).toEqual([]);
  });

  it('lists the contacts with their count and narrows them by search (Contacts view)', { timeout: 180_000 }, async () => {
    await tab(t.views.contacts).click();
    const count = () => sim.pane.getByTestId('contacts-count').textContent();
    await eventually(count, SYNC_TIMEOUT_MS).toBe(pluralOf(t.contacts.count.contacts.shown, DEMO_CONTACTS, { shown: PAGE_SIZE, total: DEMO_CONTACTS }));
    await sim.pane.getByRole('button', { name: fill(t.contacts.showMore, { count: PAGE_SIZE }) }).click();
    await eventually(count, 30_000).toBe(pluralOf(t.contacts.count.contacts.shown, DEMO_CONTACTS, { shown: 2 * PAGE_SIZE, total: DEMO_CONTACTS }));
    await sim.pane.getByLabel(t.contacts.search).fill('john.doe@fabrikam');
    await eventually(count, 30_000).toBe(pluralOf(t.contacts.count.matches.all, 1));
    expect(await sim.pane.locator('.contact-list__name').allTextContents()).toEqual(['John Doe']);
  });

  it('syncs on request and writes counts and times the locale’s way (Sync view)', { timeout: 180_000 }, async () => {
    await tab(t.views.sync).click();
    await sim.pane.getByRole('button', { name: t.sync.syncNow }).click();
    await eventually(() => sim.pane.getByTestId('sync-contact-count').textContent(), SYNC_TIMEOUT_MS).toBe(new Intl.NumberFormat(locale).format(DEMO_CONTACTS));
    await eventually(() => sim.pane.getByTestId('sync-last-synced').textContent(), SYNC_TIMEOUT_MS).toMatch(DATE_TIME[locale]);
    await eventually(() => sim.pane.getByRole('button', { name: t.sync.syncNow }).isEnabled(), SYNC_TIMEOUT_MS).toBe(true);
    const folders = await sim.pane.getByTestId('sync-folder').allTextContents();
    expect(folders.length).toBeGreaterThan(0);
    const counts = [t.sync.folderContacts.one, t.sync.folderContacts.other].map((form) => pattern(form, false));
    for (const folder of folders) expect(counts.some((count) => count.test(folder)), folder).toBe(true);
    expect(await sim.pane.getByText(t.sync.noConflicts).count()).toBe(1);
  });

  it('shows a known sender’s card and adds an unknown sender from the signature (Message view)', { timeout: 180_000 }, async () => {
    await tab(t.views.message).click();
    await sim.selectMessage('Q1 order forecast');
    await eventually(() => statusOf('john.doe@fabrikam.example'), SYNC_TIMEOUT_MS).toBe('known');
    const card = participant('john.doe@fabrikam.example').getByTestId('contact-card');
    await eventually(() => card.textContent()).toContain('Purchasing Manager');
    expect(await card.getByRole('button', { name: t.match.card.edit }).count()).toBe(1);
    expect(await participant('john.doe@fabrikam.example').textContent()).toContain(t.match.known);

    const address = 'k.fischer@fischer-technik.example';
    await sim.selectMessage('Angebot Wartungsvertrag');
    await eventually(() => statusOf(address), SYNC_TIMEOUT_MS).toBe('unknown');
    await participant(address).getByRole('button', { name: fill(t.match.addPerson, { name: 'Klaus Fischer' }) }).click();
    const form = sim.pane.getByRole('form', { name: t.match.form.captureHeading });
    await eventually(() => form.getByLabel(t.match.form.fields.surname).inputValue()).toBe('Fischer');
    await eventually(() => form.getByText(t.match.form.suggested).count(), 15_000).toBeGreaterThan(0);
    await form.getByRole('button', { name: t.match.form.acceptAll }).click();
    await form.getByRole('button', { name: t.match.form.save }).click();
    await eventually(() => statusOf(address), 10_000).toBe('known');
    await eventually(async () => (await graphContactsWith(harness, USER_ADDRESS, address)).length, SYNC_TIMEOUT_MS).toBe(1);
  });
});
