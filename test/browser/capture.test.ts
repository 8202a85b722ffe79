// Capture on the demo mailbox's real message bodies: for every demo message, the suggestions the pane offers
// after Add are exactly what the core's signature extractor finds in that message's body (so what Outlook hands
// the pane reaches the extractor intact), and a capture with every suggestion accepted lands in Graph with its
// fields structured as Graph keeps them. The mailbox starts without contacts, so every sender is a stranger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantsOf } from '../../src/core/match/participants.js';
import { extractSignature } from '../../src/core/match/signature/extract-signature.js';
import { draftFor } from '../../src/engine/capture-contact.js';
import { fieldSuggestionsOf, formValuesOf, type FieldSuggestion } from '../../src/engine/capture-form-fields.js';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith, signInWithDemoDialog } from '../support/demo-sign-in.js';
import { screenshotPath } from '../support/screenshot-path.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const SYNC_TIMEOUT_MS = 60_000;
const READING = 'Reading the signature…';
const NONE_FOUND = 'No details found in the signature.';

interface DemoAddress {
  readonly name: string;
  readonly address: string;
}

interface DemoMessage {
  readonly subject: string;
  readonly from: DemoAddress;
  readonly to: readonly DemoAddress[];
  readonly cc: readonly DemoAddress[];
  readonly body: { readonly contentType: 'text' | 'html'; readonly content: string };
}

let harness: BrowserHarness;
let sim: SimulatorPage;
let messages: readonly DemoMessage[];

const participant = (address: string) => sim.pane.locator(`[data-testid="participant"][data-address="${address}"]`);

