// Moving a contact to another folder in the Contacts view, end to end against the Graph emulator: the contact
// shows in the target folder at once; once the outbox has carried the move (create in the target, photo, delete
// where it was), Graph holds it only in the target folder, with its categories and its photo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../../emulator/seed/seed-photo.js';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith, openSyncedContacts, signInWithDemoDialog, SYNC_TIMEOUT_MS } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const ADDRESS = 'emma.johnson@northwind.example';
const SEEDED_CONTACTS = 20;
const PHOTO = makePng(24, [200, 40, 90]);

let harness: BrowserHarness;
let sim: SimulatorPage;
let folderId: string;
let originalId: string;

const rowNamed = (name: string) => sim.pane.getByTestId('contact-row').filter({ has: sim.pane.locator('.contact-list__name', { hasText: name }) });

async function graph(method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown, contentType = 'application/json') {
  const token = harness.emulator.mintToken(USER_ADDRESS, ['Contacts.ReadWrite']);
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': contentType };
  const data = body instanceof Buffer ? body : body === undefined ? undefined : JSON.stringify(body);
  return harness.context.request.fetch(`${harness.emulator.graphUrl}/me/${path}`, { method, headers, ...(data === undefined ? {} : { data }) });
}

async function contactsIn(folder: string): Promise<Record<string, unknown>[]> {
  const response = await graph('GET', `contactFolders/${folder}/contacts?$top=100`);
  return ((await response.json()) as { value: Record<string, unknown>[] }).value.filter((contact) => JSON.stringify(contact.emailAddresses).includes(ADDRESS));
}

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  // Before the pane's first sync: a folder to move to, and a photo and categories on the contact to move.
  folderId = ((await (await graph('POST', 'contactFolders', { displayName: 'Clients' })).json()) as { id: string }).id;
  const [original] = await graphContactsWith(harness, USER_ADDRESS, ADDRESS);
  originalId = String(original?.id);
  expect((await graph('PATCH', `contacts/${originalId}`, { categories: ['Red category', 'Key account'] })).status()).toBe(200);
  expect((await graph('PUT', `contacts/${originalId}/photo/$value`, PHOTO, 'image/png')).status()).toBe(200);
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signInWithDemoDialog(harness, sim, USER, 30_000);
  await openSyncedContacts(sim, SEEDED_CONTACTS);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('moving a contact in the Contacts view', () => {
  it('moves a contact by keyboard: shown in the target at once, then in Graph only there, with its categories and photo', { timeout: 180_000 }, async () => {
    await sim.pane.getByLabel('Search contacts').fill(ADDRESS);
    const row = rowNamed('Emma Johnson');
    await eventually(() => row.count(), 30_000).toBe(1);
    await row.getByRole('button', { expanded: false }).focus();
    await row.getByRole('button', { expanded: false }).press('Enter');
    await row.getByTestId('contact-card').filter({ hasText: 'Red category' }).waitFor();
    const open = row.getByRole('button', { name: 'Move to folder…' });
    await open.focus();
    await open.press('Enter');
    const form = sim.pane.getByRole('form', { name: 'Move to another folder' });
    const choice = form.getByLabel('Move to');
    await eventually(() => choice.evaluate((element) => element === document.activeElement)).toBe(true);
    await choice.selectOption({ label: 'Clients' });
    await choice.press('Tab');
    await form.getByRole('button', { name: 'Move' }).press('Enter');

    // Local first: the mirror shows the contact in the target folder before Graph has it there.
    await sim.pane.getByLabel('Folder', { exact: true }).selectOption({ label: 'Clients' });
    await rowNamed('Emma Johnson').waitFor();
    await eventually(async () => (await contactsIn(folderId)).length, SYNC_TIMEOUT_MS).toBe(1);
    await eventually(async () => (await graphContactsWith(harness, USER_ADDRESS, ADDRESS)).length, SYNC_TIMEOUT_MS).toBe(0);

    const [moved] = await contactsIn(folderId);
    expect(moved).toMatchObject({ displayName: 'Emma Johnson', parentFolderId: folderId, categories: ['Red category', 'Key account'] });
    expect(moved?.id).not.toBe(originalId);
    const photo = await graph('GET', `contacts/${String(moved?.id)}/photo/$value`);
    expect(photo.status()).toBe(200);
    expect(Buffer.from(await photo.body()).equals(PHOTO)).toBe(true);
    expect((await graph('GET', `contacts/${originalId}`)).status()).toBe(404);
    // The card in the target folder shows the photo.
    const card = rowNamed('Emma Johnson').getByTestId('contact-card');
    if ((await card.count()) === 0) await rowNamed('Emma Johnson').getByRole('button', { expanded: false }).click();
    await eventually(() => card.getAttribute('data-photo'), SYNC_TIMEOUT_MS).toBe('shown');
  });
});
