// The Outlook host simulator in Chromium: the task pane renders beside the reading pane, follows the selected
// message like a pinned pane in Outlook, follows the theme, and never renders message HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { screenshotPath } from '../support/screenshot-path.js';
import { eventually } from '../support/eventually.js';


let harness: BrowserHarness;
let sim: SimulatorPage;

beforeAll(async () => {
  harness = await startBrowserHarness();
  sim = await harness.openSimulator();
});

afterAll(async () => {
  await harness?.close();
});

const paneSubject = () => sim.pane.getByTestId('open-item-subject');

describe('Outlook host simulator', () => {
  it('shows the task pane beside the reading pane at a task-pane width', async () => {
    const frame = sim.page.locator('iframe[title="Contact Bridge task pane"]');
    const box = await frame.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(320);
    expect(box?.width).toBeLessThanOrEqual(450);
    await eventually(() => sim.pane.getByRole('tab', { name: 'Message' }).getAttribute('aria-selected')).toBe('true');
    const firstSubject = await sim.page.getByRole('option').first().getAttribute('aria-label');
    await eventually(() => paneSubject().textContent()).toBe(firstSubject);
  });

  it('follows the selected message in the pane', async () => {
    await sim.selectMessage('Pedido de muestras – vendimia 2026');
    await eventually(() => paneSubject().textContent()).toBe('Pedido de muestras – vendimia 2026');
    await eventually(() => sim.pane.getByRole('region', { name: 'From' }).textContent()).toContain('mj.garcia-lopez@bodegas.example');
  });

  it('ends on the last of several quick selections', async () => {
    const subjects = await sim.page.getByRole('option').evaluateAll((options) => options.slice(0, 4).map((o) => o.getAttribute('aria-label') ?? ''));
    for (const subject of subjects) await sim.selectMessage(subject);
    await eventually(() => paneSubject().textContent()).toBe(subjects.at(-1));
  });

  it('shows an HTML body as text in the reading pane and runs none of it', async () => {
    await sim.selectMessage('Pedido de muestras – vendimia 2026');
    const body = sim.page.getByLabel('Message body');
    await eventually(() => body.textContent()).toContain('María José García-López');
    expect(await body.locator('b, a, table').count()).toBe(0);
  });

  it('moves between views with the arrow keys', async () => {
    await sim.pane.getByRole('tab', { name: 'Message' }).focus();
    await sim.page.keyboard.press('ArrowRight');
    await eventually(() => sim.pane.getByRole('tab', { name: 'Contacts' }).getAttribute('aria-selected')).toBe('true');
    await eventually(() => sim.pane.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-contacts');
    await sim.page.keyboard.press('End');
    await eventually(() => sim.pane.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    await sim.page.keyboard.press('Home');
    await eventually(() => sim.pane.getByRole('tab', { name: 'Message' }).getAttribute('aria-selected')).toBe('true');
  });

  it('follows the host theme', async () => {
    const frame = await sim.paneFrame();
    const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    await sim.setTheme('dark');
    await eventually(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).not.toBe(lightBackground);
    await sim.page.screenshot({ path: screenshotPath('screenshot-simulator-dark.png') });
    await sim.setTheme('light');
    await eventually(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background()).toBe(lightBackground);
  });

  it('follows the recipients of a message being composed', async () => {
    await sim.composeNewMessage();
    await eventually(() => sim.pane.getByText('People you are writing to').count()).toBe(1);
    await sim.page.getByRole('textbox', { name: 'To' }).fill('Kim Lee <kim.lee@adatum.example>');
    await sim.page.getByRole('textbox', { name: 'To' }).press('Tab');
    await eventually(() => sim.pane.getByRole('region', { name: 'To' }).textContent()).toContain('kim.lee@adatum.example');
    await sim.page.getByRole('button', { name: 'Discard' }).click();
  });

  it('runs without page errors', () => {
    expect(harness.pageErrors).toEqual([]);
  });

  it('saves the screenshot the README shows: signed in, the open message\'s people matched to contacts', { timeout: 120_000 }, async () => {
    await sim.setTheme('light');
    const dialogOpened = harness.context.waitForEvent('page');
    await sim.pane.getByRole('button', { name: 'Sign in', exact: true }).click();
    const dialog = await dialogOpened;
    await dialog.getByRole('radio', { name: /Dana Whitfield/ }).check();
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await sim.selectMessage('Q1 order forecast');
    await eventually(() => paneSubject().textContent()).toBe('Q1 order forecast');
    await eventually(() => sim.pane.getByTestId('contact-card').count(), 90_000).toBeGreaterThan(0);
    await eventually(() => sim.pane.getByRole('status').count()).toBe(0);
    await sim.page.screenshot({ path: screenshotPath('screenshot-simulator.png') });
  });
});
