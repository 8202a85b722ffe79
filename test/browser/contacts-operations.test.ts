// Contact and folder operations in the Contacts view, end to end against the Graph emulator: a new contact saved
// through the outbox and read back from Graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith, signInWithDemoDialog } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const SEEDED_CONTACTS = 20;
const SYNC_TIMEOUT_MS = 90_000;

let harness: BrowserHarness;
let sim: SimulatorPage;

const inGraph = (address: string) => graphContactsWith(harness, USER_ADDRESS, address);
const rowNamed = (name: string) => sim.pane.getByTestId('contact-row').filter({ has: sim.pane.locator('.contact-list__name', { hasText: name }) });

async function openContacts(): Promise<void> {
  await sim.pane.getByRole('tab', { name: 'Contacts' }).click();
  await sim.pane.getByLabel('Search contacts').waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signInWithDemoDialog(harness, sim, USER, 30_000);
  await openContacts();
  await sim.pane.getByTestId('contacts-count').filter({ hasText: `${SEEDED_CONTACTS} contacts` }).waitFor({ timeout: SYNC_TIMEOUT_MS });
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('contact operations in the Contacts view', () => {
  it('creates a contact with several fields from Alt+N, and Graph holds it once, in the default folder', { timeout: 180_000 }, async () => {
    const address = 'grace.hopper@navy.example';
    await sim.pane.getByLabel('Search contacts').click();
    await sim.pane.getByLabel('Search contacts').press('Alt+n');
    const form = sim.pane.getByRole('form', { name: 'New contact' });
    await form.waitFor();
    await form.getByLabel('First name', { exact: true }).fill('Grace');
    await form.getByLabel('Last name', { exact: true }).fill('Hopper');
    await form.getByLabel('E-mail', { exact: true }).fill(address);
    await form.getByLabel('Mobile phone', { exact: true }).fill('+1 202 555 0199');
    await form.getByLabel('Company', { exact: true }).fill('US Navy');
    await form.getByLabel('Job title', { exact: true }).fill('Rear Admiral');
    await form.locator('summary', { hasText: 'Personal' }).click();
    await form.getByLabel('Birthday').fill('1906-12-09');
    await form.getByRole('button', { name: 'Save' }).click();

    await eventually(() => form.count()).toBe(0);
    const card = rowNamed('Grace Hopper').getByTestId('contact-card');
    await card.waitFor();
    await eventually(() => card.textContent(), SYNC_TIMEOUT_MS).not.toContain('Waiting to be saved to Outlook');
    const saved = await inGraph(address);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ givenName: 'Grace', surname: 'Hopper', mobilePhone: '+1 202 555 0199', companyName: 'US Navy', jobTitle: 'Rear Admiral' });
    expect(String(saved[0]?.birthday)).toMatch(/^1906-12-09T/);
  });
});