async function demoMessages(): Promise<readonly DemoMessage[]> {
  const response = await harness.context.request.get(`${harness.baseUrl}/_emulator/mailbox/messages`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { value?: DemoMessage[] } | DemoMessage[];
  return Array.isArray(body) ? body : (body.value ?? []);
}

/**
 * The editor's controls a suggestion fills, by control id: a suggested business address fills the address parts
 * it was read into (street, city, ...), each in its own control.
 */
function controlValuesOf(suggestion: FieldSuggestion): [string, string][] {
  if (suggestion.field !== 'businessAddress') return [[`contact-form-${suggestion.field}`, suggestion.value]];
  return Object.entries(suggestion.address ?? {}).flatMap(([part, value]) => (value ? [[`contact-form-business-${part}`, value] as [string, string]] : []));
}

/** The sender as the pane sees it, and the controls (by id) the core would suggest values for from this body. */
function expectedSuggestions(message: DemoMessage): { address: string; suggested: Record<string, string> } {
  const headers = { from: { displayName: message.from.name, emailAddress: message.from.address }, to: [], cc: [] };
  const [sender] = participantsOf(headers, [USER_ADDRESS]);
  if (sender === undefined) throw new Error(`The demo message "${message.subject}" has no usable sender.`);
  const extraction = extractSignature({
    body: message.body.content,
    bodyType: message.body.contentType,
    ...(sender.displayName === undefined ? {} : { senderName: sender.displayName }),
    senderAddress: sender.address,
    // The simulator's Outlook shows its interface in en-US unless the page says otherwise (?lang=).
    displayLanguage: 'en-US',
  });
  const prefilled = formValuesOf(draftFor(sender));
  const suggested = fieldSuggestionsOf(extraction.suggestions).filter((suggestion) => (prefilled[suggestion.field] ?? '') === '');
  const controls = suggested.flatMap(controlValuesOf).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { address: sender.address, suggested: Object.fromEntries(controls) };
}

/** Opens Add for the sender and answers the suggested controls (id → value) once the signature has been read. */
async function suggestionsShownFor(address: string): Promise<Record<string, string>> {
  await expect.poll(() => participant(address).getAttribute('data-status'), { timeout: SYNC_TIMEOUT_MS }).toBe('unknown');
  await participant(address).getByRole('button', { name: /^Add / }).click();
  const form = sim.pane.getByRole('form', { name: 'New contact' });
  await form.waitFor();
  // The signature has been read once the form shows its suggestions or says it found none (the "Reading…" note
  // appears only after the form's first render, so its absence alone says nothing).
  await expect
    .poll(async () => (await form.locator('[data-suggested="true"]').count()) > 0 || (await form.getByRole('status').filter({ hasText: NONE_FOUND }).count()) > 0, { timeout: 15_000 })
    .toBe(true);
  await expect.poll(() => form.getByRole('status').filter({ hasText: READING }).count(), { timeout: 15_000 }).toBe(0);
  const shown = await form
    .locator('[data-suggested="true"]')
    .evaluateAll((controls) => controls.map((control) => [control.id, (control as HTMLInputElement).value] as [string, string]));
  return Object.fromEntries(shown.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: 0 } });
  sim = await harness.openSimulator();
  await signInWithDemoDialog(harness, sim, USER, 15_000);
  messages = await demoMessages();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('capture on the demo messages', () => {
  it('offers, for every demo message, exactly the suggestions the signature extractor finds in its body', async () => {
    expect(messages.length).toBeGreaterThanOrEqual(13);
    const differences: { subject: string; shown: Record<string, string>; expected: Record<string, string> }[] = [];
    let offered = 0;
    for (const message of messages) {
      const { address, suggested } = expectedSuggestions(message);
      await sim.selectMessage(message.subject);
      const shown = await suggestionsShownFor(address);
      offered += Object.keys(shown).length;
      if (JSON.stringify(shown) !== JSON.stringify(suggested)) differences.push({ subject: message.subject, shown, expected: suggested });
      await sim.pane.getByRole('form', { name: 'New contact' }).getByRole('button', { name: 'Cancel' }).click();
    }
    expect(differences).toEqual([]);
    expect(offered).toBeGreaterThanOrEqual(messages.length * 2);
  }, 240_000);

  it('saves Klaus Fischer with every suggestion accepted, structured as Graph keeps it, and no fax as a phone', async () => {
    const address = 'k.fischer@fischer-technik.example';
    await sim.selectMessage('Angebot Wartungsvertrag');
    await suggestionsShownFor(address);
    const form = sim.pane.getByRole('form', { name: 'New contact' });
    const viewport = sim.page.viewportSize();
    await sim.page.setViewportSize({ width: viewport?.width ?? 1280, height: 1400 });
    await sim.page.screenshot({ path: screenshotPath('screenshot-capture.png') });
    if (viewport !== null) await sim.page.setViewportSize(viewport);
    // The signature's address is offered in the business address's own controls, part by part.
    const part = (name: string) => form.locator(`#contact-form-business-${name}`);
    expect({ street: await part('street').inputValue(), postalCode: await part('postalCode').inputValue(), city: await part('city').inputValue() }).toEqual({
      street: 'Friedrichstraße 123',
      postalCode: '10117',
      city: 'Berlin',
    });
    expect(await part('street').getAttribute('data-suggested')).toBe('true');
    await form.getByRole('button', { name: 'Accept all suggestions' }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => participant(address).getAttribute('data-status'), { timeout: 10_000 }).toBe('known');
    await expect.poll(async () => (await graphContactsWith(harness, USER_ADDRESS, address)).length, { timeout: SYNC_TIMEOUT_MS }).toBe(1);
    const [saved] = await graphContactsWith(harness, USER_ADDRESS, address);
    expect(saved).toMatchObject({
      displayName: 'Klaus Fischer',
      givenName: 'Klaus',
      surname: 'Fischer',
      jobTitle: 'Geschäftsführer',
      companyName: 'Fischer Technik GmbH',
      businessPhones: ['+49301234567'],
      mobilePhone: '+491712345678',
      businessAddress: { street: 'Friedrichstraße 123', postalCode: '10117', city: 'Berlin' },
    });
    expect(String(saved?.businessHomePage)).toMatch(/^(https?:\/\/)?www\.fischer-technik\.example\/?$/u);
    expect(JSON.stringify(saved)).not.toContain('1234568');
  }, 120_000);
});
