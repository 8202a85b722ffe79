// Nested app authentication end to end in the simulator with `?naa=1`: the pane's real MSAL nestable client talks
// to `window.nestedAppAuthBridge`, the simulated Outlook's broker answers with tokens from the emulator's authority
// (consent through the host's own prompt, never the Office dialog), the sync runs on those tokens, a cancelled
// prompt leaves the pane as it was, People.Read is consented incrementally through GetTokenPopup, and a broker
// that declines NAA sends the pane to the dialog path.
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, startBrowserHarness, TASK_PANE_TITLE, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { eventually } from '../support/eventually.js';

/** The client id the simulator build is made with (webpack.config.js: CLIENT_ID or the all-zero id). */
const CLIENT_ID = process.env.CLIENT_ID ?? '00000000-0000-0000-0000-000000000000';
const USER = 'Dana Whitfield';
const COLLEAGUE = 'Ravi Menon';
const COLLEAGUE_ADDRESS = 'ravi.menon@contoso.example';
const SUBJECT = 'Pipeline review on Friday';
const SEEDED_CONTACTS = 200;
const SYNC_TIMEOUT_MS = 60_000;

interface BrokerRecord {
  readonly method: string;
  readonly clientId?: string;
  readonly scopes: readonly string[];
  readonly forceRefresh: boolean;
  readonly outcome: string;
}

/** A request the browser sent to the authority or to Graph (with the scopes of the bearer token it carried). */
interface Sent {
  readonly path: string;
  readonly scopes: readonly string[];
  readonly clientId?: string;
}

let harness: BrowserHarness;
let sim: SimulatorPage;
const sent: Sent[] = [];
const openedPages: Page[] = [];

function bearerScopes(authorization: string | undefined): string[] {
  const payload = authorization?.replace(/^Bearer /, '').split('.')[1];
  if (payload === undefined) return [];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown };
  return typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
}

function record(request: Request): void {
  const url = new URL(request.url());
  if (url.pathname.startsWith('/oidc/') || url.pathname.startsWith('/v1.0/')) {
    const clientId = url.searchParams.get('client_id') ?? undefined;
    sent.push({ path: url.pathname, scopes: bearerScopes(request.headers().authorization), ...(clientId ? { clientId } : {}) });
  }
}

function watch(context: BrowserContext): void {
  context.on('request', record);
  context.on('page', (page) => openedPages.push(page));
}

const brokerRequests = (page: Page): Promise<BrokerRecord[]> =>
  page.evaluate(() => (window as unknown as Record<string, { requests(): BrokerRecord[] }>).__contactBridgeHostBroker?.requests() ?? []);
const accountName = () => sim.pane.getByTestId('account-name');
const consentPrompt = () => sim.page.getByRole('dialog', { name: 'Permissions requested' });
const participant = () => sim.pane.locator(`[data-testid="participant"][data-address="${COLLEAGUE_ADDRESS}"]`);
const form = () => sim.pane.getByRole('form', { name: 'New contact' });
const notBroker = (entry: Sent) => entry.path.startsWith('/oidc/') && entry.path !== '/oidc/broker/v2.0/token';

