// Import end to end in the simulator: after sign-in and the first sync (real IndexedDB, real Graph adapter
// against the emulator), a Google CSV file with one row matching a demo contact is previewed, imported with
// "update", reported, and pushed to Graph; importing the same file again duplicates nothing; a vCard file's
// contact reaches Graph too, with its photo (scaled down when it is large).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith, signInWithDemoDialog } from '../support/demo-sign-in.js';
import { PROJECT_ROOT } from '../support/build-simulator.js';
import { screenshotPath } from '../support/screenshot-path.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const SEEDED_CONTACTS = 20;
const SYNC_TIMEOUT_MS = 90_000;
const NEW_ADDRESSES = ['ines.alvarez@import.example', 'oskar.lind@import.example'];

interface GraphContact {
  readonly displayName?: string;
  readonly emailAddresses?: readonly { readonly address: string }[];
}

let harness: BrowserHarness;
let sim: SimulatorPage;
let tempDir: string;
let existing: { name: string; address: string };
let csvPath: string;

/** A demo contact with an e-mail address, read from the emulator's Graph. */
async function aDemoContact(): Promise<{ name: string; address: string }> {
  const token = harness.emulator.mintToken(USER_ADDRESS, ['Contacts.ReadWrite']);
  const response = await harness.context.request.get(`${harness.emulator.graphUrl}/me/contacts?$top=50`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  const contacts = ((await response.json()) as { value: GraphContact[] }).value;
  const found = contacts.find((contact) => (contact.displayName ?? '') !== '' && (contact.emailAddresses?.[0]?.address ?? '') !== '');
  if (found === undefined) throw new Error('The demo mailbox has no contact with an e-mail address.');
  return { name: found.displayName ?? '', address: found.emailAddresses?.[0]?.address ?? '' };
}

/** The Graph photo metadata of the contact with `address`, or undefined while it has none. */
async function photoOf(address: string): Promise<{ contentType: unknown; width: unknown; height: unknown } | undefined> {
  const [contact] = await graphContactsWith(harness, USER_ADDRESS, address);
  if (contact === undefined) return undefined;
  const token = harness.emulator.mintToken(USER_ADDRESS, ['Contacts.ReadWrite']);
  const response = await harness.context.request.get(`${harness.emulator.graphUrl}/me/contacts/${String(contact.id)}/photo`, { headers: { Authorization: `Bearer ${token}` } });
  if (response.status() === 404) return undefined;
  const photo = (await response.json()) as Record<string, unknown>;
  return { contentType: photo['@odata.mediaContentType'], width: photo.width, height: photo.height };
}

const countIn = async (address: string) => (await graphContactsWith(harness, USER_ADDRESS, address)).length;

async function openImport(): Promise<void> {
  await sim.pane.getByRole('tab', { name: 'Import/Export' }).click();
  await sim.pane.getByLabel('File to import').waitFor({ timeout: 10_000 });
}

async function importFile(file: string, onMatch: RegExp): Promise<string> {
  await sim.pane.getByLabel('File to import').setInputFiles(file);
  await sim.pane.getByTestId('import-preview').waitFor({ timeout: 30_000 });
  await sim.pane.getByRole('radio', { name: onMatch }).check();
  await sim.pane.getByRole('button', { name: 'Import', exact: true }).click();
  const status = sim.pane.getByTestId('import-report').getByRole('status');
  await status.waitFor({ timeout: 60_000 });
  const text = (await status.textContent()) ?? '';
  await sim.pane.getByRole('button', { name: 'Import another file' }).click();
  return text;
}

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'contact-bridge-import-'));
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signInWithDemoDialog(harness, sim, USER, 30_000);
  await sim.pane.getByRole('tab', { name: 'Sync' }).click();
  await sim.pane.getByTestId('sync-contact-count').filter({ hasText: /^[1-9]\d*$/ }).waitFor({ timeout: SYNC_TIMEOUT_MS });
  await sim.pane.getByRole('progressbar', { name: 'Sync progress' }).waitFor({ state: 'detached', timeout: SYNC_TIMEOUT_MS });
  existing = await aDemoContact();
  csvPath = path.join(tempDir, 'contacts.csv');
  await writeFile(
    csvPath,
    [
      'First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value',
      'Inés,Álvarez,Northwind,Buyer,* Work,ines.alvarez@import.example,Mobile,+34 600 123 456',
      'Oskar,Lind,Tailspin,,Work,oskar.lind@import.example,,',
      `,,,Imported Title,Work,${existing.address},,`,
    ].join('\r\n') + '\r\n',
  );
}, 240_000);

