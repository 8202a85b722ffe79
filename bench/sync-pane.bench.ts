// Initial sync where users run it: the task pane in Chromium (the pane's own code, real IndexedDB, the real
// sign-in) against the emulator with no added latency. The figures: from the sync that sign-in starts to the last
// page stored (`sync.initial10kBrowser.seconds`), beside a floor measured in the same pane frame — the same delta
// pages fetched folder after folder, read as the pane reads them and each stored with one bulkPut of the same
// records into a database of the mirror's schema, with no merge (bench/pages/sync-floor-page.ts) —
// and, with the Contacts view open, from the first delta page's arrival to the first contact rows painted.
// The pane is observed from outside only: its sync news over BroadcastChannel, resource timing and the DOM.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { DELTA_MAX_PAGE_SIZE, firstDeltaUrl } from '../src/adapters/graph/delta.js';
import type { GraphId } from '../src/core/contact/contact.js';
import { startBrowserHarness } from '../test/support/browser.js';
import { distOf } from '../test/support/build-simulator.js';
import type { BrowserHarness } from '../test/support/browser.js';
import { signInWithDemoDialog } from '../test/support/demo-sign-in.js';
import type { BenchTargets } from './bench-table.js';
import type { FloorRequest } from './pages/sync-floor-page.js';

export const targets: BenchTargets = {
  'sync.initial10kBrowser.ratioToFloor': { max: 1.2 },
  'sync.firstRowsPaintedMs': { max: 200 },
};

export const timeoutMs = 900_000;

const COUNT = 10_000;
const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const WAIT_MS = 600_000;

/**
 * Runs in every frame before its scripts: records the pane's sync news as it posts them, and when the first
 * contact row is painted (two animation frames after it enters the DOM).
 */
const INSTRUMENT = `
  window.__syncNews = [];
  const post = BroadcastChannel.prototype.postMessage;
  BroadcastChannel.prototype.postMessage = function (data) {
    if (data && typeof data.kind === 'string' && data.kind.startsWith('sync-')) window.__syncNews.push({ kind: data.kind, phase: data.progress && data.progress.phase, at: performance.now() });
    return post.call(this, data);
  };
  new MutationObserver((records, observer) => {
    if (document.querySelector('[data-testid="contact-row"]') === null) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__firstRowPaintedAt = performance.now(); }));
  }).observe(document, { childList: true, subtree: true });
`;

interface SyncNews {
  readonly kind: string;
  readonly phase?: string;
  readonly at: number;
}

interface PaneTimings {
  readonly news: readonly SyncNews[];
  readonly firstRowPaintedAt?: number;
  /** When the first contacts delta page's answer ended (resource timing). */
  readonly firstPageAt?: number;
}

/** Every contact folder of the user's mailbox (the default one, those under it, nested ones), read with a minted token. */
async function folderIds(harness: BrowserHarness): Promise<string[]> {
  const token = harness.emulator.mintToken(USER_ADDRESS, ['Contacts.Read']);
  const get = async (url: string) => {
    const response = await harness.context.request.get(url, { headers: { Authorization: `Bearer ${token}` } });
    return ((await response.json()) as { value: { id: string }[] }).value.map((folder) => folder.id);
  };
  const found: string[] = [];
  const defaultFolder = await harness.context.request.get(`${harness.emulator.graphUrl}/me/contactFolders/contacts`, { headers: { Authorization: `Bearer ${token}` } });
  found.push(((await defaultFolder.json()) as { id: string }).id);
  const queue = await get(`${harness.emulator.graphUrl}/me/contactFolders`);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    found.push(id);
    queue.push(...(await get(`${harness.emulator.graphUrl}/me/contactFolders/${encodeURIComponent(id)}/childFolders`)));
  }
  return found;
}

