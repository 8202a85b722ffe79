// The contact editor on Edit in the Contacts view, end to end: the fields a 360 px pane keeps folded are opened
// and filled (a second e-mail address, a home phone, a structured home address, a birthday, notes), saved to the
// mirror at once, pushed by the outbox, and read back from the Graph emulator as Graph keeps them; a birthday the
// edit leaves alone stays exactly as Outlook wrote it; a bad e-mail address is refused beside its control and
// nothing reaches the outbox; and the editor fits a 320 px pane, common fields first, every control labelled.
import type { FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith as graphContactsWithIn, signInWithDemoDialog } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const SEEDED_CONTACTS = 50;
const SYNC_TIMEOUT_MS = 90_000;

let harness: BrowserHarness;
let sim: SimulatorPage;

const graphContactOf = async (address: string) => {
  const found = await graphContactsWithIn(harness, USER_ADDRESS, address);
  expect(found).toHaveLength(1);
  return found[0] ?? {};
};

async function mirrorDatabase(): Promise<string> {
  const frame = await sim.paneFrame();
  const key = await frame.evaluate(() => (window as unknown as Record<string, { getState(): { account?: { key: string } } }>).__contactBridgeSignIn?.getState().account?.key);
  if (!key) throw new Error('Nobody is signed in.');
  return `contact-bridge-mirror@${key}`;
}

/** The outbox entries waiting in the pane's mirror (IndexedDB), and the fields of the mirror's row for `address`. */
async function mirrorState(address: string): Promise<{ outbox: number; fields: Record<string, unknown> | undefined }> {
  const frame = await sim.paneFrame();
  return frame.evaluate(
    async ({ name, wanted }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(name));
      });
      try {
        const tx = db.transaction(['contacts', 'outbox'], 'readonly');
        const all = <T,>(request: IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error ?? new Error('read'));
          });
        const outbox = await all(tx.objectStore('outbox').count());
        const records = (await all(tx.objectStore('contacts').getAll())) as { deleted: boolean; row: { fields: { emailAddresses?: { address: string }[] } } }[];
        const row = records.find((record) => !record.deleted && (record.row.fields.emailAddresses ?? []).some((email) => email.address === wanted));
        return { outbox, fields: row?.row.fields as Record<string, unknown> | undefined };
      } finally {
        db.close();
      }
    },
    { name: await mirrorDatabase(), wanted: address },
  );
}

async function openContacts(): Promise<void> {
  await sim.pane.getByRole('tab', { name: 'Contacts' }).click();
  await sim.pane.getByLabel('Search contacts').waitFor({ timeout: 30_000 });
}

/** Finds the contact in the Contacts view, opens its card and its editor. */
async function editContact(name: string, address: string) {
  await openContacts();
  await sim.pane.getByLabel('Search contacts').fill(address);
  const row = sim.pane.getByTestId('contact-row').filter({ has: sim.pane.locator('.contact-list__name', { hasText: name }) });
  await eventually(() => row.count(), 30_000).toBe(1);
  if ((await row.getByTestId('contact-card').count()) === 0) await row.getByRole('button', { expanded: false }).click();
  const card = row.getByTestId('contact-card');
  const form = row.getByRole('form', { name: 'Edit contact' });
  // The list may redraw the row while a sync's pages land: press Edit again until the form is open.
  await eventually(async () => {
    if ((await form.count()) === 0 && (await card.getByRole('button', { name: 'Edit' }).count()) > 0) await card.getByRole('button', { name: 'Edit' }).click({ timeout: 5_000 }).catch(() => undefined);
    return form.count();
  }, 60_000).toBe(1);
  return { row, card, form };
}

const openGroup = (form: ReturnType<FrameLocator['getByRole']>, name: string) => form.locator('summary', { hasText: name }).click();

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

