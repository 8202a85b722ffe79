// The mapping editor end to end in the simulator: after sign-in and the first sync (real IndexedDB, real Graph
// adapter against the emulator), a mapping started from the Outlook preset gets a column renamed, one moved up
// from the keyboard and one removed, previews the mirror's contacts, fits a 320 px pane, is saved, is still
// listed after the pane reloads, names what it leaves out before the export and writes its own header row;
// broken mapping files are refused with the file and the reason, and nothing is saved.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLayoutOf } from '../../src/core/mapping/csv-layout.js';
import { moveRule, removeRule, renameColumn, renameMapping } from '../../src/core/mapping/document/edit-csv-mapping.js';
import { OUTLOOK_CSV_MAPPING } from '../../src/core/mapping/presets/outlook-csv.js';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { signInWithDemoDialog } from '../support/demo-sign-in.js';
import { screenshotPath } from '../support/screenshot-path.js';

const USER = 'Dana Whitfield';
const SEEDED_CONTACTS = 30;
const SYNC_TIMEOUT_MS = 90_000;
const NAME = 'Team export';
const BIRTHDAY = OUTLOOK_CSV_MAPPING.rules.findIndex((rule) => rule.column === 'Birthday');

/** The mapping the steps below make, built with the same edits in core. */
const EXPECTED = removeRule(moveRule(renameColumn(renameMapping(OUTLOOK_CSV_MAPPING, NAME), 0, 'Given name'), 2, -1), BIRTHDAY);

let harness: BrowserHarness;
let sim: SimulatorPage;
let tempDir: string;

async function openImportExport(): Promise<void> {
  await sim.pane.getByRole('tab', { name: 'Import/Export' }).click();
  await sim.pane.getByLabel('Start a new mapping from').waitFor({ timeout: 10_000 });
}

async function waitForFirstSync(): Promise<void> {
  await sim.pane.getByRole('tab', { name: 'Sync' }).click();
  await sim.pane.getByTestId('sync-contact-count').filter({ hasText: new RegExp(`^${SEEDED_CONTACTS}$`) }).waitFor({ timeout: SYNC_TIMEOUT_MS });
  await sim.pane.getByRole('progressbar', { name: 'Sync progress' }).waitFor({ state: 'detached', timeout: SYNC_TIMEOUT_MS });
}

const savedNames = () => sim.pane.getByTestId('saved-mapping').evaluateAll((items) => items.map((item) => item.getAttribute('data-name')));

async function downloadOf(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const downloaded: Promise<Download> = sim.page.waitForEvent('download', { timeout: 60_000 });
  await click();
  const download = await downloaded;
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

async function loadMappingFile(name: string, text: string): Promise<string> {
  const file = path.join(tempDir, name);
  await writeFile(file, text);
  await sim.pane.getByLabel('Load a mapping file (.json)').setInputFiles(file);
  const alert = sim.pane.getByTestId('mapping-error').filter({ hasText: `“${name}”` });
  await alert.waitFor({ timeout: 10_000 });
  return (await alert.textContent()) ?? '';
}

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'contact-bridge-mapping-'));
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signInWithDemoDialog(harness, sim, USER, 30_000);
  await waitForFirstSync();
}, 240_000);

afterAll(async () => {
  await harness?.close();
  if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
});