/** The floor, in the pane's frame (bench/pages/sync-floor-page.ts): the same pages, one bulkPut each, no merge. */
async function floorSeconds(harness: BrowserHarness, frame: Frame, folders: readonly string[]): Promise<{ seconds: number; contacts: number }> {
  const token = harness.emulator.mintToken(USER_ADDRESS, ['Contacts.Read']);
  if (!(await frame.evaluate(() => 'syncFloor' in window))) {
    // Production builds name their files by content hash.
    const script = (await readdir(path.join(distOf('production'), 'test-pages'))).find((name) => /^sync-floor\.[0-9a-f]+\.js$/.test(name) || name === 'sync-floor.js');
    if (script === undefined) throw new Error('the simulator build has no test-pages/sync-floor script');
    await frame.addScriptTag({ url: `/test-pages/${script}` });
  }
  // The pane's own first delta request of each folder (same $select, same page size).
  const firstUrls = folders.map((folderId) => ({ folderId, url: `${harness.emulator.graphUrl}${firstDeltaUrl('/me', folderId as GraphId)}` }));
  return frame.evaluate((request) => (window as unknown as { syncFloor: (r: FloorRequest) => Promise<{ seconds: number; contacts: number }> }).syncFloor(request), { firstUrls, token, pageSize: DELTA_MAX_PAGE_SIZE });
}

export async function run(): Promise<Record<string, number>> {
  const harness = await startBrowserHarness({ emulator: { seed: COUNT }, build: 'production' });
  try {
    await harness.context.addInitScript({ content: INSTRUMENT });
    const sim = await harness.openSimulator();
    const frame = await sim.paneFrame();
    const folders = await folderIds(harness);
    // A first floor run warms the emulator and the browser for both measurements.
    await floorSeconds(harness, frame, folders);

    await sim.pane.getByRole('tab', { name: 'Contacts' }).click();
    await signInWithDemoDialog(harness, sim, USER, 60_000);
    await frame.waitForFunction(() => (window as unknown as { __syncNews: SyncNews[] }).__syncNews.some((news) => news.kind === 'sync-finished' || news.kind === 'sync-failed'), undefined, { timeout: WAIT_MS, polling: 100 });
    const timings = await frame.evaluate((): PaneTimings => {
      const win = window as unknown as { __syncNews: SyncNews[]; __firstRowPaintedAt?: number };
      // The pane's own first contacts page: the floor's warm-up requests came before its sync started.
      const since = win.__syncNews.find((news) => news.kind === 'sync-started')?.at ?? 0;
      const firstPage = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => entry.startTime >= since && /\/contacts\/delta/.test(entry.name));
      return { news: win.__syncNews, ...(win.__firstRowPaintedAt === undefined ? {} : { firstRowPaintedAt: win.__firstRowPaintedAt }), ...(firstPage === undefined ? {} : { firstPageAt: firstPage.responseEnd }) };
    });
    const started = timings.news.find((news) => news.kind === 'sync-started');
    const finished = timings.news.find((news) => news.kind === 'sync-finished');
    if (started === undefined || finished === undefined) throw new Error(`the pane's first sync did not finish: ${JSON.stringify(timings.news.slice(-3))}`);
    const pulls = timings.news.filter((news) => news.kind === 'sync-progress' && news.phase === 'pull');
    const lastStored = pulls.at(-1);
    if (lastStored === undefined) throw new Error('the pane reported no stored page');
    // To the last page stored, as the floor ends with its last page: what the pane does after the pull is not counted.
    const seconds = (lastStored.at - started.at) / 1000;
    const pages = pulls.length;

    const floor = await floorSeconds(harness, frame, folders);
    if (floor.contacts < COUNT) throw new Error(`the floor read ${floor.contacts} contacts, expected ${COUNT}`);
    const painted = timings.firstRowPaintedAt !== undefined && timings.firstPageAt !== undefined ? timings.firstRowPaintedAt - timings.firstPageAt : Number.NaN;
    console.log(`sync pane bench: first page stored ${Math.round((pulls[0]?.at ?? 0) - started.at)} ms after the start, last ${Math.round(finished.at - lastStored.at)} ms before the sync finished`);
    console.log(`sync pane bench: ${pages} pages in ${seconds.toFixed(2)} s, floor ${floor.seconds.toFixed(2)} s over ${floor.contacts} contacts; first rows ${Math.round(painted)} ms after the first page`);
    return {
      'sync.initial10kBrowser.seconds': round(seconds),
      'sync.initial10kBrowser.floorSeconds': round(floor.seconds),
      'sync.initial10kBrowser.ratioToFloor': round(seconds / floor.seconds),
      'sync.firstRowsPaintedMs': Math.round(painted),
    };
  } finally {
    await harness.close();
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
