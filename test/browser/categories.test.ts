// Categories end to end in the simulator: a contact's categories show as chips in the Contacts list and on its
// card; their colours need MailboxSettings.Read, asked for (Permission needed) when the editor first lists the
// categories, never at sign-in nor by merely showing a contact; once granted, the chips take Outlook's colours. In the editor a category is
// assigned from the master list and saved to Graph; a new category (name and colour) asks for
// MailboxSettings.ReadWrite when it is created, lands in the master list in Graph, and is assigned.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith as graphContactsWithIn, openSyncedContacts, signInWithDemoDialog, SYNC_TIMEOUT_MS } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const ADDRESS = 'john.doe@fabrikam.example';
const SEEDED_CONTACTS = 50;

let harness: BrowserHarness;
let sim: SimulatorPage;
const authorizeScopes: string[][] = [];

function recordAuthorize(request: Request): void {
  const url = new URL(request.url());
  if (url.pathname.endsWith('/oauth2/v2.0/authorize')) authorizeScopes.push((url.searchParams.get('scope') ?? '').split(' '));
}

const row = () => sim.pane.getByTestId('contact-row').filter({ has: sim.pane.locator('.contact-list__name', { hasText: 'John Doe' }) });
/** The chip in the list row (the card shows the same chips under it). */
const chip = (name: string) => row().locator('.contact-list__row').getByTestId('category-chip').filter({ hasText: name });
const cardChip = (name: string) => row().getByTestId('contact-card').getByTestId('category-chip').filter({ hasText: name });

async function graphCategories(): Promise<{ displayName: string; color: string }[]> {
  const token = harness.emulator.mintToken(USER_ADDRESS, ['MailboxSettings.Read']);
  const response = await harness.context.request.get(`${harness.emulator.graphUrl}/me/outlook/masterCategories`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await response.json()) as { value: { displayName: string; color: string }[] }).value;
}

async function graphCategoriesOfContact(): Promise<readonly string[]> {
  const [contact] = await graphContactsWithIn(harness, USER_ADDRESS, ADDRESS);
  return (contact?.categories as string[] | undefined) ?? [];
}

/** Opens John Doe's editor and its Categories group. */
async function editCategories() {
  if ((await row().getByTestId('contact-card').count()) === 0) await row().getByRole('button', { expanded: false }).click();
  await row().getByTestId('contact-card').getByRole('button', { name: 'Edit' }).click();
  const form = row().getByRole('form', { name: 'Edit contact' });
  await form.waitFor();
  await form.locator('summary', { hasText: 'Categories' }).first().click();
  return { form, picker: form.getByTestId('category-picker') };
}

async function grantInDialog(opened: Promise<Page>, scope: string): Promise<void> {
  const dialog = await opened;
  await eventually(() => dialog.getByRole('region', { name: 'This app will be able to' }).textContent()).toContain(scope);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
}

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  harness.context.on('request', recordAuthorize);
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signInWithDemoDialog(harness, sim, USER, 30_000);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('categories in the simulator', { timeout: 180_000 }, () => {
  it('shows categories as chips without asking for anything, and asks for MailboxSettings.Read when the editor lists them', async () => {
    await openSyncedContacts(sim, SEEDED_CONTACTS);
    await sim.pane.getByLabel('Search contacts').fill(ADDRESS);
    await eventually(() => chip('Clients').count(), 30_000).toBe(1);
    expect(await chip('Clients').getAttribute('data-color')).toBe('unlisted');
    const notice = sim.pane.getByRole('alert', { name: 'Permission needed' });
    expect(await notice.count()).toBe(0);
    expect(authorizeScopes.flat()).not.toContain('MailboxSettings.Read');
    const { form } = await editCategories();
    await eventually(() => notice.textContent(), 30_000).toContain('MailboxSettings.Read');
    const opened = harness.context.waitForEvent('page');
    await notice.getByRole('button', { name: 'Grant permission' }).click();
    await grantInDialog(opened, 'MailboxSettings.Read');
    await eventually(() => chip('Clients').getAttribute('data-color'), 30_000).toBe('preset0');
    const swatch = await chip('Clients').locator('.category-chip__swatch').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(swatch).toBe('rgb(209, 52, 56)');
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('assigns a master category in the editor, saves it to Graph and shows its coloured chip', async () => {
    const { form, picker } = await editCategories();
    await eventually(() => picker.getByRole('checkbox', { name: 'VIP', exact: true }).count()).toBe(1);
    expect(await picker.getByRole('checkbox', { name: 'Clients', exact: true }).isChecked()).toBe(true);
    await picker.getByRole('checkbox', { name: 'VIP', exact: true }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await eventually(() => chip('VIP').getAttribute('data-color'), 10_000).toBe('preset7');
    expect(await cardChip('VIP').getAttribute('data-color')).toBe('preset7');
    await eventually(graphCategoriesOfContact, SYNC_TIMEOUT_MS).toEqual(['Clients', 'VIP']);
  });

  it('creates a category with a colour, asking for MailboxSettings.ReadWrite then, and assigns it', async () => {
    expect(authorizeScopes.flat()).not.toContain('MailboxSettings.ReadWrite');
    const { form, picker } = await editCategories();
    await picker.locator('summary', { hasText: 'New category' }).click();
    await picker.getByLabel('Category name').fill('Golf partners');
    await picker.getByLabel('Colour').selectOption({ label: 'Green' });
    const opened = harness.context.waitForEvent('page');
    await picker.getByRole('button', { name: 'Create category' }).click();
    await grantInDialog(opened, 'MailboxSettings.ReadWrite');
    await eventually(() => picker.getByRole('status').filter({ hasText: 'Golf partners' }).count(), 30_000).toBe(1);
    expect(await picker.getByRole('checkbox', { name: 'Golf partners', exact: true }).isChecked()).toBe(true);
    expect(await graphCategories()).toContainEqual(expect.objectContaining({ displayName: 'Golf partners', color: 'preset4' }));
    await form.getByRole('button', { name: 'Save' }).click();
    await eventually(() => chip('Golf partners').getAttribute('data-color'), 10_000).toBe('preset4');
    await eventually(graphCategoriesOfContact, SYNC_TIMEOUT_MS).toEqual(['Clients', 'VIP', 'Golf partners']);
  });
});
