// The Contacts view end to end in the simulator: after sign-in and the first sync it lists the demo mailbox's
// contacts from the local mirror (real IndexedDB) with a count and a window, narrows them as the user searches,
// opens a contact's card, saves an edit locally at once and pushes it to the Graph emulator, and shows a contact
// another Outlook client added once "Sync now" has run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith as graphContactsWithIn, signInWithDemoDialog } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const DEMO_CONTACTS = 2_000;
const SYNC_TIMEOUT_MS = 90_000;

let harness: BrowserHarness;
let sim: SimulatorPage;

const count = () => sim.pane.getByTestId('contacts-count').textContent();
const rows = () => sim.pane.getByTestId('contact-row');
const rowOf = (name: string) => rows().filter({ has: sim.pane.locator('.contact-list__name', { hasText: name }) });
const names = () => sim.pane.locator('.contact-list__name').allTextContents();
const search = (text: string) => sim.pane.getByLabel('Search contacts').fill(text);

const signIn = () => signInWithDemoDialog(harness, sim, USER, 30_000);

const graphContactsWith = (address: string) => graphContactsWithIn(harness, USER_ADDRESS, address);

async function openContacts(): Promise<void> {
  await sim.pane.getByRole('tab', { name: 'Contacts' }).click();
  await sim.pane.getByLabel('Search contacts').waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: DEMO_CONTACTS } });
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signIn();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('the Contacts view in the simulator', () => {
  it('lists the synced demo contacts in name order, one page at a time, with their count', { timeout: 180_000 }, async () => {
    await openContacts();
    await eventually(count, SYNC_TIMEOUT_MS).toBe('Showing 200 of 2,000 contacts');
    // Virtualized: only the rows in view (and a few either side) are in the page.
    expect(await rows().count()).toBeGreaterThan(5);
    expect(await rows().count()).toBeLessThan(60);
    const shown = await names();
    // The mirror's name order: names with accents folded, lower-cased, compared by code unit.
    const key = (name: string) => name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    expect(shown).toEqual([...shown].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));
    await sim.pane.getByRole('button', { name: 'Show 200 more' }).click();
    await eventually(count, 30_000).toBe('Showing 400 of 2,000 contacts');
    // Scrolled to the end of what is loaded, the list loads the next page by itself.
    await sim.pane.locator('.contact-list__viewport').evaluate((viewport) => viewport.scrollTo({ top: viewport.scrollHeight }));
    await eventually(count, 30_000).toBe('Showing 600 of 2,000 contacts');
    expect(await rows().count()).toBeLessThan(60);
  });

  it('draws the list in the host’s light and dark themes', { timeout: 60_000 }, async () => {
    await openContacts();
    const nameColor = () => sim.pane.locator('.contact-list__name').first().evaluate((el) => getComputedStyle(el).color);
    await sim.setTheme('dark');
    await eventually(nameColor, 30_000).toBe('rgb(255, 255, 255)');
    await sim.setTheme('light');
    await eventually(nameColor, 30_000).toBe('rgb(36, 36, 36)');
  });

  it('narrows the list by the words of a name, an e-mail address or phone digits', { timeout: 60_000 }, async () => {
    await openContacts();
    await search('john.doe@fabrikam');
    await eventually(count, 30_000).toBe('1 match');
    expect(await names()).toEqual(['John Doe']);
    await search('+1 (206) 555-0142');
    await eventually(names, 30_000).toEqual(['John Doe']);
    // A name shared by many: the list draws only the rows in view, each of them a Priya.
    await search('priya');
    await eventually(async () => {
      const shown = await names();
      return shown.length > 0 && shown.every((name) => /\bPriya\b/.test(name));
    }, 30_000).toBe(true);
    await search('priya.sharma@');
    await eventually(names, 30_000).toEqual(['Priya Sharma']);
    // A full name, its words in any order, case and accents: every word the start of a word of the contact.
    for (const typed of ['Priya Sharma', 'SHARMA príya']) {
      await search(typed);
      await eventually(async () => {
        const shown = await names();
        return shown.includes('Priya Sharma') && shown.every((name) => /\bPriya\b/.test(name) && /\bSharma/.test(name));
      }, 30_000).toBe(true);
    }
  });

  it('shows the card of the selected contact and saves an edit locally at once, then in Outlook', { timeout: 180_000 }, async () => {
    await openContacts();
    await search('john.doe@fabrikam');
    const row = rowOf('John Doe');
    await row.getByRole('button', { expanded: false }).click();
    const card = row.getByTestId('contact-card');
    await eventually(() => card.textContent(), 30_000).toContain('Purchasing Manager');
    expect(await card.textContent()).toContain('Fabrikam Inc.');
    await card.getByRole('button', { name: 'Edit' }).click();
    const form = row.getByRole('form', { name: 'Edit contact' });
    await form.getByLabel('Job title').fill('Head of Purchasing');
    await form.getByRole('button', { name: 'Save' }).click();
    await eventually(() => card.textContent(), 10_000).toContain('Head of Purchasing');
    await eventually(async () => (await graphContactsWith('john.doe@fabrikam.example'))[0]?.jobTitle, SYNC_TIMEOUT_MS).toBe('Head of Purchasing');
    await eventually(() => card.textContent(), SYNC_TIMEOUT_MS).not.toContain('Waiting to be saved to Outlook');
  });

  it('lists a contact another Outlook client added once Sync now has run', { timeout: 180_000 }, async () => {
    const created = await harness.context.request.fetch(`${harness.baseUrl}/_emulator/remote/v1.0/me/contacts`, {
      method: 'POST',
      data: { givenName: 'Zanele', surname: 'Mokoena', displayName: 'Zanele Mokoena', emailAddresses: [{ address: 'zanele.mokoena@tailwind.example', name: 'Zanele Mokoena' }], companyName: 'Tailwind Traders' },
    });
    expect(created.status()).toBe(201);
    await sim.pane.getByRole('tab', { name: 'Sync' }).click();
    await sim.pane.getByRole('button', { name: 'Sync now' }).click();
    await openContacts();
    await eventually(count, SYNC_TIMEOUT_MS).toBe('Showing 200 of 2,001 contacts');
    await search('Mokoena');
    await eventually(names, 30_000).toEqual(['Zanele Mokoena']);
    expect(await rowOf('Zanele Mokoena').textContent()).toContain('Tailwind Traders · zanele.mokoena@tailwind.example');
    // Uncaught errors and console errors of the pane; resources the sign-in pages load are another test's concern.
    expect(harness.pageErrors.filter((error) => !error.includes('Failed to load resource'))).toEqual([]);
  });
});
