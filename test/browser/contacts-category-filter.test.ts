// The Contacts view's category filter in Chromium over the real IndexedDB mirror, synced from the Graph emulator:
// the categories the contacts carry in Graph are offered, and the one chosen narrows the list together with the
// search and the folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith, openSyncedContacts, signInWithDemoDialog } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const SEEDED_CONTACTS = 20;
const IN_CATEGORY = ['emma.johnson@northwind.example', 'priya.sharma@relecloud.example.in', 'john.doe@fabrikam.example'];

let harness: BrowserHarness;
let sim: SimulatorPage;

const names = () => sim.pane.locator('.contact-list__name').allTextContents();
const filter = () => sim.pane.getByRole('group', { name: 'Filter by category' });

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  const token = harness.emulator.mintToken(USER_ADDRESS, ['Contacts.ReadWrite']);
  // Before the pane's first sync: three contacts in a category of their own.
  for (const address of IN_CATEGORY) {
    const [contact] = await graphContactsWith(harness, USER_ADDRESS, address);
    const response = await harness.context.request.patch(`${harness.emulator.graphUrl}/me/contacts/${String(contact?.id)}`, {
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      data: { categories: [...((contact?.categories as string[] | undefined) ?? []), 'Trade fair 2026'] },
    });
    expect(response.status()).toBe(200);
  }
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signInWithDemoDialog(harness, sim, USER, 30_000);
  await openSyncedContacts(sim, SEEDED_CONTACTS);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('the category filter in the Contacts view', () => {
  it('narrows the list to a category, then with the search, and shows every contact again', { timeout: 120_000 }, async () => {
    const option = filter().getByRole('button', { name: 'Trade fair 2026' });
    await option.waitFor({ timeout: 30_000 });
    await option.click();
    await eventually(() => option.getAttribute('aria-pressed')).toBe('true');
    await sim.pane.getByTestId('contacts-count').filter({ hasText: '3 contacts' }).waitFor();
    expect((await names()).sort()).toEqual(['Emma Johnson', 'John Doe', 'Priya Sharma']);

    await sim.pane.getByLabel('Search contacts').fill('priya');
    await eventually(() => names()).toEqual(['Priya Sharma']);
    await sim.pane.getByLabel('Search contacts').fill('');
    await eventually(async () => (await names()).length).toBe(3);

    await filter().getByRole('button', { name: 'All categories' }).click();
    await sim.pane.getByTestId('contacts-count').filter({ hasText: `${SEEDED_CONTACTS} contacts` }).waitFor();
  });
});