async function graphLog(): Promise<{ method: string; path: string; status: number }[]> {
  const response = await harness.context.request.get(`${harness.baseUrl}/_emulator/requests`);
  return ((await response.json()) as { requests: { method: string; path: string; status: number }[] }).requests;
}

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: SEEDED_CONTACTS } });
  watch(harness.context);
  sim = await harness.openSimulator({ nestedAppAuth: true });
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('nested app authentication in the simulator', { timeout: 120_000 }, () => {
  it('asks the host silently first, then signs in through the host’s consent prompt without the Office dialog', async () => {
    const frame = await sim.paneFrame();
    expect(await frame.evaluate(() => Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'))).toBe(true);
    expect(await frame.evaluate(() => typeof (window as unknown as Record<string, unknown>).nestedAppAuthBridge)).toBe('object');
    // MSAL's nestable client starts the bridge, then asks for the base scopes silently; nobody has consented yet.
    await eventually(async () => (await brokerRequests(sim.page)).map((entry) => `${entry.method} ${entry.outcome}`), 30_000).toEqual([
      'GetInitContext answered',
      'GetToken USER_INTERACTION_REQUIRED',
    ]);
    const [, silent] = await brokerRequests(sim.page);
    expect(silent?.clientId).toBe(CLIENT_ID);
    expect(silent?.scopes).toEqual(expect.arrayContaining(['User.Read', 'Contacts.ReadWrite']));

    await sim.pane.getByRole('alert', { name: 'Permission needed' }).getByRole('button', { name: 'Grant permission' }).click();
    await consentPrompt().waitFor({ timeout: 15_000 });
    const asked = await consentPrompt().getByRole('list', { name: 'Permissions' }).getByRole('listitem').allTextContents();
    expect(asked).toEqual(expect.arrayContaining(['User.Read', 'Contacts.ReadWrite']));
    expect(await consentPrompt().textContent()).toContain(CLIENT_ID);
    await consentPrompt().getByRole('button', { name: 'Accept' }).click();

    await eventually(() => accountName().textContent(), 30_000).toBe(USER);
    const popup = (await brokerRequests(sim.page)).filter((entry) => entry.method === 'GetTokenPopup');
    expect(popup).toEqual([{ method: 'GetTokenPopup', clientId: CLIENT_ID, scopes: expect.arrayContaining(['User.Read', 'Contacts.ReadWrite']), forceRefresh: false, outcome: 'answered' }]);
    // No Office dialog (no window, no overlay), and MSAL never went to the authority itself.
    expect(openedPages).toEqual([]);
    expect(await sim.page.getByRole('dialog', { name: 'Add-in dialog' }).count()).toBe(0);
    expect(sent.filter(notBroker)).toEqual([]);
  });

  it('syncs the mailbox’s contacts with the tokens the host brokered', async () => {
    await sim.pane.getByRole('tab', { name: 'Sync' }).click();
    await eventually(() => sim.pane.getByTestId('sync-contact-count').textContent(), SYNC_TIMEOUT_MS).toBe(String(SEEDED_CONTACTS));
    const log = await graphLog();
    const deltas = log.filter((entry) => entry.path.includes('/contacts/delta'));
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.every((entry) => entry.status === 200)).toBe(true);
    expect(log.filter((entry) => entry.status === 401 || entry.status === 403)).toEqual([]);
    const graph = sent.filter((entry) => entry.path.startsWith('/v1.0/'));
    expect(graph.length).toBeGreaterThan(0);
    expect(graph.every((entry) => entry.scopes.includes('Contacts.ReadWrite'))).toBe(true);
    expect(sent.filter(notBroker)).toEqual([]);
  });

  it('keeps MSAL’s cache in the pane’s session storage, leaving no token or account in local storage', async () => {
    const frame = await sim.paneFrame();
    const stored = await frame.evaluate(() => {
      const tokenLike = (storage: Storage) =>
        Object.keys(storage).filter((key) => /accesstoken|refreshtoken|idtoken|account/i.test(key) || /eyJ[\w-]+\.[\w-]+\.[\w-]+/.test(storage.getItem(key) ?? ''));
      return { local: tokenLike(localStorage), session: tokenLike(sessionStorage).length };
    });
    expect(stored.local).toEqual([]);
    expect(stored.session).toBeGreaterThan(0);
  });

  it('signs in silently through GetToken after the simulator reloads, with no prompt', async () => {
    sim = await harness.openSimulator({ nestedAppAuth: true });
    await eventually(() => accountName().textContent(), 30_000).toBe(USER);
    const seen = await brokerRequests(sim.page);
    expect(seen.map((entry) => entry.method)).toContain('GetToken');
    expect(seen.every((entry) => entry.method !== 'GetTokenPopup' && entry.outcome === 'answered')).toBe(true);
    expect(await consentPrompt().count()).toBe(0);
    expect(openedPages).toEqual([]);
  });

  it('refreshes through the bridge when Graph refuses an expired token', async () => {
    const frame = await sim.paneFrame();
    const statuses = await frame.evaluate(async (baseUrl) => {
      type Session = { getAccessToken(r: { scopes: string[]; forceRefresh?: boolean; failedToken?: string }): Promise<string> };
      const session = (window as unknown as Record<string, Session | undefined>).__contactBridgeSignIn;
      if (!session) throw new Error('The sign-in session is not exposed.');
      const me = (token: string) => fetch(`${baseUrl}/v1.0/me`, { headers: { Authorization: `Bearer ${token}` } }).then((response) => response.status);
      const token = await session.getAccessToken({ scopes: ['User.Read'] });
      await fetch(`${baseUrl}/_emulator/access-tokens/expire`, { method: 'POST' });
      const first = await me(token);
      const second = await me(await session.getAccessToken({ scopes: ['User.Read'], forceRefresh: true, failedToken: token }));
      return [first, second];
    }, harness.baseUrl);
    expect(statuses).toEqual([401, 200]);
    const refreshes = (await brokerRequests(sim.page)).filter((entry) => entry.forceRefresh);
    // A sync request meeting the same expired token may share or add a refresh; each is a silent GetToken.
    expect(refreshes.length).toBeGreaterThan(0);
    expect(new Set(refreshes.map((entry) => `${entry.method} ${entry.outcome}`))).toEqual(new Set(['GetToken answered']));
  });

  it('stays signed in, with no error, when the user cancels the host’s consent prompt', async () => {
    const frame = await sim.paneFrame();
    const reason = await frame.evaluate(async () => {
      const session = (window as unknown as Record<string, { getAccessToken(r: { scopes: string[] }): Promise<string> }>).__contactBridgeSignIn;
      return session?.getAccessToken({ scopes: ['MailboxSettings.Read'] }).then(
        () => 'granted',
        (error: unknown) => (error as { reason?: string }).reason ?? 'unknown',
      );
    });
    expect(reason).toBe('consent-required');
    const notice = sim.pane.getByRole('alert', { name: 'Permission needed' });
    await notice.getByRole('button', { name: 'Grant permission' }).click();
    await consentPrompt().waitFor({ timeout: 15_000 });
    expect(await consentPrompt().getByRole('listitem').allTextContents()).toEqual(['MailboxSettings.Read']);
    await consentPrompt().getByRole('button', { name: 'Cancel' }).click();
    await eventually(async () => (await brokerRequests(sim.page)).at(-1)?.outcome).toBe('USER_CANCEL');
    await eventually(() => notice.count()).toBe(0);
    expect(await accountName().textContent()).toBe(USER);
    expect(await sim.pane.getByRole('alert').count()).toBe(0);
  });

  it('asks for People.Read through GetTokenPopup and the host’s prompt when the organization lookup is first used', async () => {
    const before = (await brokerRequests(sim.page)).length;
    await sim.pane.getByRole('tab', { name: 'Message' }).click();
    await sim.selectMessage(SUBJECT);
    await participant().waitFor({ timeout: SYNC_TIMEOUT_MS });
    await participant().getByRole('button', { name: `Add ${COLLEAGUE}` }).click();
    await eventually(() => form().getByLabel('Last name').inputValue()).toBe('Menon');
    await form().getByRole('button', { name: 'Look up in your organization' }).click();
    await consentPrompt().waitFor({ timeout: 30_000 });
    expect(await consentPrompt().getByRole('listitem').allTextContents()).toEqual(['People.Read']);
    await consentPrompt().getByRole('button', { name: 'Accept' }).click();
    await eventually(() => form().getByLabel('Job title', { exact: true }).inputValue(), 30_000).toBe('Sales Director');

    const asked = (await brokerRequests(sim.page)).slice(before).filter((entry) => entry.scopes.includes('People.Read'));
    // Silent first (the lookup's request, then the consent's own silent try), the popup last.
    const outcomes = asked.map((entry) => `${entry.method} ${entry.outcome}`);
    expect(outcomes.at(-1)).toBe('GetTokenPopup answered');
    expect(outcomes.slice(0, -1).length).toBeGreaterThan(0);
    expect(new Set(outcomes.slice(0, -1))).toEqual(new Set(['GetToken USER_INTERACTION_REQUIRED']));
    expect(asked.every((entry) => entry.clientId === CLIENT_ID)).toBe(true);
    const people = sent.filter((entry) => entry.path === '/v1.0/me/people');
    expect(people).toHaveLength(1);
    expect(people[0]?.scopes).toContain('People.Read');
    expect((await graphLog()).filter((entry) => entry.path === '/v1.0/me/people').map((entry) => entry.status)).toEqual([200]);
    expect(openedPages).toEqual([]);
  });

  it('signs in through the Office dialog when the host’s broker answers that NAA is unavailable', async () => {
    // A fresh browser profile: nothing in MSAL's cache from the NAA session.
    const context = await newContext(harness.browser);
    watch(context);
    try {
      const page = await context.newPage();
      sent.length = 0;
      // The harness's openSimulator knows `?naa=1` only: open the declining broker's mode directly.
      await page.goto(`${harness.baseUrl}/simulator/?naa=unavailable`);
      const pane = page.frameLocator(`iframe[title="${TASK_PANE_TITLE}"]`);
      await pane.getByRole('tablist').waitFor({ timeout: 30_000 });
      const frame = await page.locator(`iframe[title="${TASK_PANE_TITLE}"]`).elementHandle().then((handle) => handle?.contentFrame());
      if (!frame) throw new Error('The task pane iframe has no frame.');
      expect(await frame.evaluate(() => Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'))).toBe(true);
      await eventually(async () => (await brokerRequests(page)).map((entry) => `${entry.method} ${entry.outcome}`), 30_000).toEqual([
        'GetInitContext NESTED_APP_AUTH_UNAVAILABLE',
      ]);
      const signIn = pane.getByRole('button', { name: 'Sign in', exact: true });
      await signIn.waitFor({ timeout: 30_000 });
      const dialogOpened = context.waitForEvent('page');
      await signIn.click();
      const dialog = await dialogOpened;
      await dialog.getByRole('radio', { name: new RegExp(USER) }).check();
      await dialog.getByRole('button', { name: 'Sign in' }).click();
      await eventually(() => pane.getByTestId('account-name').textContent(), 30_000).toBe(USER);
      expect(sent.some((entry) => entry.path === '/oidc/oauth2/v2.0/authorize' && entry.clientId === CLIENT_ID)).toBe(true);
      expect(sent.filter((entry) => entry.path === '/oidc/broker/v2.0/token')).toEqual([]);
      expect((await brokerRequests(page)).map((entry) => entry.method)).toEqual(['GetInitContext']);
    } finally {
      await context.close();
    }
  });
});
