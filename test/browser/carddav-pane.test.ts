// The CardDAV section in Chromium against a real Radicale on loopback that sends CORS headers for the pane's
// origin: a pairing configured in the pane (discovery lists the books), a first sync that copies the Outlook
// folder to the book, an edit in the pane's contact editor that reaches the card on the next sync (read back
// from Radicale with a plain GET), a remembered password that survives a reload encrypted in IndexedDB and that
// Forget removes, a field changed on both sides in the Sync view's conflict log, the safety stop asking before deletes, and a second Radicale without CORS headers explained.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, TASK_PANE_TITLE, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { openSyncedContacts, signInWithDemoDialog, SYNC_TIMEOUT_MS } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';
import { screenshotPath } from '../support/screenshot-path.js';
import { startRadicale, type RadicaleServer } from '../support/start-radicale.js';

const USER = 'Dana Whitfield';
const SEEDED_CONTACTS = 20;
const DAV_USER = 'dana';
const DAV_PASSWORD = 'correct horse battery staple';

let harness: BrowserHarness;
let sim: SimulatorPage;
let radicale: RadicaleServer;
let withoutCors: RadicaleServer;

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  radicale = await startRadicale({ corsOrigin: harness.baseUrl });
  withoutCors = await startRadicale();
  await radicale.createBook(DAV_USER, 'contacts');
  sim = await harness.openSimulator();
  await signInWithDemoDialog(harness, sim, USER, 30_000);
  await openSyncedContacts(sim, SEEDED_CONTACTS);
}, 180_000);

afterAll(async () => {
  await harness?.close();
  await radicale?.stop();
  await withoutCors?.stop();
});

const davAuth = { Authorization: `Basic ${Buffer.from(`${DAV_USER}:x`).toString('base64')}` };

/** The cards of the book as Radicale serves them: a GET of the collection answers every card. */
async function cardsOnServer(): Promise<string[]> {
  const response = await fetch(`${radicale.url}/${DAV_USER}/contacts/`, { headers: davAuth });
  if (!response.ok) throw new Error(`GET of the book answered ${response.status}`);
  const text = await response.text();
  return text.split(/(?=BEGIN:VCARD)/).filter((card) => card.startsWith('BEGIN:VCARD'));
}

const section = () => sim.pane.locator('.carddav-section');
const pairing = () => section().getByTestId('carddav-pairing');
const syncPairing = () => pairing().getByRole('button', { name: 'Sync contacts with Contacts now' });
const summaryOf = (side: 'outlook' | 'carddav') => pairing().getByTestId(`carddav-summary-${side}`);

async function openSection(): Promise<void> {
  await sim.pane.getByRole('tab', { name: 'Import/Export' }).click();
  await section().waitFor({ timeout: 30_000 });
}

async function fillServer(url: string): Promise<void> {
  await section().getByLabel('Server URL').fill(url);
  await section().getByLabel('User name').fill(DAV_USER);
  await section().getByLabel('Password or app password').fill(DAV_PASSWORD);
}

async function syncAndWait(): Promise<void> {
  await syncPairing().click();
  await eventually(() => syncPairing().isEnabled(), SYNC_TIMEOUT_MS).toBe(true);
}

/** Edits John Doe's job title in the Contacts view's editor. */
async function editJobTitleInPane(title: string): Promise<void> {
  await sim.pane.getByRole('tab', { name: 'Contacts' }).click();
  await sim.pane.getByLabel('Search contacts').fill('john.doe@fabrikam.example');
  const row = sim.pane.getByTestId('contact-row').filter({ has: sim.pane.locator('.contact-list__name', { hasText: 'John Doe' }) });
  await eventually(() => row.count(), 30_000).toBe(1);
  if ((await row.getByTestId('contact-card').count()) === 0) await row.getByRole('button', { expanded: false }).click();
  await row.getByTestId('contact-card').getByRole('button', { name: 'Edit' }).click();
  const form = row.getByRole('form', { name: 'Edit contact' });
  await form.getByLabel('Job title', { exact: true }).fill(title);
  await form.getByRole('button', { name: 'Save' }).click();
  await eventually(() => row.getByRole('form', { name: 'Edit contact' }).count()).toBe(0);
}