describe('the CSV mapping editor in the Import/Export view', { timeout: 180_000 }, () => {
  it('builds a mapping from the Outlook preset: a column renamed, one moved up from the keyboard, one removed', async () => {
    await openImportExport();
    await sim.pane.getByLabel('Start a new mapping from').selectOption({ label: 'the Outlook CSV columns' });
    await sim.pane.getByRole('button', { name: 'Start', exact: true }).click();
    const editor = sim.pane.getByTestId('mapping-editor');
    await editor.waitFor();
    expect(await editor.getByLabel('Mapping name').inputValue()).toBe('Outlook CSV (custom)');
    await editor.getByLabel('Mapping name').fill(NAME);
    await editor.getByLabel('Column 1 name', { exact: true }).fill('Given name');

    const moveUp = editor.getByRole('button', { name: 'Move up: column 3, Last Name', exact: true });
    await moveUp.focus();
    await sim.page.keyboard.press('Enter');
    await expect.poll(() => editor.getByLabel('Column 2 name', { exact: true }).inputValue()).toBe('Last Name');
    expect(await editor.getByLabel('Column 3 name', { exact: true }).inputValue()).toBe('Middle Name');
    // Focus stays with the moved column, so pressing Enter again would move it on.
    const frame = await sim.paneFrame();
    await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move up: column 2, Last Name');

    await editor.getByRole('button', { name: `Remove: column ${BIRTHDAY + 1}, Birthday`, exact: true }).click();
    await expect.poll(() => editor.locator('li[data-rule]').count()).toBe(EXPECTED.rules.length);

    // The preview follows the edits once they pause.
    const headers = () => editor.locator('[data-testid="mapping-preview"][data-state="ready"] [data-testid="mapping-preview-table"] thead th').allTextContents();
    await expect.poll(headers, { timeout: 30_000 }).toEqual(csvLayoutOf(EXPECTED).columns.map((column) => column.header));
    expect(await editor.getByTestId('mapping-preview-table').locator('tbody tr').count()).toBe(5);
  });

  it('fits a 320 px pane: only the preview table scrolls sideways, inside its own box', async () => {
    await sim.page.locator('aside.sim-pane').evaluate((pane) => {
      (pane as HTMLElement).style.width = '320px';
    });
    const frame = await sim.paneFrame();
    await expect.poll(() => frame.evaluate(() => document.documentElement.clientWidth)).toBe(320);
    const widths = await frame.evaluate(() => {
      const main = document.querySelector('.app__main');
      const box = document.querySelector('[data-testid="mapping-preview-table"]')?.parentElement;
      const root = document.documentElement;
      return { page: root.scrollWidth - root.clientWidth, main: (main?.scrollWidth ?? 0) - (main?.clientWidth ?? 0), box: (box?.scrollWidth ?? 0) - (box?.clientWidth ?? 0) };
    });
    expect(widths).toMatchObject({ page: 0, main: 0 });
    expect(widths.box).toBeGreaterThan(0);
    await sim.pane.getByRole('heading', { name: 'Mapping editor' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await sim.page.screenshot({ path: screenshotPath('screenshot-mapping-editor.png') });
  });

  it('saves the mapping under its name and still lists it after the pane reloads', async () => {
    const editor = sim.pane.getByTestId('mapping-editor');
    await editor.getByRole('button', { name: 'Save mapping', exact: true }).click();
    expect(await editor.getByTestId('mapping-saved').textContent()).toBe(`Saved the mapping “${NAME}”.`);
    await expect.poll(savedNames).toEqual([NAME]);

    sim = await harness.openSimulator({ latencyMs: 20 });
    await sim.pane.getByTestId('account-name').filter({ hasText: USER }).waitFor({ timeout: 30_000 });
    await openImportExport();
    await sim.pane.locator(`[data-testid="saved-mapping"][data-name="${NAME}"]`).waitFor({ timeout: 10_000 });
    expect(await savedNames()).toEqual([NAME]);

    const file = await downloadOf(() => sim.pane.getByRole('button', { name: `Download ${NAME} as a mapping file`, exact: true }).click());
    expect(file.name).toBe('team-export.mapping.json');
    expect(JSON.parse(file.text)).toEqual(EXPECTED);
  });

  it('names what the mapping leaves out before the export, and the file has the mapping’s header row', async () => {
    await sim.pane.getByLabel('Format').selectOption({ label: NAME });
    await sim.pane.getByLabel('Folder').selectOption({ label: 'All folders' });
    const birthday = sim.pane.getByTestId('export-not-carried').locator('li[data-field="birthday"]');
    await birthday.waitFor({ timeout: 10_000 });
    expect(await birthday.textContent()).toMatch(/^Birthday: \d+ contacts? ha(s|ve) one, and this mapping has no column for it\.$/);

    const file = await downloadOf(() => sim.pane.getByRole('button', { name: 'Export', exact: true }).click());
    expect(file.name).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = Papa.parse<string[]>(file.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(csvLayoutOf(EXPECTED).columns.map((column) => column.header));
    expect(parsed.data).toHaveLength(SEEDED_CONTACTS + 1);
    expect(await sim.pane.getByTestId('export-result').textContent()).toBe(`Exported ${SEEDED_CONTACTS} contacts to ${file.name}.`);
  });

  it('refuses broken mapping files, naming the file and why, and saves nothing', async () => {
    const wrongField = JSON.stringify({ ...OUTLOOK_CSV_MAPPING, name: 'Broken', rules: [OUTLOOK_CSV_MAPPING.rules[0], { column: 'Spouse', field: 'spouse' }] });
    expect(await loadMappingFile('broken.mapping.json', wrongField)).toContain("“broken.mapping.json” is not a valid mapping: rules[1].field: unknown field 'spouse'.");
    expect(await loadMappingFile('notes.json', '{ "version": 1,')).toContain('“notes.json” is not a mapping file: it is not valid JSON.');
    expect(await savedNames()).toEqual([NAME]);
  });

  it('starts a mapping from a CRM file’s header row, and the import reads that file with it once saved and renamed', async () => {
    const crm = path.join(tempDir, 'crm.csv');
    await writeFile(crm, 'Full name,Email,Tier\r\nIda Berg,ida.berg@crm.example,Gold\r\nPer Holm,per.holm@crm.example,Silver\r\n');
    await sim.pane.getByLabel('Start a new mapping from').selectOption({ label: 'the header row of a CSV file' });
    await sim.pane.getByLabel('CSV file with the header row').setInputFiles(crm);
    await sim.pane.getByRole('button', { name: 'Start', exact: true }).click();
    const editor = sim.pane.getByTestId('mapping-editor');
    expect(await editor.getByTestId('mapping-unmapped').textContent({ timeout: 10_000 })).toContain('does not read yet: Tier.');
    await editor.getByLabel('New column name').fill('Tier');
    await editor.getByLabel('Contact field of the new column').selectOption('personalNotes');
    await editor.getByRole('button', { name: 'Add column', exact: true }).click();
    const cells = () => editor.locator('[data-testid="mapping-preview"][data-state="ready"] [data-testid="mapping-preview-table"][data-source="file"] td').allTextContents();
    await expect.poll(cells, { timeout: 30_000 }).toEqual(expect.arrayContaining(['ida.berg@crm.example', 'Gold', 'Silver']));
    await editor.getByRole('button', { name: 'Save mapping', exact: true }).click();
    await editor.getByTestId('mapping-saved').waitFor();

    await sim.pane.getByRole('button', { name: 'Rename crm', exact: true }).click();
    await sim.pane.getByLabel('New name for crm').fill('CRM contacts');
    await sim.pane.getByRole('button', { name: 'Save name', exact: true }).click();
    await expect.poll(savedNames).toEqual(['CRM contacts', NAME]);

    await sim.pane.getByLabel('File to import').setInputFiles(crm);
    await sim.pane.getByRole('alert').filter({ hasText: 'has columns no preset knows' }).waitFor({ timeout: 30_000 });
    await sim.pane.getByLabel('Read it with one of your mappings').selectOption({ label: 'CRM contacts' });
    await sim.pane.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    expect(await sim.pane.getByTestId('import-format').textContent()).toBe('Read with your mapping “CRM contacts”.');
    expect(await sim.pane.locator('tr[data-row="2"] td').nth(2).textContent()).toBe('ida.berg@crm.example');
    await sim.pane.getByRole('button', { name: 'Cancel', exact: true }).click();

    await sim.pane.getByRole('button', { name: 'Delete CRM contacts', exact: true }).click();
    await expect.poll(savedNames).toEqual([NAME]);
  });
});
