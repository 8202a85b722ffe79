// The Message view end to end in the simulator: after sign-in the pane mirrors the demo mailbox's contacts
// (real IndexedDB, real Graph adapter against the emulator), matches everyone on the selected message, captures
// an unknown sender in one click (pushed to the emulator by the outbox), and follows the selection without stale results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSimulator, startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { screenshotPath } from '../support/screenshot-path.js';
import { graphContactsWith as graphContactsWithIn, signInWithDemoDialog } from '../support/demo-sign-in.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const SYNC_TIMEOUT_MS = 60_000;

let harness: BrowserHarness;
let sim: SimulatorPage;

const participant = (address: string) => sim.pane.locator(`[data-testid="participant"][data-address="${address}"]`);
const statusOf = (address: string) => participant(address).getAttribute('data-status', { timeout: SYNC_TIMEOUT_MS });

const signIn = () => signInWithDemoDialog(harness, sim, USER, 15_000);

const graphContactsWith = (address: string) => graphContactsWithIn(harness, USER_ADDRESS, address);

interface MailboxMessage {
  readonly subject: string;
  readonly from: { address: string };
  readonly to: readonly { address: string }[];
  readonly cc: readonly { address: string }[];
}

beforeAll(async () => {
  harness = await startBrowserHarness();
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signIn();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('the Message view in the simulator', () => {
  it('shows the card of a known sender once the mirror has synced', async () => {
    await sim.selectMessage('Q1 order forecast');
    await expect.poll(() => statusOf('john.doe@fabrikam.example'), { timeout: SYNC_TIMEOUT_MS }).toBe('known');
    const card = participant('john.doe@fabrikam.example').getByTestId('contact-card');
    await expect.poll(() => card.textContent()).toContain('Purchasing Manager');
    expect(await card.textContent()).toContain('Fabrikam Inc.');
    expect(await card.textContent()).toContain('Clients');
    expect(await card.getByRole('button', { name: 'Edit' }).count()).toBe(1);
    await expect.poll(() => sim.pane.getByText(/Syncing your contacts/).count(), { timeout: SYNC_TIMEOUT_MS }).toBe(0);
    await sim.page.screenshot({ path: screenshotPath('screenshot-message.png') });
  });

  it('adds an unknown sender in one click, shows it as known without a reload, and pushes it to Graph', async () => {
    const address = 'k.fischer@fischer-technik.example';
    await sim.selectMessage('Angebot Wartungsvertrag');
    await expect.poll(() => statusOf(address), { timeout: SYNC_TIMEOUT_MS }).toBe('unknown');
    await participant(address).getByRole('button', { name: 'Add Klaus Fischer' }).click();
    const form = sim.pane.getByRole('form', { name: 'New contact' });
    await expect.poll(() => form.getByLabel('Last name').inputValue()).toBe('Fischer');
    await expect.poll(() => form.getByText('Suggested').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const suggested = await form.locator('input[data-suggested="true"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(suggested.length).toBeGreaterThan(0);
    await form.getByRole('button', { name: 'Accept all suggestions' }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => statusOf(address), { timeout: 10_000 }).toBe('known');
    expect(await participant(address).getByTestId('contact-card').textContent()).toContain('Klaus Fischer');
    await expect.poll(async () => (await graphContactsWith(address)).length, { timeout: SYNC_TIMEOUT_MS }).toBe(1);
    const [pushed] = await graphContactsWith(address);
    expect(pushed?.displayName).toBe('Klaus Fischer');
    expect(pushed?.surname).toBe('Fischer');
    for (const value of suggested) expect(JSON.stringify(pushed)).toContain(JSON.stringify(value).slice(1, -1));
  });

  it('follows the selection in a pinned pane and never shows people of another message under a subject', async () => {
    const response = await harness.context.request.get(`${harness.baseUrl}/_emulator/mailbox/messages`);
    const body = (await response.json()) as { value?: MailboxMessage[]; messages?: MailboxMessage[] } | MailboxMessage[];
    const messages = Array.isArray(body) ? body : (body.value ?? body.messages ?? []);
    const peopleOf = new Map(messages.map((m) => [m.subject, new Set([m.from, ...m.to, ...m.cc].map((a) => a.address.toLowerCase()))]));
    const frame = await sim.paneFrame();
    await frame.evaluate(() => {
      const seen: { subject: string; people: string[] }[] = [];
      const record = () => {
        const subject = document.querySelector('[data-testid="open-item-subject"]')?.textContent ?? '';
        const people = [...document.querySelectorAll('[data-testid="participant"]')].map((el) => (el.getAttribute('data-address') ?? '').toLowerCase());
        seen.push({ subject, people });
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      Object.assign(window, { __seen: seen });
    });
    const subjects = ['Q1 order forecast', 'Kick-off: Partner Summit 2027 (all invitees)', 'Proposta comercial', 'RE: Contract draft v3', 'Proposta comercial'];
    for (const subject of subjects) await sim.selectMessage(subject);
    await expect.poll(() => statusOf('fernanda@lojasverdes.example.com.br'), { timeout: 10_000 }).toBe('unknown');
    expect(await participant('thiago.araujo@woodgrove.example').getAttribute('data-status')).toBe('known');
    const seen = await frame.evaluate(() => (window as unknown as { __seen: { subject: string; people: string[] }[] }).__seen);
    expect(seen.length).toBeGreaterThan(subjects.length);
    const mismatched = seen.filter((snapshot) => snapshot.people.some((address) => !(peopleOf.get(snapshot.subject)?.has(address) ?? false)));
    expect(mismatched).toEqual([]);
  });

  it('matches the recipients of a message being written, again each time they change', async () => {
    await sim.composeNewMessage();
    const to = sim.page.getByRole('textbox', { name: 'To', exact: true });
    await to.fill('John Doe <john.doe@fabrikam.example>');
    await to.press('Tab');
    await expect.poll(() => statusOf('john.doe@fabrikam.example'), { timeout: 10_000 }).toBe('known');
    await to.fill('John Doe <john.doe@fabrikam.example>; Newcomer <newcomer@nowhere.example>');
    await to.press('Tab');
    await expect.poll(() => statusOf('newcomer@nowhere.example'), { timeout: 10_000 }).toBe('unknown');
    expect(await statusOf('john.doe@fabrikam.example')).toBe('known');
  });

  it('offers a plus-tagged address as a possible match and adds it to the contact on request', async () => {
    const tagged = 'john.doe+orders@fabrikam.example';
    const to = sim.page.getByRole('textbox', { name: 'To', exact: true });
    await to.fill(`John Doe <${tagged}>`);
    await to.press('Tab');
    await expect.poll(() => statusOf(tagged), { timeout: 10_000 }).toBe('possible');
    await participant(tagged).getByRole('button', { name: 'Add this address to John Doe' }).click();
    await expect.poll(() => statusOf(tagged), { timeout: 10_000 }).toBe('known');
    expect(await participant(tagged).getByTestId('contact-card').textContent()).toContain(tagged);
  });

  it('says when a contact already has the three e-mail addresses Outlook keeps', async () => {
    const to = sim.page.getByRole('textbox', { name: 'To', exact: true });
    await to.fill('Emma Johnson <emma.johnson+a@northwind.example>');
    await to.press('Tab');
    // Other Emma Johnsons in the mirror are offered too (same name); the plus-tagged variant ranks first.
    await participant('emma.johnson+a@northwind.example').getByRole('button', { name: 'Add this address to Emma Johnson' }).first().click();
    await expect.poll(() => statusOf('emma.johnson+a@northwind.example'), { timeout: 10_000 }).toBe('known');
    await to.fill('Emma Johnson <emma.johnson+b@northwind.example>');
    await to.press('Tab');
    const row = participant('emma.johnson+b@northwind.example');
    await expect.poll(() => statusOf('emma.johnson+b@northwind.example'), { timeout: 10_000 }).toBe('possible');
    const first = row.getByRole('listitem').first();
    expect(await first.textContent()).toContain('Emma Johnson already has 3 e-mail addresses');
    expect(await first.getByRole('button', { name: 'Add this address to Emma Johnson' }).count()).toBe(0);
  });

  it('adds every unknown person of a message after a preview, leaving out the ones unticked', async () => {
    await sim.selectMessage('Kick-off: Partner Summit 2027 (all invitees)');
    await expect.poll(() => statusOf('attendee02@events.example'), { timeout: 10_000 }).toBe('unknown');
    await sim.pane.getByRole('button', { name: /^Add all unknown \(\d+\)$/ }).click();
    const preview = sim.pane.getByRole('region', { name: 'Add these people to your contacts' });
    await preview.getByRole('checkbox', { name: 'Include Attendee 02' }).uncheck();
    await preview.getByRole('button', { name: /^Add \d+ contacts$/ }).click();
    await expect.poll(() => statusOf('attendee03@events.example'), { timeout: 10_000 }).toBe('known');
    // Left out, so not known; colleagues at its domain are contacts now, which makes it a possible match.
    expect(await statusOf('attendee02@events.example')).toBe('possible');
    expect(await statusOf('priya.sharma@relecloud.example.in')).toBe('known');
  });

  it('extracts a signature from a huge malformed body in the worker while the pane keeps running', async () => {
    const frame = await sim.paneFrame();
    const outcome = await frame.evaluate(async () => {
      const worker = new Worker('/chunks/signature-extraction.js', { name: 'signature-extraction' });
      const body = `${'<div><span>'.repeat(200_000)}${'x'.repeat(2_000_000)}<p>Best regards,<br>Zed Zulu<br>CTO, Zulu Ltd<br>+44 20 7946 0958</p>`;
      let ticks = 0;
      const timer = setInterval(() => (ticks += 1), 5);
      const started = performance.now();
      const answer = await new Promise<{ ok: boolean; extraction?: { stats: { truncated: boolean } } }>((resolve) => {
        worker.onmessage = (event) => resolve(event.data as { ok: boolean; extraction?: { stats: { truncated: boolean } } });
        worker.postMessage({ body, bodyType: 'html', senderName: 'Zed Zulu', senderAddress: 'zed@zulu.example' });
      });
      const elapsed = performance.now() - started;
      clearInterval(timer);
      worker.terminate();
      return { ok: answer.ok, truncated: answer.extraction?.stats.truncated, ticks, elapsed };
    });
    expect(outcome.ok).toBe(true);
    expect(outcome.truncated).toBe(true);
    // The main thread ran its timer throughout: at least one tick per 50 ms of extraction.
    expect(outcome.ticks).toBeGreaterThanOrEqual(Math.floor(outcome.elapsed / 50));
  });

  it('shows a person another Outlook client added as known after the next sync, and forgets one it deleted', { timeout: 180_000 }, async () => {
    const address = 'noreply-billing@wideworldimporters.example';
    await sim.selectMessage('Your invoice INV-20931 is ready');
    await expect.poll(() => sim.pane.getByText(/Syncing your contacts/).count(), { timeout: SYNC_TIMEOUT_MS }).toBe(0);
    await expect.poll(() => statusOf(address), { timeout: SYNC_TIMEOUT_MS }).toBe('unknown');
    const created = await harness.context.request.fetch(`${harness.baseUrl}/_emulator/remote/v1.0/me/contacts`, {
      method: 'POST',
      data: { displayName: 'Wide World Billing', emailAddresses: [{ address, name: 'Wide World Billing' }], jobTitle: 'Accounts receivable' },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await sim.pane.getByRole('tab', { name: 'Sync' }).click();
    await sim.pane.getByRole('button', { name: 'Sync now' }).click();
    await sim.pane.getByRole('tab', { name: 'Message' }).click();
    await expect.poll(() => statusOf(address), { timeout: SYNC_TIMEOUT_MS }).toBe('known');
    await expect.poll(() => participant(address).getByTestId('contact-card').textContent()).toContain('Accounts receivable');
    const deleted = await harness.context.request.fetch(`${harness.baseUrl}/_emulator/remote/v1.0/me/contacts/${id}`, { method: 'DELETE' });
    expect(deleted.status()).toBe(204);
    await sim.pane.getByRole('tab', { name: 'Sync' }).click();
    await sim.pane.getByRole('button', { name: 'Sync now' }).click();
    await sim.pane.getByRole('tab', { name: 'Message' }).click();
    await expect.poll(() => statusOf(address), { timeout: SYNC_TIMEOUT_MS }).toBe('unknown');
  });

  it('shows a person another pane added as known, through the mirror both panes share', { timeout: 180_000 }, async () => {
    const address = 'fernanda@lojasverdes.example.com.br';
    await sim.selectMessage('Proposta comercial');
    await expect.poll(() => statusOf(address), { timeout: SYNC_TIMEOUT_MS }).toBe('unknown');
    // A second Outlook window on the same mailbox: signed in silently from the shared cache, same IndexedDB mirror.
    const other = await openSimulator(await harness.newPage(), harness.baseUrl);
    try {
      await other.pane.getByTestId('account-name').filter({ hasText: USER }).waitFor({ timeout: SYNC_TIMEOUT_MS });
      await other.selectMessage('Proposta comercial');
      const there = other.pane.locator(`[data-testid="participant"][data-address="${address}"]`);
      await expect.poll(() => there.getAttribute('data-status'), { timeout: SYNC_TIMEOUT_MS }).toBe('unknown');
      await there.getByRole('button', { name: 'Add Fernanda Gonçalves' }).click();
      await other.pane.getByRole('form', { name: 'New contact' }).getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => there.getAttribute('data-status'), { timeout: SYNC_TIMEOUT_MS }).toBe('known');
      // This pane built its match index long ago: it must learn of the other pane's write to match her now.
      await expect.poll(() => statusOf(address), { timeout: SYNC_TIMEOUT_MS }).toBe('known');
      expect(await participant(address).getByTestId('contact-card').textContent()).toContain('Fernanda Gonçalves');
    } finally {
      await other.page.close();
    }
  });
});
