// Importing a 10,000-row Outlook CSV file in the task pane, in Chromium, against a mirror of 10,000 contacts
// synced from the emulator: the file is chosen, previewed and imported with "update" (half its rows match
// mirror contacts, half are new people) through the real pane. The figure is the longest main-thread task the
// pane ran from choosing the file to the report (PerformanceObserver "longtask" in the pane's frame).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeCsv } from '../src/adapters/files/papaparse-csv.js';
import type { ContactFields } from '../src/core/contact/contact.js';
import { csvRowsOf } from '../src/core/mapping/apply-csv-layout.js';
import { OUTLOOK_CSV } from '../src/core/mapping/presets/outlook-csv.js';
import { startBrowserHarness } from '../test/support/browser.js';
import type { BrowserHarness } from '../test/support/browser.js';
import { signInWithDemoDialog } from '../test/support/demo-sign-in.js';
import type { BenchTargets } from './bench-table.js';

export const targets: BenchTargets = {
  'io.importCsv10kBrowserLongestTaskMs': { max: 100 },
};

export const timeoutMs = 900_000;

const COUNT = 10_000;
const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const WAIT_MS = 600_000;

interface GraphContact {
  readonly givenName?: string | null;
  readonly surname?: string | null;
  readonly displayName?: string | null;
  readonly emailAddresses?: readonly { readonly address: string }[];
}

/** The mailbox's contacts that have an e-mail address, read page by page from the emulator's Graph. */
async function mailboxContacts(harness: BrowserHarness): Promise<GraphContact[]> {
  const token = harness.emulator.mintToken(USER_ADDRESS, ['Contacts.ReadWrite']);
  const found: GraphContact[] = [];
  let url: string | undefined = `${harness.emulator.graphUrl}/me/contacts?$top=1000&$select=givenName,surname,displayName,emailAddresses`;
  while (url !== undefined && found.length < COUNT / 2) {
    const response = await harness.context.request.get(url, { headers: { Authorization: `Bearer ${token}` } });
    const page = (await response.json()) as { value: GraphContact[]; '@odata.nextLink'?: string };
    found.push(...page.value.filter((contact) => (contact.emailAddresses?.[0]?.address ?? '') !== ''));
    url = page['@odata.nextLink'];
  }
  return found;
}

/** The file: every other row a mailbox contact with a new job title, the others new people. */
function fileRows(existing: readonly GraphContact[]): ContactFields[] {
  return Array.from({ length: COUNT }, (_, index) => {
    const known = index % 2 === 0 ? existing[(index / 2) % existing.length] : undefined;
    if (known !== undefined) {
      return { givenName: known.givenName ?? '', surname: known.surname ?? '', emailAddresses: [{ address: known.emailAddresses?.[0]?.address ?? '' }], jobTitle: 'Director of Imports' };
    }
    return {
      givenName: `Imported${index}`,
      surname: 'Person',
      emailAddresses: [{ address: `imported${index}@bench.example` }],
      companyName: `Company ${index % 97}`,
      businessPhones: [`+1 206 555 ${String(index % 10_000).padStart(4, '0')}`],
      businessAddress: { street: `${index} Main St`, city: 'Seattle', state: 'WA', postalCode: '98101', countryOrRegion: 'United States' },
      personalNotes: `Imported row ${index}`,
    };
  });
}

const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
`;

export async function run(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'contact-bridge-import-bench-'));
  const harness = await startBrowserHarness({ emulator: { seed: COUNT } });
  try {
    await harness.context.addInitScript({ content: LONG_TASK_OBSERVER });
    const sim = await harness.openSimulator();
    await signInWithDemoDialog(harness, sim, USER, 60_000);
    await sim.pane.getByRole('tab', { name: 'Sync' }).click();
    await sim.pane.getByTestId('sync-contact-count').filter({ hasText: /^\d{1,3}(,\d{3})+$/ }).waitFor({ timeout: WAIT_MS });
    await sim.pane.getByRole('progressbar', { name: 'Sync progress' }).waitFor({ state: 'detached', timeout: WAIT_MS });
    const mirrored = Number(((await sim.pane.getByTestId('sync-contact-count').textContent()) ?? '0').replaceAll(',', ''));
    const file = path.join(dir, 'contacts.csv');
    await writeFile(file, writeCsv(csvRowsOf(OUTLOOK_CSV, fileRows(await mailboxContacts(harness)))));

    await sim.pane.getByRole('tab', { name: 'Import/Export' }).click();
    await sim.pane.getByLabel('File to import').waitFor({ timeout: 30_000 });
    const frame = await sim.paneFrame();
    const mark = await frame.evaluate(() => performance.now());
    const started = performance.now();
    await sim.pane.getByLabel('File to import').setInputFiles(file);
    await sim.pane.getByTestId('import-preview').waitFor({ timeout: WAIT_MS });
    const previewSeconds = (performance.now() - started) / 1000;
    await sim.pane.getByRole('radio', { name: /update/i }).check();
    const importStarted = performance.now();
    await sim.pane.getByRole('button', { name: 'Import', exact: true }).click();
    const status = sim.pane.getByTestId('import-report').getByRole('status');
    await status.waitFor({ timeout: WAIT_MS });
    const importSeconds = (performance.now() - importStarted) / 1000;
    const created = Number(await status.getAttribute('data-created'));
    const updated = Number(await status.getAttribute('data-updated'));
    if (created + updated !== COUNT) throw new Error(`unexpected import report: ${await status.textContent()}`);
    const tasks = await frame.evaluate((since) => ((window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks ?? []).filter((task) => task.start >= since), mark);
    const longest = tasks.reduce((most, task) => Math.max(most, task.duration), 0);
    console.log(`import pane bench: mirror ${mirrored} contacts; ${created} created, ${updated} updated; preview ${previewSeconds.toFixed(2)} s, import ${importSeconds.toFixed(2)} s; ${tasks.length} long tasks, longest ${Math.round(longest)} ms`);
    return {
      'io.importCsv10kBrowserLongestTaskMs': Math.round(longest),
      'io.importCsv10kBrowserLongTasks': tasks.length,
      'io.importCsv10kBrowserPreviewSeconds': Math.round(previewSeconds * 100) / 100,
      'io.importCsv10kBrowserSeconds': Math.round(importSeconds * 100) / 100,
    };
  } finally {
    await harness.close();
    await rm(dir, { recursive: true, force: true });
  }
}
