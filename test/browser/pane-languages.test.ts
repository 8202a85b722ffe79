// The pane in each of its languages: Outlook's display language (the simulator's ?lang=) picks the locale file
// before the first paint, and one list of steps, a representative flow of each view (Contacts, Sync, Message card
// and capture, Import/Export) and the view tabs in a 320 px pane, runs in every locale with each visible text looked
// up in that locale's file, not written here in English. The full English suites of each view stay in their own
// files; this one proves the German pane does the same things in German.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Download } from 'playwright-core';
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
/** Outlook's narrowest task pane. */
const NARROW_PANE_PX = 320;
/** The fade app.css draws on an edge of the tab bar with more tabs beyond it. */
const EDGE_FADE_PX = 24;
const IMPORTED_ADDRESS = 'ines.alvarez@import.example';
const GOOGLE_CSV = [
  'First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value',
  `Inés,Álvarez,Northwind,Buyer,* Work,${IMPORTED_ADDRESS},Mobile,+34 600 123 456`,
].join('\r\n');

/** How each locale writes `dateStyle: 'medium', timeStyle: 'short'`: Dec 7, 2026, 11:30 AM and 07.12.2026, 11:30. */
const DATE_TIME: Readonly<Record<PaneLocale, RegExp>> = {
  'en-US': /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/,
  'de-DE': /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/,
};

describe.each(PANE_LOCALES)('the pane in %s', (locale) => {
  const { t, fill, pluralOf, pattern } = paneTexts(locale);
  let harness: BrowserHarness;
  let sim: SimulatorPage;
  let tempDir: string | undefined;

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
    if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
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

  it('exports the contacts to a file and imports one from a file (Import/Export view)', { timeout: 180_000 }, async () => {
    const S = t.importExport;
    await tab(t.views.importExport).click();
    await sim.pane.getByLabel(S.format, { exact: true }).selectOption({ label: S.formatOutlookCsv });
    await sim.pane.getByLabel(S.folder, { exact: true }).selectOption({ label: S.allFolders });
    const downloaded: Promise<Download> = sim.page.waitForEvent('download', { timeout: 60_000 });
    await sim.pane.getByRole('button', { name: S.exportButton, exact: true }).click();
    const file = (await downloaded).suggestedFilename();
    const result = sim.pane.getByTestId('export-result');
    const exported = Number(await result.getAttribute('data-count', { timeout: 60_000 }));
    expect(exported).toBeGreaterThanOrEqual(DEMO_CONTACTS);
    expect(await result.textContent()).toBe(pluralOf(S.exported, exported, { file }));

    tempDir = await mkdtemp(path.join(os.tmpdir(), 'contact-bridge-languages-'));
    const csvPath = path.join(tempDir, 'contacts.csv');
    await writeFile(csvPath, `${GOOGLE_CSV}\r\n`);
    await sim.pane.getByLabel(S.importFile).setInputFiles(csvPath);
    const preview = sim.pane.getByTestId('import-preview');
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.textContent()).toContain(IMPORTED_ADDRESS);
    await sim.pane.getByRole('button', { name: S.importButton, exact: true }).click();
    const status = sim.pane.getByTestId('import-report').getByRole('status');
    await status.waitFor({ timeout: 60_000 });
    expect(await status.textContent()).toBe(fill(S.reportCounts, { created: 1, updated: 0, skipped: 0, rejected: 0 }));
    await eventually(async () => (await graphContactsWith(harness, USER_ADDRESS, IMPORTED_ADDRESS)).length, SYNC_TIMEOUT_MS).toBe(1);
  });

  it('fits its view tabs in a 320 px pane or scrolls them, each chosen tab wholly in view with its focus ring', async () => {
    await sim.page.evaluate((width) => {
      (document.querySelector('.sim-pane') as HTMLElement).style.width = `${width}px`;
    }, NARROW_PANE_PX);
    const frame = await sim.paneFrame();
    await eventually(() => frame.evaluate(() => document.documentElement.clientWidth)).toBe(NARROW_PANE_PX);
    /** The focused tab, whether it lies wholly inside the tab bar's visible box, ring included, and the bar's state. */
    const focused = () =>
      frame.evaluate((fade) => {
        const list = document.querySelector<HTMLElement>('[role="tablist"]');
        const tab = document.activeElement;
        if (!list || !(tab instanceof HTMLElement) || tab.getAttribute('role') !== 'tab') return { name: null };
        const style = getComputedStyle(tab);
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const bounds = list.getBoundingClientRect();
        const box = tab.getBoundingClientRect();
        const fades = { start: list.classList.contains('tab-bar--more-start'), end: list.classList.contains('tab-bar--more-end') };
        return {
          name: tab.textContent,
          selected: tab.getAttribute('aria-selected'),
          ring: tab.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          inView: box.left - ring >= bounds.left - 0.5 && box.right + ring <= bounds.right + 0.5 && box.top - ring >= bounds.top - 0.5 && box.bottom + ring <= bounds.bottom + 0.5,
          overflows: list.scrollWidth > list.clientWidth,
          scrolls: getComputedStyle(list).overflowX === 'auto',
          fades,
          clearOfFades: (!fades.start || box.left >= bounds.left + fade - 0.5) && (!fades.end || box.right <= bounds.right - fade + 0.5),
          pageScrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        };
      }, EDGE_FADE_PX);
    const views = [t.views.message, t.views.contacts, t.views.sync, t.views.importExport, t.views.settings];
    await tab(views[0] ?? '').click();
    await sim.page.keyboard.press('End');
    await sim.page.keyboard.press('Home');
    for (const [index, name] of views.entries()) {
      if (index > 0) await sim.page.keyboard.press('ArrowRight');
      const state = await focused();
      expect(state).toMatchObject({ name, selected: 'true', ring: true, inView: true, clearOfFades: true, pageScrollsSideways: false });
      // Labels wider than the pane scroll inside the bar, and an edge with tabs beyond it fades.
      if (!state.overflows) expect(state.fades).toEqual({ start: false, end: false });
      else if (index === 0) expect(state).toMatchObject({ scrolls: true, fades: { start: false, end: true } });
      else if (index === views.length - 1) expect(state).toMatchObject({ scrolls: true, fades: { start: true, end: false } });
    }
    await sim.page.evaluate(() => {
      (document.querySelector('.sim-pane') as HTMLElement).style.width = '';
    });
  });
});