describe('the contact editor in the Contacts view', () => {
  it('saves a second e-mail address, a home phone, a home address, a birthday and notes, and Graph keeps them structured', { timeout: 180_000 }, async () => {
    const address = 'john.doe@fabrikam.example';
    const { row, card, form } = await editContact('John Doe', address);
    await openGroup(form, 'More e-mail and IM addresses');
    await form.getByLabel('E-mail 2', { exact: true }).fill('john@doe-family.example');
    await openGroup(form, 'More phone numbers');
    await form.getByLabel('Home phone', { exact: true }).fill('+1 206 555 0100');
    // The phone check, loaded apart when the editor opened, offers the E.164 form; the number stays as typed.
    await eventually(() => form.locator('#contact-form-homePhone-e164').count()).toBe(1);
    expect(await form.locator('#contact-form-homePhone-e164').textContent()).toContain('International form: +12065550100');
    await openGroup(form, 'Home address');
    await form.getByLabel('Home address: Street').fill('742 Evergreen Terrace');
    await form.getByLabel('Home address: City').fill('Seattle');
    await form.getByLabel('Home address: State or province').fill('WA');
    await form.getByLabel('Home address: Postal code').fill('98101');
    await form.getByLabel('Home address: Country or region').fill('United States');
    await openGroup(form, 'Personal');
    await form.getByLabel('Birthday').fill('1984-02-29');
    await form.getByLabel('Notes').fill('Prefers calls after 3 pm.\nMet at the Seattle fair.');
    await form.getByRole('button', { name: 'Save' }).click();

    // Saved to the mirror at once (the form closes on the local write), then pushed once the outbox has drained.
    await eventually(() => row.getByRole('form', { name: 'Edit contact' }).count()).toBe(0);
    expect((await mirrorState(address)).fields).toMatchObject({ birthday: '1984-02-29', homePhones: ['+1 206 555 0100'] });
    await eventually(async () => (await mirrorState(address)).outbox, SYNC_TIMEOUT_MS).toBe(0);
    await eventually(() => card.textContent(), SYNC_TIMEOUT_MS).not.toContain('Waiting to be saved to Outlook');

    const saved = await graphContactOf(address);
    expect(saved.emailAddresses).toEqual([expect.objectContaining({ address }), expect.objectContaining({ address: 'john@doe-family.example' })]);
    expect(saved.homePhones).toEqual(['+1 206 555 0100']);
    expect(saved.homeAddress).toEqual({ street: '742 Evergreen Terrace', city: 'Seattle', state: 'WA', postalCode: '98101', countryOrRegion: 'United States' });
    // The calendar date typed, not a day earlier or later (Graph keeps a birthday as a time of day on that date).
    expect(String(saved.birthday)).toMatch(/^1984-02-29T/);
    expect(saved.personalNotes).toBe('Prefers calls after 3 pm.\nMet at the Seattle fair.');
    // What the edit did not touch is as it was.
    expect(saved).toMatchObject({ jobTitle: 'Purchasing Manager', businessPhones: ['+1 (206) 555-0142'], businessAddress: { city: 'Seattle', countryOrRegion: 'United States' } });
  });

  it('keeps a birthday the edit leaves alone exactly as Outlook wrote it', { timeout: 180_000 }, async () => {
    const address = 'sophie.mueller@adatum.example';
    const before = await graphContactOf(address);
    expect(before.birthday).toBe('1988-02-29T11:59:00Z');
    const { form } = await editContact('Sophie Müller', address);
    await openGroup(form, 'Personal');
    expect(await form.getByLabel('Birthday').inputValue()).toBe('1988-02-29');
    await form.getByLabel('Notes').fill('Sends the invoices on Fridays.');
    await form.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => (await graphContactOf(address)).personalNotes, SYNC_TIMEOUT_MS).toBe('Sends the invoices on Fridays.');
    expect((await graphContactOf(address)).birthday).toBe('1988-02-29T11:59:00Z');
  });

  it('refuses a bad e-mail address beside its control and queues nothing', { timeout: 120_000 }, async () => {
    const address = 'priya.sharma@relecloud.example.in';
    await eventually(async () => (await mirrorState(address)).outbox, SYNC_TIMEOUT_MS).toBe(0);
    const before = (await mirrorState(address)).fields;
    const { row, form } = await editContact('Priya Sharma', address);
    await openGroup(form, 'More e-mail and IM addresses');
    const email2 = form.getByLabel('E-mail 2', { exact: true });
    await email2.fill('priya at home');
    await form.getByRole('button', { name: 'Save' }).click();

    await eventually(() => form.getByRole('alert').textContent()).toBe('Correct the marked fields before saving.');
    const problem = form.locator(`#${(await email2.getAttribute('aria-describedby')) ?? 'none'}`);
    expect(await problem.textContent()).toBe('This is not an e-mail address (name@example.com).');
    expect(await email2.getAttribute('aria-invalid')).toBe('true');
    // Beside the field: the message is in the control's own box, right under it.
    expect(await problem.evaluate((node, id) => node.parentElement?.querySelector(`#${id}`) !== null, await email2.getAttribute('id'))).toBe(true);
    expect(await row.getByRole('form', { name: 'Edit contact' }).count()).toBe(1);
    expect(await mirrorState(address)).toEqual({ outbox: 0, fields: before });
    expect((await graphContactOf(address)).emailAddresses).toEqual([expect.objectContaining({ address })]);
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('fits a 320 px pane with the common fields first, the rest folded, and a label on every control', { timeout: 120_000 }, async () => {
    await sim.page.locator('aside.sim-pane').evaluate((pane) => {
      (pane as HTMLElement).style.width = '320px';
    });
    const frame = await sim.paneFrame();
    await eventually(() => frame.evaluate(() => document.documentElement.clientWidth)).toBe(320);
    const { form } = await editContact('Emma Johnson', 'emma.johnson@northwind.example');
    const layout = await form.evaluate((box) => {
      const root = document.documentElement;
      const controls = [...box.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea, select')];
      const unlabelled = controls.filter((control) => control.labels?.length === 0 && !control.getAttribute('aria-label')).map((control) => control.id || control.outerHTML);
      const shown = controls.filter((control) => control.closest('details') === null).map((control) => control.id);
      const groups = [...box.querySelectorAll('details')].map((group) => ({ label: group.querySelector('summary')?.textContent, open: group.open }));
      const widest = Math.max(...[...box.querySelectorAll<HTMLElement>('*')].map((element) => element.getBoundingClientRect().right));
      return { overflow: root.scrollWidth - root.clientWidth, widest, unlabelled, shown, groups };
    });
    expect(layout.overflow).toBe(0);
    expect(layout.widest).toBeLessThanOrEqual(320);
    expect(layout.unlabelled).toEqual([]);
    expect(layout.shown).toEqual(['contact-form-displayName', 'contact-form-givenName', 'contact-form-surname', 'contact-form-email', 'contact-form-mobilePhone', 'contact-form-businessPhone', 'contact-form-companyName', 'contact-form-jobTitle']);
    expect(layout.groups.length).toBeGreaterThanOrEqual(8);
    expect(layout.groups.filter((group) => group.open)).toEqual([]);
    // A folded group opens to its controls, each reachable by its label.
    await openGroup(form, 'Other address');
    await form.getByLabel('Other address: Postal code').fill('02134');
    expect(await form.getByLabel('Other address: Postal code').inputValue()).toBe('02134');
    await form.getByRole('button', { name: 'Cancel' }).click();
  });
});
