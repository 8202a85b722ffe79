// Sign-in in Chromium with the real MSAL code path: the pane (simulator build) opens the dialog page through
// the simulator's Office dialog, MSAL runs the authorization code flow with PKCE against the emulator's
// authority over HTTPS, and the pane then takes every token silently from MSAL's cache.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';

const SIGN_IN_USER = 'Dana Whitfield';

let harness: BrowserHarness;
let sim: SimulatorPage;

/** One request to the token endpoint: its grant type, the page that sent it and, once answered, the status. */
interface TokenGrant {
  readonly grant: string;
  readonly page: Page | undefined;
  status?: number;
}

const tokenGrants: TokenGrant[] = [];

function pageOf(request: Request): Page | undefined {
  try {
    return request.frame().page();
  } catch {
    return undefined; // a service worker's request has no frame
  }
}

function recordTokenGrants(request: Request): void {
  if (request.method() !== 'POST' || !request.url().includes('/oidc/oauth2/v2.0/token')) return;
  const entry: TokenGrant = { grant: new URLSearchParams(request.postData() ?? '').get('grant_type') ?? '?', page: pageOf(request) };
  tokenGrants.push(entry);
  request.response().then(
    (response) => (entry.status = response?.status() ?? 0),
    () => (entry.status = 0),
  );
}

/** The grants the pane's page sent since `since` (an index into the record), as `grant status` lines. */
function paneGrantsSince(since: number): string[] {
  return tokenGrants.slice(since).filter((entry) => entry.page === sim.page).map((entry) => `${entry.grant} ${entry.status ?? 'pending'}`);
}

/**
 * Leaves the pane's page for a blank one, so nothing of the previous pane (a sync under way, a token refresh
 * half written to MSAL's cache) runs on into the next step.
 */
async function leavePane(): Promise<void> {
  await sim.page.goto('about:blank');
}

beforeAll(async () => {
  harness = await startBrowserHarness();
  harness.context.on('request', recordTokenGrants);
  sim = await harness.openSimulator();
});

afterAll(async () => {
  await harness?.close();
});

/** MSAL adds query parameters to the token endpoint, so match the path only. */
const isTokenEndpoint = (url: URL): boolean => url.pathname === '/oidc/oauth2/v2.0/token';
const accountName = () => sim.pane.getByTestId('account-name');
const signInButton = () => sim.pane.getByRole('button', { name: 'Sign in', exact: true });

async function graphLog(): Promise<{ method: string; path: string; status: number }[]> {
  const response = await harness.context.request.get(`${harness.baseUrl}/_emulator/requests`);
  return ((await response.json()) as { requests: { method: string; path: string; status: number }[] }).requests;
}

async function accountKeyInPane(): Promise<string | undefined> {
  const frame = await sim.paneFrame();
  return frame.evaluate(() => (window as unknown as Record<string, { getState(): { account?: { key: string } } }>).__contactBridgeSignIn?.getState().account?.key);
}

async function signInAs(name: string): Promise<void> {
  const dialogOpened = harness.context.waitForEvent('page');
  await signInButton().click();
  const dialog = await dialogOpened;
  await dialog.getByRole('radio', { name: new RegExp(name) }).check();
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => accountName().textContent(), { timeout: 15_000 }).toBe(name);
}

let firstAccountKey: string | undefined;

async function reloadSimulator(): Promise<void> {
  sim = await harness.openSimulator();
}

/** `/me` itself, not the sync's `/me/contactFolders…` requests. */
const isProfileRequest = (path: string): boolean => /^\/v1\.0\/me(\?|$)/.test(path);

