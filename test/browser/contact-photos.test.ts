// Contact photos in the simulator, end to end: walking every demo message shows each known contact's photo or
// its initials, and asks Graph for a contact's photo at most once, "no photo" (404) included: a second walk, and
// a walk after the pane restarted (the photo cache lives in IndexedDB), ask for none. Contacts without a photo
// show their initials.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { signInWithDemoDialog } from '../support/demo-sign-in.js';

const USER = 'Dana Whitfield';
const SYNC_TIMEOUT_MS = 90_000;

let harness: BrowserHarness;
let sim: SimulatorPage;

interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

async function photoRequests(): Promise<readonly LoggedRequest[]> {
  const response = await harness.context.request.get(`${harness.baseUrl}/_emulator/requests`);
  const { requests } = (await response.json()) as { requests: LoggedRequest[] };
  return requests.filter((request) => request.method === 'GET' && /\/photo\/\$value$/.test(request.path));
}

interface DemoMessage {
  readonly subject: string;
  readonly addresses: readonly string[];
}

type Address = { readonly address: string };

async function demoMessages(): Promise<readonly DemoMessage[]> {
  const response = await harness.context.request.get(`${harness.baseUrl}/_emulator/mailbox/messages`);
  type Message = { subject: string; from: Address; to: readonly Address[]; cc: readonly Address[] };
  const body = (await response.json()) as { value?: Message[]; messages?: Message[] } | Message[];
  const messages = Array.isArray(body) ? body : (body.value ?? body.messages ?? []);
  return messages.map((m) => ({ subject: m.subject, addresses: [m.from, ...m.to, ...m.cc].map((a) => a.address.toLowerCase()) }));
}

/** Selects each message, waits for its participants, and until every card on it has its photo answer (shown or none). */
async function walk(all: readonly DemoMessage[]): Promise<{ cards: number; photos: number; initials: string[] }> {
  let cards = 0;
  let photos = 0;
  const initials: string[] = [];
  for (const message of all) {
    await sim.selectMessage(message.subject);
    const shown = () => sim.pane.getByTestId('participant').evaluateAll((items) => items.map((item) => (item.getAttribute('data-address') ?? '').toLowerCase()));
    await expect.poll(async () => (await shown()).filter((address) => !message.addresses.includes(address)), { timeout: 30_000 }).toEqual([]);
    await expect.poll(async () => (await shown()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => sim.pane.locator('[data-testid="contact-card"][data-photo="loading"]').count(), { timeout: 30_000 }).toBe(0);
    cards += await sim.pane.getByTestId('contact-card').count();
    photos += await sim.pane.getByTestId('contact-photo').count();
    initials.push(...(await sim.pane.getByTestId('contact-initials').allTextContents()));
  }
  return { cards, photos, initials };
}

beforeAll(async () => {
  harness = await startBrowserHarness();
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signInWithDemoDialog(harness, sim, USER, 15_000);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('contact photos', () => {
  it('asks Graph for a photo at most once per contact over two walks of the demo messages and a restart', async () => {
    await expect.poll(() => sim.pane.getByText(/Syncing your contacts/).count(), { timeout: SYNC_TIMEOUT_MS }).toBe(0);
    const all = await demoMessages();
    expect(all.length).toBeGreaterThanOrEqual(13);
    const first = await walk(all);
    expect(first.cards).toBeGreaterThan(0);
    // Contacts without a photo show their initials.
    expect(first.initials.length).toBeGreaterThan(0);
    expect(first.initials.every((text) => /^[\p{L}\p{N}]{1,2}$/u.test(text))).toBe(true);
    // Counted per contact over every walk: a photo read the first walk started may still be on its way.
    const askedMoreThanOnce = async () => {
      const perContact = new Map<string, number>();
      for (const request of await photoRequests()) perContact.set(request.path, (perContact.get(request.path) ?? 0) + 1);
      return [...perContact.entries()].filter(([, count]) => count > 1).map(([path]) => path);
    };
    expect((await photoRequests()).length).toBeGreaterThan(0);
    expect(await askedMoreThanOnce()).toEqual([]);

    await walk(all);
    expect(await askedMoreThanOnce()).toEqual([]);

    sim = await harness.openSimulator({ latencyMs: 20 });
    await sim.pane.getByTestId('account-name').filter({ hasText: USER }).waitFor({ timeout: 30_000 });
    await walk(all);
    expect(await askedMoreThanOnce()).toEqual([]);
  }, 300_000);
});
