// The Message view as Outlook on a phone shows it: the simulator laid out as a phone (?device=phone), a touch
// screen (hasTouch, isMobile) at 320 and 414 px, the widths of the smallest and largest common phones. Nothing
// may scroll sideways, and every control the view shows, the contact form's included, is a 44 × 44 px target.
import type { BrowserContext, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSimulator, startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import { screenshotPath } from '../support/screenshot-path.js';

const USER = 'Dana Whitfield';
const PHONE_WIDTHS_PX = [320, 414] as const;
const PHONE_HEIGHT_PX = 800;
const MIN_TARGET_PX = 44;
const SYNC_TIMEOUT_MS = 90_000;

let harness: BrowserHarness;
let phone: BrowserContext;
let sim: SimulatorPage;

const participant = (address: string) => sim.pane.locator(`[data-testid="participant"][data-address="${address}"]`);
const statusOf = (address: string) => participant(address).getAttribute('data-status', { timeout: SYNC_TIMEOUT_MS });

interface Layout {
  readonly width: number;
  readonly coarsePointer: boolean;
  /** Elements wider than the pane: the page, or the view's scrolling area. */
  readonly overflowing: readonly string[];
  /** Controls under 44 × 44 px, with their size. */
  readonly smallTargets: readonly string[];
  readonly controls: number;
}

/** Measures the pane in the page: what scrolls sideways, and every visible control's target (a checkbox's is its label). */
function measure(frame: Frame, minTarget: number): Promise<Layout> {
  return frame.evaluate((min) => {
    const root = document.documentElement;
    const overflowing = [root, document.querySelector('.app__main')]
      .filter((element): element is Element => element !== null && element.scrollWidth > element.clientWidth)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.scrollWidth} > ${element.clientWidth}`);
    const controls = [...document.querySelectorAll('button, [role="tab"], a[href], select, textarea, summary, input:not([type="hidden"])')].filter(
      (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
    );
    const smallTargets = controls.flatMap((element) => {
      const checkable = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');
      const target = (checkable ? element.closest('label') : null) ?? element;
      const box = target.getBoundingClientRect();
      if (box.width >= min - 0.5 && box.height >= min - 0.5) return [];
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
      return [`${element.tagName.toLowerCase()} “${name.slice(0, 40)}”: ${Math.round(box.width)} × ${Math.round(box.height)}`];
    });
    return { width: root.clientWidth, coarsePointer: matchMedia('(pointer: coarse)').matches, overflowing, smallTargets, controls: controls.length };
  }, minTarget);
}

beforeAll(async () => {
  harness = await startBrowserHarness();
  phone = await harness.browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: PHONE_WIDTHS_PX[0], height: PHONE_HEIGHT_PX },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  sim = await openSimulator(await phone.newPage(), harness.baseUrl, { device: 'phone', latencyMs: 20 });
  const signIn = sim.pane.getByRole('button', { name: 'Sign in', exact: true });
  const dialogOpened = phone.waitForEvent('page');
  await signIn.tap({ timeout: 30_000 });
  const dialog = await dialogOpened;
  await dialog.getByRole('radio', { name: new RegExp(USER) }).check();
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await sim.pane.getByTestId('account-name').filter({ hasText: USER }).waitFor({ timeout: 30_000 });
}, 180_000);

afterAll(async () => {
  await phone?.close();
  await harness?.close();
});

describe.each(PHONE_WIDTHS_PX)('the Message view on a %i px touch screen', (width) => {
  beforeAll(async () => {
    await sim.page.setViewportSize({ width, height: PHONE_HEIGHT_PX });
  });

  it('fits a known sender’s card in the width, with every control a finger’s size', { timeout: 180_000 }, async () => {
    await sim.selectMessage('Q1 order forecast');
    await eventually(() => statusOf('john.doe@fabrikam.example'), SYNC_TIMEOUT_MS).toBe('known');
    await eventually(() => sim.pane.getByText(/Syncing your contacts/).count(), SYNC_TIMEOUT_MS).toBe(0);
    const layout = await measure(await sim.paneFrame(), MIN_TARGET_PX);
    expect(layout).toMatchObject({ width, coarsePointer: true, overflowing: [], smallTargets: [] });
    expect(layout.controls).toBeGreaterThan(5);
    await sim.page.screenshot({ path: screenshotPath(`screenshot-message-phone-${width}.png`) });
  });

  it('opens the contact form by touch and fits it in the width, with every field a finger’s size', { timeout: 180_000 }, async () => {
    const address = 'k.fischer@fischer-technik.example';
    await sim.selectMessage('Angebot Wartungsvertrag');
    await eventually(() => statusOf(address), SYNC_TIMEOUT_MS).toBe('unknown');
    await participant(address).getByRole('button', { name: 'Add Klaus Fischer' }).tap();
    const form = sim.pane.getByRole('form', { name: 'New contact' });
    await eventually(() => form.getByLabel('Last name').inputValue()).toBe('Fischer');
    await eventually(() => form.getByText('Suggested').count(), 15_000).toBeGreaterThan(0);
    const layout = await measure(await sim.paneFrame(), MIN_TARGET_PX);
    expect(layout).toMatchObject({ width, coarsePointer: true, overflowing: [], smallTargets: [] });
    await form.getByRole('button', { name: 'Cancel' }).tap();
    await eventually(() => form.count()).toBe(0);
  });
});
