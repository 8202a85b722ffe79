// The pane's UI shell in Chromium over fakes: stale reads are discarded, failures show readable errors
// (per view and at the root), and the theme follows the host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPageHarness, type PageHarness } from '../support/browser.js';
import type { ShellScenario, UiShellPageApi } from '../support/pages/ui-shell-page.js';
import { eventually } from '../support/eventually.js';

type PageWindow = Window & { uiShell: UiShellPageApi };

let harness: PageHarness;

beforeAll(async () => {
  harness = await startPageHarness();
  await harness.page.goto(`${harness.baseUrl}/test-pages/ui-shell.html`);
  await harness.page.waitForFunction(() => 'uiShell' in window);
});

afterAll(async () => {
  await harness?.close();
});

const mount = (scenario: ShellScenario) => harness.page.evaluate((s) => (window as unknown as PageWindow).uiShell.mount(s), scenario);
const subject = () => harness.page.getByTestId('open-item-subject').textContent();

describe('task pane shell', () => {
  it('keeps the latest read when an older one finishes last', async () => {
    await mount('scripted-reads');
    const readsStarted = () => harness.page.evaluate(() => (window as unknown as PageWindow).uiShell.readsStarted());
    // The first read starts in the same effect that subscribes to item changes: once it has, a change is heard.
    await eventually(readsStarted).toBe(1);
    await harness.page.evaluate(() => (window as unknown as PageWindow).uiShell.fireItemChanged());
    await eventually(readsStarted).toBe(2);
    await harness.page.evaluate(() => (window as unknown as PageWindow).uiShell.finishRead(1, 'Newer message'));
    await eventually(subject).toBe('Newer message');
    await harness.page.evaluate(() => (window as unknown as PageWindow).uiShell.finishRead(0, 'Older message'));
    await harness.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await subject()).toBe('Newer message');
  });

  it('shows why the open message could not be read', async () => {
    await mount('failing-read');
    const alert = harness.page.getByRole('alert');
    await eventually(() => alert.textContent()).toContain('Could not read the open message.');
    expect(await alert.textContent()).toContain('code 9030');
  });

  it('contains an error in one view and keeps the others usable', async () => {
    await mount('failing-view');
    await harness.page.getByRole('tab', { name: 'Settings' }).click();
    await eventually(() => harness.page.getByRole('alert').textContent()).toContain('Something went wrong in the Settings view.');
    expect(await harness.page.getByRole('alert').textContent()).toContain('The mailbox owner is unknown.');
    await harness.page.getByRole('tab', { name: 'Contacts' }).click();
    await eventually(() => harness.page.getByRole('heading', { name: 'Your contacts' }).count()).toBe(1);
  });

  it('shows a readable error instead of a blank pane when the shell itself fails', async () => {
    await mount('failing-theme');
    await eventually(() => harness.page.getByRole('alert').textContent()).toContain('Something went wrong in Contact Bridge.');
    expect(await harness.page.getByRole('alert').textContent()).toContain('The host theme could not be read.');
    await eventually(() => harness.page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
  });

  it('switches between light and dark with the host', async () => {
    await mount('scripted-reads');
    const theme = () => harness.page.evaluate(() => document.documentElement.dataset.theme);
    await eventually(theme).toBe('light');
    await harness.page.evaluate(() => (window as unknown as PageWindow).uiShell.setTheme('dark'));
    await eventually(theme).toBe('dark');
    expect(await harness.page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(255, 255, 255)');
  });
});
