// The Sync view in Chromium with real IndexedDB: the first sync's progress bar as 2,000 contacts land in the
// account's Dexie database, a change made by another Outlook client pulled on "Sync now", the mirror rendered
// from IndexedDB before the network answers after a reload, a conflicting edit in the conflict log, and a
// colleague's shared contacts added read-only from Settings (with the permission asked for on first use).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, TASK_PANE_TITLE, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { screenshotPath } from '../support/screenshot-path.js';
import { mirrorRows, editInMirror, type MirrorRowSummary } from './sync-pane-mirror.js';

const SEEDED_CONTACTS = 2000;
const SHARED_CONTACTS = 12;
const SIGN_IN_USER = 'Dana Whitfield';
const COLLEAGUE = 'ravi.menon@contoso.example';

let harness: BrowserHarness;
let sim: SimulatorPage;

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  sim = await harness.openSimulator();
});

afterAll(async () => {
  await harness?.close();
});

async function control(method: 'POST' | 'PATCH' | 'DELETE', path: string, data?: unknown): Promise<unknown> {
  const response = await harness.context.request.fetch(`${harness.baseUrl}/_emulator/${path}`, { method, ...(data !== undefined ? { data } : {}) });
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return response.status() === 204 ? undefined : response.json();
}

/**
 * Every Graph read of a sync waits `ms` first (until the faults are cleared): the first requests of a run travel
 * as a JSON batch, the rest go to the user's contact folders.
 */
const slowContactFolders = async (ms: number) => {
  await control('POST', 'faults', { type: 'latency', ms, pathPrefix: '/v1.0/me/contactFolders' });
  await control('POST', 'faults', { type: 'latency', ms, pathPrefix: '/v1.0/$batch' });
};
const clearFaults = () => control('DELETE', 'faults');

const syncTab = () => sim.pane.getByRole('tab', { name: 'Sync' });
const progressBar = () => sim.pane.getByRole('progressbar', { name: 'Sync progress' });
const contactCount = () => sim.pane.getByTestId('sync-contact-count');
const lastSynced = () => sim.pane.getByTestId('sync-last-synced');
const syncNow = () => sim.pane.getByRole('button', { name: 'Sync now' });

async function accountKey(): Promise<string> {
  const frame = await sim.paneFrame();
  const key = await frame.evaluate(() => (window as unknown as Record<string, { getState(): { account?: { key: string } } }>).__contactBridgeSignIn?.getState().account?.key);
  if (!key) throw new Error('Nobody is signed in.');
  return key;
}

async function rows(): Promise<MirrorRowSummary[]> {
  return mirrorRows(await sim.paneFrame(), `contact-bridge-mirror@${await accountKey()}`);
}

async function waitForSyncToFinish(): Promise<void> {
  await expect.poll(() => progressBar().count(), { timeout: 60_000 }).toBe(0);
  await syncNow().waitFor({ timeout: 30_000 });
}

