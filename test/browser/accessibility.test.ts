// Accessibility of every view in the simulator, in the host's light and dark themes: an axe-core audit
// (@axe-core/playwright, every rule it runs by default) of the task pane finds no serious or critical violation in
// the Message view (a known sender's card, and the capture form for a stranger), the Contacts view (the list and the
// editor), Sync, Import and export, and Settings; and the keyboard reaches every control of a view with Tab, each
// showing a visible focus ring as it does. The Contacts list and editor are photographed in both themes for the README.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, TASK_PANE_TITLE, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { signInWithDemoDialog } from '../support/demo-sign-in.js';
import { screenshotPath } from '../support/screenshot-path.js';

const USER = 'Dana Whitfield';
const SEEDED_CONTACTS = 50;
const SYNC_TIMEOUT_MS = 90_000;
const PANE_FRAME = `iframe[title="${TASK_PANE_TITLE}"]`;
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
const AUDIT_ATTEMPTS = 3;

let harness: BrowserHarness;
let sim: SimulatorPage;

/** The serious and critical violations axe finds in the task pane, one line per element. */
async function blockingViolations(): Promise<string[]> {
  let results = await new AxeBuilder({ page: sim.page }).include([PANE_FRAME, 'body']).analyze();
  // The audit must have run inside the pane (its buttons checked for a name, its text for contrast). On a loaded
  // machine axe can give up on reaching the frame and report nothing for it, so the audit is repeated until it did.
  const covered = (rule: string) => (results.passes.find((each) => each.id === rule)?.nodes.length ?? 0) > 0;
  for (let attempt = 1; attempt < AUDIT_ATTEMPTS && !(covered('button-name') && covered('color-contrast')); attempt += 1) {
    results = await new AxeBuilder({ page: sim.page }).include([PANE_FRAME, 'body']).analyze();
  }
  expect({ buttonName: covered('button-name'), colorContrast: covered('color-contrast') }).toEqual({ buttonName: true, colorContrast: true });
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}) ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`));
}

const participant = (address: string) => sim.pane.locator(`[data-testid="participant"][data-address="${address}"]`);

async function openView(name: string, ready: () => Promise<void>): Promise<void> {
  await sim.pane.getByRole('tab', { name }).click();
  await ready();
}

/** Each state of each view the audit covers: how to reach it from anywhere in the pane, and its screenshot's name. */
const STATES: readonly { readonly name: string; readonly reach: () => Promise<void>; readonly screenshot?: string }[] = [
  {
    name: 'Message: a known sender',
    reach: async () => {
      await openView('Message', async () => undefined);
      await sim.selectMessage('Q1 order forecast');
      await expect.poll(() => participant('john.doe@fabrikam.example').getAttribute('data-status'), { timeout: SYNC_TIMEOUT_MS }).toBe('known');
    },
  },
  {
    name: 'Message: the capture form',
    reach: async () => {
      await openView('Message', async () => undefined);
      await sim.selectMessage('Angebot Wartungsvertrag');
      const stranger = participant('k.fischer@fischer-technik.example');
      await expect.poll(() => stranger.getAttribute('data-status'), { timeout: SYNC_TIMEOUT_MS }).toBe('unknown');
      const form = sim.pane.getByRole('form', { name: 'New contact' });
      // The form may still be open from the previous test, on the same message.
      if ((await form.count()) === 0) await stranger.getByRole('button', { name: 'Add Klaus Fischer' }).click();
      await form.waitFor();
      // The form is complete once the signature has been read: its suggestions are shown, or it says it found none.
      await expect
        .poll(async () => (await form.locator('[data-suggested="true"]').count()) > 0 || (await form.getByRole('status').filter({ hasText: 'No details found in the signature.' }).count()) > 0, { timeout: 30_000 })
        .toBe(true);
      await expect.poll(() => form.getByRole('status').filter({ hasText: 'Reading the signature…' }).count(), { timeout: 30_000 }).toBe(0);
    },
  },
  {
    name: 'Contacts: the list',
    reach: async () => {
      await openView('Contacts', () => sim.pane.getByTestId('contact-row').first().waitFor({ timeout: SYNC_TIMEOUT_MS }));
      await sim.pane.getByLabel('Search contacts').fill('');
      await expect.poll(() => sim.pane.getByTestId('contact-row').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    },
    screenshot: 'contacts',
  },
  {
    name: 'Contacts: the editor',
    reach: async () => {
      await openView('Contacts', () => sim.pane.getByTestId('contact-row').first().waitFor({ timeout: SYNC_TIMEOUT_MS }));
      await sim.pane.getByLabel('Search contacts').fill('john.doe@fabrikam');
      await expect.poll(() => sim.pane.getByTestId('contact-row').count(), { timeout: 30_000 }).toBe(1);
      const row = sim.pane.getByTestId('contact-row').filter({ hasText: 'John Doe' });
      const form = row.getByRole('form', { name: 'Edit contact' });
      // The editor may still be open from the previous test.
      if ((await form.count()) === 0) {
        await row.getByRole('button', { expanded: false }).click();
        await row.getByTestId('contact-card').getByRole('button', { name: 'Edit' }).click();
      }
      await form.waitFor();
      await row.scrollIntoViewIfNeeded();
    },
    screenshot: 'contact-editor',
  },
  {
    name: 'Contacts: likely duplicates',
    reach: async () => {
      await openView('Contacts', () => sim.pane.getByTestId('contact-row').first().waitFor({ timeout: SYNC_TIMEOUT_MS }));
      const panel = sim.pane.getByTestId('duplicates');
      if ((await panel.count()) === 0) await sim.pane.getByRole('button', { name: 'Find duplicates' }).click();
      await panel.getByTestId('duplicates-count').waitFor({ timeout: 30_000 });
    },
  },
  { name: 'Sync', reach: () => openView('Sync', () => sim.pane.getByRole('button', { name: 'Sync now' }).waitFor()) },
  { name: 'Import and export', reach: () => openView('Import/Export', () => sim.pane.getByRole('heading', { name: 'Export contacts' }).waitFor({ timeout: 30_000 })) },
  { name: 'Settings', reach: () => openView('Settings', () => sim.pane.getByRole('heading', { name: 'Settings' }).waitFor()) },
];

interface FocusStop {
  readonly probe: number | undefined;
  readonly name: string;
  readonly ring: boolean;
}

/**
 * Marks the controls of the pane that Tab should reach (enabled, rendered, not taken out with tabindex="-1"; one
 * radio button per group) in document order, and puts the focus at the top of the pane's document.
 */
async function markTabStops(): Promise<string[]> {
  const frame = await sim.paneFrame();
  return frame.evaluate(() => {
    const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const groups = new Set<string>();
    const stops = [...document.querySelectorAll<HTMLElement>(focusable)].filter((element) => {
      if (element.matches(':disabled') || element.tabIndex < 0 || (element instanceof HTMLInputElement && element.type === 'hidden')) return false;
      // Not rendered, hidden, or inside a closed <details> (whose content Chromium skips as content-visibility: hidden).
      if (!element.checkVisibility({ visibilityProperty: true })) return false;
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        const group = document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${element.name}"]`);
        const stop = [...group].find((radio) => radio.checked) ?? group[0];
        if (stop !== element || groups.has(element.name)) return false;
        groups.add(element.name);
      }
      return true;
    });
    document.querySelectorAll('[data-tab-probe]').forEach((element) => element.removeAttribute('data-tab-probe'));
    stops.forEach((element, index) => element.setAttribute('data-tab-probe', String(index)));
    (document.activeElement as HTMLElement | null)?.blur();
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    return stops.map((element) => `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`);
  });
}

