// Contact and folder operations in the Contacts view, end to end against the Graph emulator: a new contact saved
// through the outbox and read back from Graph; an edit, a delete and its Undo (the contact stays in Graph); a
// delete let go (gone from Graph); a folder created, renamed and deleted with its contacts, as Graph then holds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith, signInWithDemoDialog } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const SEEDED_CONTACTS = 20;
const SYNC_TIMEOUT_MS = 90_000;

let harness: BrowserHarness;
let sim: SimulatorPage;

const inGraph = (address: string) => graphContactsWith(harness, USER_ADDRESS, address);
const rowNamed = (name: string) => sim.pane.getByTestId('contact-row').filter({ has: sim.pane.locator('.contact-list__name', { hasText: name }) });

/** How many entries wait in the pane's outbox (IndexedDB). */
async function outboxCount(): Promise<number> {
  const frame = await sim.paneFrame();
  return frame.evaluate(async () => {
    const key = (window as unknown as Record<string, { getState(): { account?: { key: string } } }>).__contactBridgeSignIn?.getState().account?.key;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`contact-bridge-mirror@${key ?? ''}`);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open'));
    });
    try {
      const request = db.transaction('outbox', 'readonly').objectStore('outbox').count();
      return await new Promise<number>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('count'));
      });
    } finally {
      db.close();
    }
  });
}

/** Finds the contact by its address and opens its card. */
async function openCard(name: string, address: string) {
  await sim.pane.getByLabel('Search contacts').fill(address);
  const row = rowNamed(name);
  await eventually(() => row.count(), 30_000).toBe(1);
  if ((await row.getByTestId('contact-card').count()) === 0) await row.getByRole('button', { expanded: false }).click();
  const card = row.getByTestId('contact-card');
  await card.waitFor();
  return { row, card };
}