/** The hrefs of the book's cards, from a PROPFIND Depth 1. */
async function cardHrefs(): Promise<string[]> {
  const listing = await fetch(`${radicale.url}/${DAV_USER}/contacts/`, { method: 'PROPFIND', headers: { ...davAuth, Depth: '1' } });
  return [...(await listing.text()).matchAll(/<href>([^<]+\.vcf)<\/href>/g)].map((match) => match[1] ?? '');
}

/** Another CardDAV client changes John Doe's TITLE on the server, with a REV of the same moment. */
async function editJobTitleOnServer(title: string): Promise<void> {
  for (const href of await cardHrefs()) {
    const card = await (await fetch(`${radicale.url}${href}`, { headers: davAuth })).text();
    if (!card.includes('FN:John Doe')) continue;
    const rev = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    const edited = card.replace(/^TITLE:.*$/m, `TITLE:${title}\r`).replace(/^REV:.*$/m, `REV:${rev}\r`);
    const put = await fetch(`${radicale.url}${href}`, { method: 'PUT', headers: { ...davAuth, 'Content-Type': 'text/vcard; charset=utf-8' }, body: edited });
    expect(put.status).toBeLessThan(300);
    return;
  }
  throw new Error('John Doe has no card on the server.');
}

describe('the CardDAV section of the pane', { timeout: 180_000 }, () => {
  it('finds the books on the server, pairs one with the Contacts folder and copies the folder to it', async () => {
    await openSection();
    await fillServer(`${radicale.url}/`);
    await section().getByLabel('Remember the password on this device (encrypted)').check();
    await section().getByRole('button', { name: 'Find address books' }).click();
    const book = section().getByLabel('Address book');
    await book.waitFor({ timeout: 60_000 });
    expect(await book.locator('option').allTextContents()).toEqual(['contacts']);
    expect(await section().getByLabel('Outlook folder').locator('option:checked').textContent()).toBe('Contacts');
    await section().getByLabel('Mapping').selectOption({ label: 'vCard 4.0' });
    await section().getByLabel('Direction').selectOption({ label: 'Both ways' });
    await section().getByRole('button', { name: 'Add pairing' }).click();
    await pairing().waitFor();
    expect(await pairing().textContent()).toContain('contacts ↔ Contacts');
    expect(await section().getByTestId('carddav-password-state').textContent()).toBe('Password remembered on this device');

    await syncAndWait();
    await eventually(() => summaryOf('carddav').textContent(), SYNC_TIMEOUT_MS).toBe(`CardDAV: ${SEEDED_CONTACTS} created, 0 updated, 0 deleted`);
    expect(await summaryOf('outlook').textContent()).toBe('Outlook: 0 created, 0 updated, 0 deleted');
    const cards = await cardsOnServer();
    expect(cards).toHaveLength(SEEDED_CONTACTS);
    expect(cards.every((card) => card.includes('VERSION:4.0'))).toBe(true);
    expect(cards.filter((card) => card.includes('FN:John Doe'))).toHaveLength(1);
  });

  it('sends a contact edited in the pane to its card on the next sync', async () => {
    await editJobTitleInPane('Chief Cartographer');

    await openSection();
    await syncAndWait();
    await eventually(() => summaryOf('carddav').textContent(), SYNC_TIMEOUT_MS).toBe('CardDAV: 0 created, 1 updated, 0 deleted');
    const john = (await cardsOnServer()).filter((card) => card.includes('FN:John Doe'));
    expect(john).toHaveLength(1);
    expect(john[0]).toMatch(/^TITLE:Chief Cartographer\r?$/m);
    await harness.page.locator(`iframe[title="${TASK_PANE_TITLE}"]`).screenshot({ path: screenshotPath('screenshot-carddav.png') });
  });

  it('keeps a remembered password encrypted in IndexedDB across a reload, and Forget removes it', async () => {
    const frame = await sim.paneFrame();
    const vault = await frame.evaluate(async (password) => {
      const name = (await indexedDB.databases()).map((db) => db.name ?? '').find((each) => each.startsWith('contact-bridge-vault@'));
      if (name === undefined) return { found: false, plain: false, extractable: true };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(name));
      });
      const all = (store: string) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error(store));
        });
      const secrets = (await all('secrets')) as { data: ArrayBuffer }[];
      const keys = (await all('keys')) as { key: CryptoKey }[];
      db.close();
      const plain = secrets.some((secret) => new TextDecoder('latin1').decode(secret.data).includes(password));
      return { found: secrets.length === 1, plain, extractable: keys[0]?.key.extractable ?? true };
    }, DAV_PASSWORD);
    expect(vault).toEqual({ found: true, plain: false, extractable: false });

    sim = await harness.openSimulator();
    await openSection();
    await eventually(() => section().getByTestId('carddav-password-state').textContent(), 30_000).toBe('Password remembered on this device');
    await syncAndWait();
    await eventually(() => summaryOf('carddav').textContent(), SYNC_TIMEOUT_MS).toBe('CardDAV: 0 created, 0 updated, 0 deleted');

    await section().getByRole('button', { name: 'Forget password' }).click();
    await eventually(() => section().getByTestId('carddav-password-state').textContent()).toBe('No password');
    await syncPairing().click();
    const asked = pairing().getByLabel(`Enter the password for ${DAV_USER} on ${radicale.url}/ to sync.`);
    await asked.waitFor({ timeout: 30_000 });
    await asked.fill(DAV_PASSWORD);
    await pairing().getByRole('button', { name: 'Sync with this password' }).click();
    await eventually(() => syncPairing().isEnabled(), SYNC_TIMEOUT_MS).toBe(true);
    expect(await section().getByTestId('carddav-password-state').textContent()).toBe('Password kept until the pane closes');
  });

  it('records a job title changed in the pane and on the server in the conflict log the Sync view shows', async () => {
    await editJobTitleInPane('Edited in the pane');
    await editJobTitleOnServer('Edited on the server');
    await openSection();
    await syncAndWait();
    await eventually(() => pairing().getByTestId('carddav-summary').textContent(), SYNC_TIMEOUT_MS).toContain('1 conflicts (see the conflict log in Sync)');
    await sim.pane.getByRole('tab', { name: 'Sync' }).click();
    const entry = sim.pane.getByTestId('conflict-entry').filter({ hasText: 'John Doe' });
    await eventually(() => entry.count(), 30_000).toBe(1);
    expect(await entry.textContent()).toContain('Job title');
    const values = [await entry.getByTestId('conflict-kept').textContent(), await entry.getByTestId('conflict-lost').textContent()].sort();
    expect(values).toEqual(['Edited in the pane', 'Edited on the server']);
    await openSection();
  });

  it('pauses before deleting most of the folder, shows the count and changes nothing when cancelled', async () => {
    const cards = await cardsOnServer();
    const hrefs = await cardHrefs();
    expect(hrefs).toHaveLength(cards.length);
    for (const href of hrefs.slice(0, 10)) expect((await fetch(`${radicale.url}${href}`, { method: 'DELETE', headers: davAuth })).status).toBeLessThan(300);
    await syncPairing().click();
    const stop = pairing().getByTestId('carddav-safety-stop');
    await stop.waitFor({ timeout: SYNC_TIMEOUT_MS });
    expect(await stop.textContent()).toContain(`This sync would delete 10 of ${SEEDED_CONTACTS} paired contacts in Outlook.`);
    await stop.getByRole('button', { name: 'Cancel' }).click();
    await eventually(() => stop.count()).toBe(0);
    await sim.pane.getByRole('tab', { name: 'Contacts' }).click();
    await sim.pane.getByLabel('Search contacts').fill('');
    await sim.pane.getByTestId('contacts-count').filter({ hasText: `${SEEDED_CONTACTS} contacts` }).waitFor({ timeout: 30_000 });
  });

  it('explains a server without CORS headers for the pane, with the fix', async () => {
    await openSection();
    await fillServer(`${withoutCors.url}/`);
    await section().getByRole('button', { name: 'Find address books' }).click();
    const problem = section().getByTestId('carddav-problem');
    await problem.waitFor({ timeout: 60_000 });
    const text = await problem.textContent();
    expect(text).toContain(`${withoutCors.url} answered, but its CORS policy does not let this pane (${harness.baseUrl}) read its answers.`);
    expect(text).toContain(`The server must allow the origin ${harness.baseUrl}`);
    expect(text).toContain('“CORS: reaching the server from the pane”');
    expect(text).not.toContain(DAV_PASSWORD);
  });
});
