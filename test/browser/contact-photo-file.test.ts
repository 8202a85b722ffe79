// A contact's photo set from a file in the Contacts view, end to end against the Graph emulator: a large PNG is
// chosen through the card's file input, shown at once, and reaches Graph as a JPEG scaled to Outlook's size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../../emulator/seed/seed-photo.js';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith, openSyncedContacts, signInWithDemoDialog, SYNC_TIMEOUT_MS } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const ADDRESS = 'priya.sharma@relecloud.example.in';
const SEEDED_CONTACTS = 20;
/** Larger than Outlook's 648 px: the pane scales it down. */
const LARGE_PNG = makePng(900, [30, 120, 200]);

let harness: BrowserHarness;
let sim: SimulatorPage;

async function graphPhoto(id: string) {
  const token = harness.emulator.mintToken(USER_ADDRESS, ['Contacts.ReadWrite']);
  const headers = { Authorization: `Bearer ${token}` };
  const value = await harness.context.request.get(`${harness.emulator.graphUrl}/me/contacts/${id}/photo/$value`, { headers });
  const meta = await harness.context.request.get(`${harness.emulator.graphUrl}/me/contacts/${id}/photo`, { headers });
  return { status: value.status(), type: value.headers()['content-type'], bytes: Buffer.from(await value.body()), meta: meta.status() === 200 ? ((await meta.json()) as { width: number; height: number }) : undefined };
}

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signInWithDemoDialog(harness, sim, USER, 30_000);
  await openSyncedContacts(sim, SEEDED_CONTACTS);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('a contact photo from a file', () => {
  it('shows the chosen photo at once and Graph then holds it as a JPEG within 648 px', { timeout: 180_000 }, async () => {
    const [contact] = await graphContactsWith(harness, USER_ADDRESS, ADDRESS);
    const id = String(contact?.id);
    const before = await graphPhoto(id);
    await sim.pane.getByLabel('Search contacts').fill(ADDRESS);
    const row = sim.pane.getByTestId('contact-row').filter({ has: sim.pane.locator('.contact-list__name', { hasText: 'Priya Sharma' }) });
    await eventually(() => row.count(), 30_000).toBe(1);
    await row.getByRole('button', { expanded: false }).click();
    const card = row.getByTestId('contact-card');
    await eventually(() => card.getAttribute('data-photo'), 30_000).not.toBe('loading');
    const shownBefore = (await card.getByTestId('contact-photo').count()) > 0 ? await card.getByTestId('contact-photo').getAttribute('src') : null;
    await expect(row.getByRole('button', { name: 'Set photo…' }).isVisible()).resolves.toBe(true);
    await row.getByTestId('photo-file').setInputFiles({ name: 'portrait.png', mimeType: 'image/png', buffer: LARGE_PNG });
    // Shown at once, from the pane's cache, in place of what was shown before.
    await eventually(() => card.getByTestId('contact-photo').getAttribute('src'), 30_000).not.toBe(shownBefore);

    await eventually(async () => (await graphPhoto(id)).type, SYNC_TIMEOUT_MS).toBe('image/jpeg');
    const photo = await graphPhoto(id);
    expect(photo.bytes.equals(before.bytes)).toBe(false);
    expect(photo.type).toBe('image/jpeg');
    expect([...photo.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(photo.meta).toMatchObject({ width: 648, height: 648 });
  });

  it('refuses a file that is not an image, saying so, and sends nothing', { timeout: 60_000 }, async () => {
    const row = sim.pane.getByTestId('contact-row').filter({ has: sim.pane.locator('.contact-list__name', { hasText: 'Priya Sharma' }) });
    const before = await graphPhoto(String((await graphContactsWith(harness, USER_ADDRESS, ADDRESS))[0]?.id));
    await row.getByTestId('photo-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    await row.getByRole('alert').filter({ hasText: 'This file cannot be used as a photo.' }).waitFor();
    const after = await graphPhoto(String((await graphContactsWith(harness, USER_ADDRESS, ADDRESS))[0]?.id));
    expect(after.bytes.equals(before.bytes)).toBe(true);
  });
});