/** A Graph GET in the user's mailbox on the emulator, with a minted token. */
async function graphGet(path: string): Promise<Record<string, unknown>> {
  const token = harness.emulator.mintToken(USER_ADDRESS, ['Contacts.ReadWrite']);
  const response = await harness.context.request.get(`${harness.emulator.graphUrl}/me/${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (response.status() !== 200) throw new Error(`Graph answered ${response.status()} to ${path}`);
  return (await response.json()) as Record<string, unknown>;
}

const graphFolders = async () => ((await graphGet('contactFolders')).value as { id: string; displayName: string }[]);

async function openContacts(): Promise<void> {
  await sim.pane.getByRole('tab', { name: 'Contacts' }).click();
  await sim.pane.getByLabel('Search contacts').waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signInWithDemoDialog(harness, sim, USER, 30_000);
  await openContacts();
  await sim.pane.getByTestId('contacts-count').filter({ hasText: `${SEEDED_CONTACTS} contacts` }).waitFor({ timeout: SYNC_TIMEOUT_MS });
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('contact operations in the Contacts view', () => {
  it('creates a contact with several fields from Alt+N, and Graph holds it once, in the default folder', { timeout: 180_000 }, async () => {
    const address = 'grace.hopper@navy.example';
    await sim.pane.getByLabel('Search contacts').click();
    await sim.pane.getByLabel('Search contacts').press('Alt+n');
    const form = sim.pane.getByRole('form', { name: 'New contact' });
    await form.waitFor();
    await form.getByLabel('First name', { exact: true }).fill('Grace');
    await form.getByLabel('Last name', { exact: true }).fill('Hopper');
    await form.getByLabel('E-mail', { exact: true }).fill(address);
    await form.getByLabel('Mobile phone', { exact: true }).fill('+1 202 555 0199');
    await form.getByLabel('Company', { exact: true }).fill('US Navy');
    await form.getByLabel('Job title', { exact: true }).fill('Rear Admiral');
    await form.locator('summary', { hasText: 'Personal' }).click();
    await form.getByLabel('Birthday').fill('1906-12-09');
    await form.getByRole('button', { name: 'Save' }).click();

    await eventually(() => form.count()).toBe(0);
    const card = rowNamed('Grace Hopper').getByTestId('contact-card');
    await card.waitFor();
    await eventually(() => card.textContent(), SYNC_TIMEOUT_MS).not.toContain('Waiting to be saved to Outlook');
    const saved = await inGraph(address);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ givenName: 'Grace', surname: 'Hopper', mobilePhone: '+1 202 555 0199', companyName: 'US Navy', jobTitle: 'Rear Admiral' });
    expect(String(saved[0]?.birthday)).toMatch(/^1906-12-09T/);
  });

  it('edits a contact, deletes it and undoes the delete: it is back, nothing waits, and Graph still holds it as edited', { timeout: 180_000 }, async () => {
    const address = 'emma.johnson@northwind.example';
    const { row, card } = await openCard('Emma Johnson', address);
    await card.getByRole('button', { name: 'Edit' }).click();
    const form = row.getByRole('form', { name: 'Edit contact' });
    await form.getByLabel('Job title', { exact: true }).fill('Head of Logistics');
    await form.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => (await inGraph(address))[0]?.jobTitle, SYNC_TIMEOUT_MS).toBe('Head of Logistics');
    await eventually(() => outboxCount(), SYNC_TIMEOUT_MS).toBe(0);

    await row.getByTestId('contact-card').getByRole('button', { name: 'Delete' }).click();
    const bar = sim.pane.getByTestId('undo-delete');
    await bar.filter({ hasText: 'Deleted “Emma Johnson”.' }).waitFor();
    await eventually(() => rowNamed('Emma Johnson').count()).toBe(0);
    expect(await outboxCount()).toBe(1);
    await bar.getByRole('button', { name: 'Undo' }).click();
    await bar.filter({ hasText: 'Restored “Emma Johnson”.' }).waitFor();
    await eventually(() => rowNamed('Emma Johnson').count()).toBe(1);
    expect(await outboxCount()).toBe(0);
    expect(await inGraph(address)).toEqual([expect.objectContaining({ displayName: 'Emma Johnson', jobTitle: 'Head of Logistics' })]);
    await bar.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('deletes a contact whose Undo bar is dismissed: the delete goes out at once and Graph no longer holds it', { timeout: 180_000 }, async () => {
    const address = 'priya.sharma@relecloud.example.in';
    const { card } = await openCard('Priya Sharma', address);
    expect(await inGraph(address)).toHaveLength(1);
    await card.getByRole('button', { name: 'Delete' }).click();
    const bar = sim.pane.getByTestId('undo-delete');
    await bar.filter({ hasText: 'Deleted “Priya Sharma”.' }).waitFor();
    await bar.getByRole('button', { name: 'Dismiss' }).click();
    await eventually(async () => (await inGraph(address)).length, SYNC_TIMEOUT_MS).toBe(0);
    await eventually(() => outboxCount(), SYNC_TIMEOUT_MS).toBe(0);
    expect(await rowNamed('Priya Sharma').count()).toBe(0);
  });

  it('creates, renames and deletes a folder with its contacts, asking first with their count; Graph follows each step', { timeout: 180_000 }, async () => {
    await sim.pane.getByLabel('Search contacts').fill('');
    await sim.pane.getByRole('button', { name: 'New folder' }).click();
    const form = sim.pane.getByRole('form', { name: 'New folder' });
    await form.getByLabel('Folder name').fill('Conference 2026');
    await form.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => (await graphFolders()).filter((folder) => folder.displayName === 'Conference 2026').length).toBe(1);
    const made = (await graphFolders()).find((folder) => folder.displayName === 'Conference 2026')!;
    expect(await sim.pane.getByLabel('Folder', { exact: true }).inputValue()).toBe(made.id);

    // A contact filed in it: New contact saves into the folder shown.
    await sim.pane.getByRole('button', { name: 'New contact' }).click();
    const contact = sim.pane.getByRole('form', { name: 'New contact' });
    await contact.getByLabel('First name', { exact: true }).fill('Ada');
    await contact.getByLabel('Last name', { exact: true }).fill('Speaker');
    await contact.getByLabel('E-mail', { exact: true }).fill('ada.speaker@conference.example');
    await contact.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => ((await graphGet(`contactFolders/${made.id}/contacts`)).value as unknown[]).length, SYNC_TIMEOUT_MS).toBe(1);

    await sim.pane.getByRole('button', { name: 'Rename folder' }).click();
    const rename = sim.pane.getByRole('form', { name: 'Rename “Conference 2026”' });
    await rename.getByLabel('Folder name').fill('Conference 2026 speakers');
    await rename.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => (await graphFolders()).find((folder) => folder.id === made.id)?.displayName).toBe('Conference 2026 speakers');
    await sim.pane.getByRole('option', { name: 'Conference 2026 speakers' }).waitFor({ state: 'attached' });

    await sim.pane.getByRole('button', { name: 'Delete folder' }).click();
    const confirm = sim.pane.getByRole('alertdialog', { name: 'Delete “Conference 2026 speakers”' });
    await confirm.filter({ hasText: 'Contacts deleted with it: 1.' }).waitFor();
    await confirm.getByRole('button', { name: 'Delete folder and contacts' }).click();
    await eventually(async () => (await graphFolders()).some((folder) => folder.id === made.id)).toBe(false);
    await eventually(() => sim.pane.getByRole('option', { name: 'Conference 2026 speakers' }).count()).toBe(0);
    await sim.pane.getByLabel('Search contacts').fill('ada.speaker@conference.example');
    await eventually(() => rowNamed('Ada Speaker').count()).toBe(0);
  });
});
