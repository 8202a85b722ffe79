// Export end to end in the simulator: after sign-in and the first sync (real IndexedDB, real Graph adapter
// against the emulator), the Import/Export view downloads an Outlook CSV file and a vCard 4.0 file holding
// every mirrored contact, with the demo contacts' fields in the Outlook columns and one card per contact.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTLOOK_CSV } from '../../src/core/mapping/presets/outlook-csv.js';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { signInWithDemoDialog } from '../support/demo-sign-in.js';

const USER = 'Dana Whitfield';
const SEEDED_CONTACTS = 120;
const SYNC_TIMEOUT_MS = 90_000;

let harness: BrowserHarness;
let sim: SimulatorPage;

const signIn = () => signInWithDemoDialog(harness, sim, USER, 30_000);

async function waitForFirstSync(): Promise<void> {
  await sim.pane.getByRole('tab', { name: 'Sync' }).click();
  await sim.pane.getByTestId('sync-contact-count').filter({ hasText: new RegExp(`^${SEEDED_CONTACTS}$`) }).waitFor({ timeout: SYNC_TIMEOUT_MS });
  await sim.pane.getByRole('progressbar', { name: 'Sync progress' }).waitFor({ state: 'detached', timeout: SYNC_TIMEOUT_MS });
}

/** Chooses the format and all folders, clicks Export and returns the downloaded file's name and text. */
async function exportAs(format: string): Promise<{ name: string; text: string }> {
  await sim.pane.getByRole('tab', { name: 'Import/Export' }).click();
  await sim.pane.getByLabel('Format').selectOption({ label: format });
  await sim.pane.getByLabel('Folder').selectOption({ label: 'All folders' });
  const downloaded: Promise<Download> = sim.page.waitForEvent('download', { timeout: 60_000 });
  await sim.pane.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloaded;
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

const resultText = () => sim.pane.getByTestId('export-result').textContent({ timeout: 60_000 });

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signIn();
  await waitForFirstSync();
}, 240_000);

afterAll(async () => {
  await harness?.close();
});

describe('exporting contacts from the Import/Export view', { timeout: 120_000 }, () => {
  it('downloads an Outlook CSV file with the Outlook header and every contact’s row', async () => {
    const file = await exportAs('Outlook CSV');
    expect(file.name).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(OUTLOOK_CSV.columns.map((column) => column.header));
    expect(parsed.data).toHaveLength(SEEDED_CONTACTS);
    const john = parsed.data.find((row) => row['E-mail Address'] === 'john.doe@fabrikam.example');
    expect(john).toMatchObject({
      'First Name': 'John',
      'Last Name': 'Doe',
      Company: 'Fabrikam Inc.',
      'Job Title': 'Purchasing Manager',
      'Business Phone': '+1 (206) 555-0142',
      'Business City': 'Seattle',
      'Business Country/Region': 'United States',
      Categories: 'Clients',
    });
    const lilei = parsed.data.find((row) => row['E-mail Address'] === 'lilei@lantian.example.cn');
    expect(lilei).toMatchObject({ 'First Name': '雷', 'Last Name': '李', Company: '蓝天科技' });
    expect(await resultText()).toBe(`Exported ${SEEDED_CONTACTS} contacts to ${file.name}.`);
  });

  it('downloads a vCard 4.0 file with one card per contact', async () => {
    const file = await exportAs('vCard 4.0');
    expect(file.name).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
    expect(file.text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(SEEDED_CONTACTS);
    expect(file.text.match(/^END:VCARD\r$/gm)).toHaveLength(SEEDED_CONTACTS);
    expect(file.text.match(/^VERSION:/gm)).toHaveLength(SEEDED_CONTACTS);
    expect(file.text.match(/^VERSION:4\.0\r$/gm)).toHaveLength(SEEDED_CONTACTS);
    expect(file.text).toContain('\r\nFN:John Doe\r\n');
    expect(file.text).toContain('\r\nFN:李雷\r\n');
    for (const line of file.text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(await resultText()).toBe(`Exported ${SEEDED_CONTACTS} contacts to ${file.name}.`);
  });
});