afterAll(async () => {
  await harness?.close();
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
});

describe('importing contacts in the Import/Export view', { timeout: 180_000 }, () => {
  it('previews a Google CSV file with the row that matches a demo contact marked', async () => {
    await openImport();
    await sim.pane.getByLabel('File to import').setInputFiles(csvPath);
    await sim.pane.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    expect(await sim.pane.getByTestId('import-format').textContent()).toBe('Recognized as Google Contacts CSV.');
    expect(await sim.pane.locator('tr[data-row="2"] td').nth(1).textContent()).toBe('Inés Álvarez');
    expect(await sim.pane.locator('tr[data-row="4"]').getByTestId('import-match').textContent()).toBe(`matches ${existing.name}`);
    const viewport = sim.page.viewportSize();
    await sim.page.setViewportSize({ width: viewport?.width ?? 1280, height: 1500 });
    await sim.pane.getByRole('button', { name: 'Cancel' }).scrollIntoViewIfNeeded();
    await sim.page.screenshot({ path: screenshotPath('screenshot-import-preview.png') });
    if (viewport !== null) await sim.page.setViewportSize(viewport);
    await sim.pane.getByRole('button', { name: 'Cancel' }).click();
    await sim.pane.getByTestId('import-preview').waitFor({ state: 'detached' });
  });

  it('imports the file, updating the matching contact, and the push brings the contacts to Graph', async () => {
    expect(await importFile(csvPath, /^Update them/)).toBe('Created 2, updated 1, skipped 0, rejected 0.');
    for (const address of NEW_ADDRESSES) await expect.poll(() => countIn(address), { timeout: SYNC_TIMEOUT_MS }).toBe(1);
    await expect.poll(async () => (await graphContactsWith(harness, USER_ADDRESS, existing.address))[0]?.jobTitle, { timeout: SYNC_TIMEOUT_MS }).toBe('Imported Title');
    expect(await countIn(existing.address)).toBe(1);
  });

  it('imports the same file again without duplicating anything in Graph', async () => {
    expect(await importFile(csvPath, /^Update them/)).toBe('Created 0, updated 0, skipped 3, rejected 0.');
    await sim.pane.getByRole('tab', { name: 'Sync' }).click();
    await sim.pane.getByTestId('sync-pending').filter({ hasText: /^0$/ }).waitFor({ timeout: SYNC_TIMEOUT_MS });
    for (const address of [...NEW_ADDRESSES, existing.address]) expect(await countIn(address)).toBe(1);
    await openImport();
  });

  it('imports an Apple Contacts vCard file and its contact reaches Graph with its photo', async () => {
    expect(await importFile(path.join(PROJECT_ROOT, 'test/fixtures/vcard/apple-3.0.vcf'), /^Skip them/)).toBe('Created 1, updated 0, skipped 0, rejected 0.');
    await expect.poll(() => countIn('johnny@apple.example'), { timeout: SYNC_TIMEOUT_MS }).toBe(1);
    await expect.poll(async () => (await photoOf('johnny@apple.example'))?.contentType, { timeout: SYNC_TIMEOUT_MS }).toBe('image/jpeg');
  });

  it('scales a large PNG photo down and sends it as a JPEG Outlook takes', async () => {
    const png = await sim.page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 1600;
      canvas.height = 1200;
      const context = canvas.getContext('2d');
      if (context !== null) {
        context.fillStyle = '#3a7';
        context.fillRect(0, 0, 1600, 1200);
      }
      return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
    });
    const file = path.join(tempDir, 'large-photo.vcf');
    await writeFile(file, `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Wide Photo\r\nEMAIL:wide.photo@import.example\r\nPHOTO:data:image/png;base64,${png}\r\nEND:VCARD\r\n`);
    expect(await importFile(file, /^Skip them/)).toBe('Created 1, updated 0, skipped 0, rejected 0.');
    await expect.poll(() => photoOf('wide.photo@import.example'), { timeout: SYNC_TIMEOUT_MS }).toEqual({ contentType: 'image/jpeg', width: 648, height: 486 });
  });
});