describe('the Sync view with the mirror in IndexedDB', { timeout: 120_000 }, () => {
  it('shows the first sync’s progress while every contact lands in IndexedDB', async () => {
    await syncTab().click();
    await sim.pane.getByText('Sign in to sync your contacts to this device.').waitFor();
    await slowContactFolders(150);
    const dialogOpened = harness.context.waitForEvent('page');
    await sim.pane.getByRole('button', { name: 'Sign in', exact: true }).click();
    const dialog = await dialogOpened;
    await dialog.getByRole('radio', { name: new RegExp(SIGN_IN_USER) }).check();
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(async () => Number((await progressBar().getAttribute('aria-valuenow', { timeout: 500 }).catch(() => null)) ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await progressBar().getAttribute('aria-valuemin')).toBe('0');
    // A first sync has no earlier count to go by: the words say how many so far, the bar claims no percentage.
    expect(await progressBar().getAttribute('aria-valuetext')).toMatch(/^[\d,]+ contacts so far$/);
    expect(await progressBar().getAttribute('aria-valuemax')).toBeNull();
    await clearFaults();
    await waitForSyncToFinish();
    await expect.poll(() => contactCount().textContent(), { timeout: 30_000 }).toBe('2,000');
    const stored = await rows();
    expect(stored.filter((row) => !row.deleted)).toHaveLength(SEEDED_CONTACTS);
    expect(await lastSynced().textContent()).not.toBe('Not yet');
    expect(await sim.pane.getByTestId('sync-folder').count()).toBe(6);
  });

  it('pulls a change another Outlook client made when Sync now is pressed', async () => {
    const [target] = (await rows()).filter((row) => row.graphId !== undefined);
    if (!target?.graphId) throw new Error('The mirror holds no synced contact.');
    await control('PATCH', `remote/v1.0/me/contacts/${target.graphId}`, { jobTitle: 'Chief Cartographer' });
    await syncNow().click();
    await expect.poll(async () => (await rows()).find((row) => row.localId === target.localId)?.jobTitle, { timeout: 30_000 }).toBe('Chief Cartographer');
    await waitForSyncToFinish();
    expect(await contactCount().textContent()).toBe('2,000');
  });

  it('renders the mirror from IndexedDB before the network answers after a reload', async () => {
    await slowContactFolders(5_000);
    try {
      sim = await harness.openSimulator();
      await syncTab().click();
      await expect.poll(() => contactCount().textContent(), { timeout: 15_000 }).toBe('2,000');
      expect(await progressBar().count()).toBe(1);
    } finally {
      await clearFaults();
    }
    await waitForSyncToFinish();
  });

  it('records a field edited here and in Outlook in the conflict log with the kept and the lost value', async () => {
    const [target] = (await rows()).filter((row) => row.graphId !== undefined && row.displayName);
    if (!target?.graphId) throw new Error('The mirror holds no synced contact.');
    await editInMirror(await sim.paneFrame(), `contact-bridge-mirror@${await accountKey()}`, target.localId, { jobTitle: 'Edited in the pane' });
    await control('PATCH', `remote/v1.0/me/contacts/${target.graphId}`, { jobTitle: 'Edited in Outlook' });
    await syncNow().click();
    const entry = sim.pane.getByTestId('conflict-entry');
    await expect.poll(() => entry.count(), { timeout: 30_000 }).toBe(1);
    const text = await entry.textContent();
    expect(text).toContain(target.displayName);
    expect(text).toContain('Job title');
    expect(await entry.getByTestId('conflict-kept').textContent()).toBe('Edited in Outlook');
    expect(await entry.getByTestId('conflict-lost').textContent()).toBe('Edited in the pane');
    await waitForSyncToFinish();
    expect((await rows()).find((row) => row.localId === target.localId)?.jobTitle).toBe('Edited in Outlook');
    expect(await sim.pane.getByTestId('sync-pending').textContent()).toBe('0');
  });

  it('adds a colleague’s shared contacts read-only from Settings, asking for the permission on first use', async () => {
    await sim.pane.getByRole('tab', { name: 'Settings' }).click();
    await sim.pane.getByLabel('Add contacts shared by…').fill(COLLEAGUE);
    const dialogOpened = harness.context.waitForEvent('page');
    await sim.pane.getByRole('button', { name: 'Add', exact: true }).click();
    const dialog = await dialogOpened;
    await expect.poll(() => dialog.getByRole('region', { name: 'This app will be able to' }).textContent()).toContain('Contacts.Read.Shared');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    const source = sim.pane.getByTestId('shared-source');
    await expect.poll(() => source.textContent(), { timeout: 30_000 }).toContain(COLLEAGUE);
    expect(await source.textContent()).toContain('Read-only');
    await syncTab().click();
    await expect.poll(() => contactCount().textContent(), { timeout: 30_000 }).toBe((SEEDED_CONTACTS + SHARED_CONTACTS).toLocaleString('en-US'));
    const shared = sim.pane.getByTestId('sync-folder').filter({ hasText: 'Team directory' });
    expect(await shared.textContent()).toContain('Read-only');
    expect(await shared.textContent()).toContain(`shared by ${COLLEAGUE}`);
    await waitForSyncToFinish();
    await harness.page.locator(`iframe[title="${TASK_PANE_TITLE}"]`).screenshot({ path: screenshotPath('screenshot-sync.png') });
  });

  it('dismisses a conflict from the log', async () => {
    const entry = sim.pane.getByTestId('conflict-entry');
    await entry.getByRole('button', { name: /Dismiss the conflict on/ }).click();
    await expect.poll(() => entry.count()).toBe(0);
    await sim.pane.getByText('No conflicts: every change made it to the server as written.').waitFor();
  });

  it('says it is offline and keeps showing the contacts on this device', async () => {
    const notice = sim.pane.locator('.sync-view').getByRole('status').filter({ hasText: 'Offline: showing your contacts from this device.' });
    await harness.context.setOffline(true);
    try {
      await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
      await syncNow().click();
      await waitForSyncToFinish();
      expect(await contactCount().textContent()).toBe((SEEDED_CONTACTS + SHARED_CONTACTS).toLocaleString('en-US'));
    } finally {
      await harness.context.setOffline(false);
    }
    await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(0);
  });

  it('removes this account’s local data from Settings and signs out', async () => {
    const name = `contact-bridge-mirror@${await accountKey()}`;
    const frame = await sim.paneFrame();
    const databases = () => frame.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(await databases()).toContain(name);
    await sim.pane.getByRole('tab', { name: 'Settings' }).click();
    await sim.pane.getByRole('button', { name: 'Remove local data for this account' }).click();
    await sim.pane.getByRole('alertdialog').getByRole('button', { name: 'Remove and sign out' }).click();
    await sim.pane.getByRole('button', { name: 'Sign in', exact: true }).waitFor({ timeout: 15_000 });
    await expect.poll(databases, { timeout: 15_000 }).not.toContain(name);
  });
});