/** Where the focus is in the pane, and whether it shows Fluent's ring (a 2 px outline) as the keyboard put it there. */
async function focusStop(): Promise<FocusStop | undefined> {
  const frame = await sim.paneFrame();
  return frame.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!document.hasFocus() || element === null || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const probe = element.getAttribute('data-tab-probe');
    return {
      probe: probe === null ? undefined : Number(probe),
      name: `${element.tagName.toLowerCase()}.${element.className} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`,
      ring: element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

/** Presses Tab through the pane: the controls reached in order, and those that showed no focus ring. */
async function tabThroughPane(expected: number): Promise<{ reached: number[]; withoutRing: string[] }> {
  const reached: number[] = [];
  const withoutRing: string[] = [];
  for (let press = 0; press < expected + 5; press += 1) {
    await sim.page.keyboard.press('Tab');
    const stop = await focusStop();
    if (stop === undefined || (stop.probe !== undefined && reached.includes(stop.probe))) break;
    if (stop.probe !== undefined) reached.push(stop.probe);
    if (!stop.ring) withoutRing.push(stop.name);
  }
  return { reached, withoutRing };
}

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  sim = await harness.openSimulator();
  await signInWithDemoDialog(harness, sim, USER, 30_000);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe.each(['light', 'dark'] as const)('the pane in the %s theme', (theme) => {
  it.each(STATES)('has no serious or critical accessibility violation in $name', { timeout: 180_000 }, async ({ reach, screenshot }) => {
    await sim.setTheme(theme);
    await expect.poll(() => sim.pane.locator('html').getAttribute('data-theme'), { timeout: 30_000 }).toBe(theme);
    await reach();
    expect(await blockingViolations()).toEqual([]);
    // The task pane alone, at Outlook's task-pane width.
    if (screenshot !== undefined) await sim.page.locator(PANE_FRAME).screenshot({ path: screenshotPath(`screenshot-${screenshot}${theme === 'dark' ? '-dark' : ''}.png`) });
  });

  it.each(STATES)('reaches every control of $name with Tab, each with a visible focus ring', { timeout: 180_000 }, async ({ reach }) => {
    await sim.setTheme(theme);
    await reach();
    const stops = await markTabStops();
    expect(stops.length).toBeGreaterThan(3);
    const { reached, withoutRing } = await tabThroughPane(stops.length);
    expect(stops.filter((_, index) => !reached.includes(index))).toEqual([]);
    expect(reached).toEqual([...reached].sort((a, b) => a - b));
    expect(withoutRing).toEqual([]);
  });
});

describe('the audit', () => {
  it('reports a control without a name in the pane', { timeout: 60_000 }, async () => {
    const frame = await sim.paneFrame();
    await frame.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('button'), { id: 'audit-probe' })));
    try {
      expect((await blockingViolations()).join('\n')).toContain('button-name (critical) ["iframe","#audit-probe"]');
    } finally {
      await frame.evaluate(() => document.getElementById('audit-probe')?.remove());
    }
  });
});
