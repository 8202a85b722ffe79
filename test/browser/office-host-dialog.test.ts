// OfficeHostDialog over the simulator's dialog API in Chromium: a real popup window whose page answers with
// `messageParent`, the user closing it, and a page of another origin refused.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPageHarness, type PageHarness } from '../support/browser.js';
import type { OfficeAdaptersPageApi } from '../support/pages/office-adapters-page.js';
import { eventually } from '../support/eventually.js';

type PageWindow = Window & { officeAdapters: OfficeAdaptersPageApi; dialogOutcome?: { ok: boolean; value: string; name?: string; reason?: string } };

let harness: PageHarness;

beforeAll(async () => {
  harness = await startPageHarness();
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(async () => {
  await harness.page.goto(`${harness.baseUrl}/test-pages/office-adapters.html`);
  await harness.page.waitForFunction(() => 'officeAdapters' in window);
});

/** Starts `openAndReceive` in the page and records its outcome on `window.dialogOutcome`. */
function startDialog(url: string): Promise<void> {
  return harness.page.evaluate((dialogUrl) => {
    const win = window as unknown as PageWindow;
    win.officeAdapters.dialog.openAndReceive(dialogUrl).then(
      (value) => (win.dialogOutcome = { ok: true, value }),
      (error: Error & { reason?: string }) => (win.dialogOutcome = { ok: false, value: error.message, name: error.name, reason: error.reason }),
    );
  }, url);
}

const outcome = () => harness.page.evaluate(() => (window as unknown as PageWindow).dialogOutcome);

describe('OfficeHostDialog', () => {
  it('resolves with the message the dialog page sends and closes the dialog', async () => {
    const popup = harness.context.waitForEvent('page');
    await startDialog('/test-pages/dialog-echo.html?say=signed-in');
    const dialogPage = await popup;
    await eventually(outcome).toEqual({ ok: true, value: 'echo:signed-in' });
    await eventually(() => dialogPage.isClosed()).toBe(true);
  });

  it('rejects as cancelled when the user closes the dialog', async () => {
    const popup = harness.context.waitForEvent('page');
    await startDialog('/test-pages/dialog-echo.html?stay');
    const dialogPage = await popup;
    await dialogPage.waitForLoadState();
    await dialogPage.close();
    await eventually(outcome).toMatchObject({ ok: false, name: 'AuthError', reason: 'cancelled' });
  });

  it('refuses a page of another origin', async () => {
    await startDialog('https://sign-in.example/start');
    await eventually(outcome).toMatchObject({ ok: false, name: 'OfficeCallError' });
    expect((await outcome())?.value).toContain('12004');
    expect(harness.context.pages()).toHaveLength(1);
  });
});
