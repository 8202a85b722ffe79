// Duplicates in the Contacts view, end to end against the Graph emulator: two contacts of one person (added by
// "another Outlook client" before the first sync) are found as a group, shown side by side and merged with a
// value picked per field. Undo while the merge is still in the outbox brings both back, in the pane and in Graph;
// merged again and let go, Graph holds one contact with the merged fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { signInWithDemoDialog } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const SEEDED_CONTACTS = 20;
const SYNC_TIMEOUT_MS = 90_000;

const AT_WORK = {
  givenName: 'Nomvula',
  surname: 'Dlamini',
  displayName: 'Nomvula Dlamini',
  emailAddresses: [{ address: 'nomvula@karoo.example', name: 'Nomvula Dlamini' }],
  companyName: 'Karoo Mining',
  jobTitle: 'Geologist',
  businessPhones: ['+27 21 555 0100'],
};
const AT_HOME = {
  givenName: 'Nomvula',
  surname: 'Dlamini-Khumalo',
  displayName: 'Nomvula Dlamini-Khumalo',
  emailAddresses: [{ address: 'NOMVULA@karoo.example' }, { address: 'n.dlamini@home.example' }],
  mobilePhone: '+27 82 555 0199',
  jobTitle: 'Chief Geologist',
};

let harness: BrowserHarness;
let sim: SimulatorPage;

/** The mailbox's contacts named Nomvula, as Graph holds them. */
async function nomvulasInGraph(): Promise<Record<string, unknown>[]> {
  const token = harness.emulator.mintToken(USER_ADDRESS, ['Contacts.ReadWrite']);
  const response = await harness.context.request.get(`${harness.emulator.graphUrl}/me/contacts?$top=1000`, { headers: { Authorization: `Bearer ${token}` } });
  const page = (await response.json()) as { value: Record<string, unknown>[] };
  return page.value.filter((contact) => contact.givenName === 'Nomvula');
}

const panel = () => sim.pane.getByTestId('duplicates');
const notice = () => panel().getByRole('status');
const shownNames = () => sim.pane.locator('.contact-list__name').allTextContents();

/** Opens the Duplicates panel and steps to the group with both Nomvulas. */
async function openTheGroup(): Promise<void> {
  if ((await panel().count()) === 0) await sim.pane.getByRole('button', { name: 'Find duplicates' }).click();
  await panel().getByTestId('duplicates-count').waitFor({ timeout: 30_000 });
  const table = panel().getByTestId('duplicates-table');
  for (;;) {
    await table.waitFor({ timeout: 30_000 });
    if ((await table.locator('.duplicates__name').allTextContents()).includes('Nomvula Dlamini-Khumalo')) return;
    await panel().getByRole('button', { name: 'Next group' }).click();
  }
}

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  for (const contact of [AT_WORK, AT_HOME]) {
    const created = await harness.context.request.fetch(`${harness.baseUrl}/_emulator/remote/v1.0/me/contacts`, { method: 'POST', data: contact });
    if (created.status() !== 201) throw new Error(`the emulator answered ${created.status()} to a seeded contact`);
  }
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signInWithDemoDialog(harness, sim, USER, 30_000);
  await sim.pane.getByRole('tab', { name: 'Contacts' }).click();
  await sim.pane.getByTestId('contacts-count').filter({ hasText: `${SEEDED_CONTACTS + 2} contacts` }).waitFor({ timeout: SYNC_TIMEOUT_MS });
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('duplicates in the Contacts view', () => {
  it('merges a group field by field, takes it back with Undo, and leaves one merged contact in Graph', { timeout: 240_000 }, async () => {
    await sim.pane.getByLabel('Search contacts').fill('Nomvula');
    await eventually(shownNames, 30_000).toEqual(['Nomvula Dlamini', 'Nomvula Dlamini-Khumalo']);
    await openTheGroup();
    const table = panel().getByTestId('duplicates-table');
    expect(await table.locator('.duplicates__row--differs').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field')))).toEqual(
      expect.arrayContaining(['surname', 'emailAddresses', 'jobTitle', 'mobilePhone']),
    );
    expect(await table.locator('tr[data-field="givenName"]').getAttribute('class')).not.toContain('--differs');

    // Merged and taken back while the merge waits in the outbox: both contacts return, Graph never saw it.
    await panel().getByRole('radio', { name: 'Use Chief Geologist for Job title' }).check();
    await panel().getByRole('button', { name: 'Merge into one contact' }).click();
    await eventually(() => notice().textContent(), 30_000).toContain('Merged 2 contacts into Nomvula Dlamini.');
    await eventually(shownNames, 30_000).toEqual(['Nomvula Dlamini']);
    await notice().getByRole('button', { name: 'Undo' }).click();
    await eventually(() => notice().textContent(), 30_000).toContain('The merge was undone.');
    await eventually(shownNames, 30_000).toEqual(['Nomvula Dlamini', 'Nomvula Dlamini-Khumalo']);
    expect((await nomvulasInGraph()).map((contact) => [contact.surname, contact.jobTitle]).sort()).toEqual([['Dlamini', 'Geologist'], ['Dlamini-Khumalo', 'Chief Geologist']]);
    expect(await sim.pane.getByText('Waiting to be saved to Outlook').count()).toBe(0);

    // Merged again and let go: the push updates the kept contact and deletes the other.
    await openTheGroup();
    await panel().getByRole('radio', { name: 'Use Chief Geologist for Job title' }).check();
    await panel().getByRole('button', { name: 'Merge into one contact' }).click();
    await notice().getByRole('button', { name: 'Undo' }).waitFor({ timeout: 30_000 });
    await notice().getByRole('button', { name: 'Close' }).click();
    await eventually(async () => (await nomvulasInGraph()).length, SYNC_TIMEOUT_MS).toBe(1);
    const [merged] = await nomvulasInGraph();
    expect(merged).toMatchObject({
      surname: 'Dlamini',
      jobTitle: 'Chief Geologist',
      companyName: 'Karoo Mining',
      businessPhones: ['+27 21 555 0100'],
      mobilePhone: '+27 82 555 0199',
    });
    expect((merged?.emailAddresses as { address: string }[]).map((email) => email.address)).toEqual(['nomvula@karoo.example', 'n.dlamini@home.example']);
    await eventually(shownNames, 30_000).toEqual(['Nomvula Dlamini']);
  });
});