describe('sign-in in the simulator', { timeout: 60_000 }, () => {
  it('signs in through the dialog and the emulator’s sign-in page, then shows the name from /me', async () => {
    await signInButton().waitFor();
    const dialogOpened = harness.context.waitForEvent('page');
    await signInButton().click();
    const dialog: Page = await dialogOpened;
    await dialog.getByRole('radio', { name: new RegExp(SIGN_IN_USER) }).check();
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => accountName().textContent(), { timeout: 15_000 }).toBe(SIGN_IN_USER);
    await expect.poll(() => dialog.isClosed()).toBe(true);
    firstAccountKey = await accountKeyInPane();
    expect(firstAccountKey).toMatch(/^acct-/);
    expect(tokenGrants.map((entry) => entry.grant)).toContain('authorization_code');
    const me = (await graphLog()).filter((entry) => isProfileRequest(entry.path));
    expect(me.at(-1)?.status).toBe(200);
  });

  it('stays signed in silently after the pane reloads', async () => {
    const pagesBefore = harness.context.pages().length;
    await leavePane();
    const since = tokenGrants.length;
    await reloadSimulator();
    await expect.poll(() => accountName().textContent(), { timeout: 15_000 }).toBe(SIGN_IN_USER);
    expect(harness.context.pages().length).toBe(pagesBefore);
    expect(paneGrantsSince(since)).toEqual([]);
  });

  it('refreshes an expired access token silently after Graph answers 401', async () => {
    const pagesBefore = harness.context.pages().length;
    await leavePane();
    await harness.context.request.delete(`${harness.baseUrl}/_emulator/requests`);
    const since = tokenGrants.length;
    await harness.context.request.post(`${harness.baseUrl}/_emulator/access-tokens/expire`);
    await reloadSimulator();
    await expect.poll(() => accountName().textContent(), { timeout: 15_000 }).toBe(SIGN_IN_USER);
    // Whichever request went first (/me or the sync) met the expired token; /me ends answered.
    const log = await graphLog();
    expect(log.some((entry) => entry.status === 401)).toBe(true);
    expect(log.filter((entry) => isProfileRequest(entry.path)).at(-1)?.status).toBe(200);
    // Silent and single: one refresh-token grant for the expiry, however many requests met it; no sign-in window.
    await expect.poll(() => paneGrantsSince(since)).toEqual(['refresh_token 200']);
    expect(harness.context.pages().length).toBe(pagesBefore);
    expect(await sim.pane.getByRole('alert').count()).toBe(0);
  });

  it('refreshes once when several requests in flight meet the expired token together', async () => {
    const frame = await sim.paneFrame();
    const since = tokenGrants.length;
    // The cached token expires on the server, then requests go together with it, each applying the 401 rule
    // (one forced refresh naming the token that failed, one retry) through the pane's own session and MSAL.
    const statuses = await frame.evaluate(async (baseUrl) => {
      type Session = { getAccessToken(r: { scopes: string[]; forceRefresh?: boolean; failedToken?: string }): Promise<string> };
      const session = (window as unknown as Record<string, Session | undefined>).__contactBridgeSignIn;
      if (!session) throw new Error('The sign-in session is not exposed.');
      const scopes = ['User.Read'];
      const get = (token: string) => fetch(`${baseUrl}/v1.0/me`, { headers: { Authorization: `Bearer ${token}` } });
      const token = await session.getAccessToken({ scopes });
      await fetch(`${baseUrl}/_emulator/access-tokens/expire`, { method: 'POST' });
      return Promise.all(
        Array.from({ length: 5 }, async () => {
          const first = await get(token);
          if (first.status !== 401) return [first.status];
          const second = await get(await session.getAccessToken({ scopes, forceRefresh: true, failedToken: token }));
          return [first.status, second.status];
        }),
      );
    }, harness.baseUrl);
    expect(statuses).toEqual(Array(5).fill([401, 200]));
    expect(paneGrantsSince(since)).toEqual(['refresh_token 200']);
  });

  it('asks for a feature’s permission only when it is first used, then grants it through the dialog', async () => {
    const frame = await sim.paneFrame();
    const requestCategories = () =>
      frame.evaluate(async () => {
        const session = (window as unknown as Record<string, { getAccessToken(r: { scopes: string[] }): Promise<string> }>).__contactBridgeSignIn;
        try {
          const token = await session?.getAccessToken({ scopes: ['MailboxSettings.Read'] });
          const claims = JSON.parse(atob((token?.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as { scp?: string };
          return { scp: claims.scp ?? '' };
        } catch (error) {
          return { reason: (error as { reason?: string }).reason ?? String(error) };
        }
      });
    expect(await requestCategories()).toEqual({ reason: 'consent-required' });
    const notice = sim.pane.getByRole('alert', { name: 'Permission needed' });
    await expect.poll(() => notice.textContent()).toContain('MailboxSettings.Read');
    // The user can consent here (AADSTS65001): no admin-consent link, no word of an administrator.
    expect(await notice.getByRole('link', { name: 'Admin consent page' }).count()).toBe(0);
    expect(await notice.textContent()).not.toMatch(/administrator/i);
    const dialogOpened = harness.context.waitForEvent('page');
    await notice.getByRole('button', { name: 'Grant permission' }).click();
    const dialog = await dialogOpened;
    await expect.poll(() => dialog.getByRole('region', { name: 'This app will be able to' }).textContent()).toContain('MailboxSettings.Read');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => accountName().textContent(), { timeout: 15_000 }).toBe(SIGN_IN_USER);
    const granted = await requestCategories();
    expect(granted.scp?.split(' ')).toEqual(expect.arrayContaining(['User.Read', 'Contacts.ReadWrite', 'MailboxSettings.Read']));
  });

  it('says it is offline, and keeps the account, when Graph cannot be reached', async () => {
    await harness.page.route('**/v1.0/**', (route) => route.abort('internetdisconnected'));
    try {
      await reloadSimulator();
      const notice = sim.pane.getByRole('status').filter({ hasText: 'Offline' });
      await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
      expect(await accountName().textContent()).toBe(SIGN_IN_USER);
    } finally {
      await harness.page.unroute('**/v1.0/**');
    }
    await reloadSimulator();
    await expect.poll(() => accountName().textContent(), { timeout: 15_000 }).toBe(SIGN_IN_USER);
  });

  it('signs out, removes only this account’s local data when asked, and stays signed out after a reload', async () => {
    const frame = await sim.paneFrame();
    const databases = await frame.evaluate(async () => {
      const session = (window as unknown as Record<string, { getState(): { account?: { key: string } } }>).__contactBridgeSignIn;
      const key = session?.getState().account?.key ?? 'missing';
      const names = { mine: `contact-bridge-mirror@${key}`, other: 'contact-bridge-mirror@acct-other-tenant-someone.else' };
      for (const name of Object.values(names)) {
        await new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error ?? new Error(name));
        });
      }
      return names;
    });
    await accountName().click();
    await sim.pane.getByRole('checkbox', { name: /Also remove this account’s contacts/ }).check();
    await sim.pane.getByRole('button', { name: 'Sign out' }).click();
    await signInButton().waitFor();
    const databaseNames = () => frame.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    await expect.poll(databaseNames, { timeout: 10_000 }).not.toContain(databases.mine);
    expect(await databaseNames()).toContain(databases.other);
    await reloadSimulator();
    await signInButton().waitFor();
    expect(await accountName().count()).toBe(0);
  });

  it('returns to signed out when the user cancels on the sign-in page', async () => {
    const dialogOpened = harness.context.waitForEvent('page');
    await signInButton().click();
    const dialog = await dialogOpened;
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isClosed(), { timeout: 15_000 }).toBe(true);
    await signInButton().waitFor();
    expect(await sim.pane.getByRole('alert').count()).toBe(0);
  });

  it('gives another account its own local data key', async () => {
    await signInAs('Ravi Menon');
    const key = await accountKeyInPane();
    expect(key).toMatch(/^acct-/);
    expect(key).not.toBe(firstAccountKey);
    await accountName().click();
    await sim.pane.getByRole('button', { name: 'Sign out' }).click();
    await signInButton().waitFor();
  });

  it('shows the error with MSAL’s and Entra’s codes in a details line when the token request fails', async () => {
    await harness.context.route(isTokenEndpoint, (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': harness.baseUrl },
        body: JSON.stringify({ error: 'unauthorized_client', error_description: 'AADSTS700016: Application not found in the directory.' }),
      }),
    );
    try {
      const dialogOpened = harness.context.waitForEvent('page');
      await signInButton().click();
      const dialog = await dialogOpened;
      await dialog.getByRole('button', { name: 'Sign in' }).click();
      const alert = sim.pane.getByRole('alert', { name: 'Sign-in problem' });
      await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('Details: unauthorized_client AADSTS700016');
    } finally {
      await harness.context.unroute(isTokenEndpoint);
    }
  });

  it('never puts a token in a page address or the pane’s storage outside MSAL’s cache', async () => {
    const frame = await sim.paneFrame();
    const leaks = await frame.evaluate(() => {
      const jwt = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;
      const outsideMsal = Object.keys(localStorage).filter((key) => !key.startsWith('msal.') && jwt.test(localStorage.getItem(key) ?? ''));
      return { url: jwt.test(location.href), outsideMsal };
    });
    expect(leaks).toEqual({ url: false, outsideMsal: [] });
  });
});
