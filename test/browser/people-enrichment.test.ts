// The people API enrichment end to end in the simulator: a colleague in the user's own domain who is not a
// contact writes to the user; "Add", then "Look up in your organization" asks for People.Read at that moment
// (not at sign-in), fills job title, department and office from `/me/people` as suggestions, and saving the
// contact shows it as known and pushes those fields to Graph.
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness, type SimulatorPage } from '../support/browser.js';
import { graphContactsWith as graphContactsWithIn, signInWithDemoDialog } from '../support/demo-sign-in.js';
import { eventually } from '../support/eventually.js';

const USER = 'Dana Whitfield';
const USER_ADDRESS = 'dana.whitfield@contoso.example';
const COLLEAGUE = 'Ravi Menon';
const COLLEAGUE_ADDRESS = 'ravi.menon@contoso.example';
const SUBJECT = 'Pipeline review on Friday';
const DIRECTORY = { jobTitle: 'Sales Director', department: 'Partner Sales', officeLocation: 'Bengaluru 5A' };
const SYNC_TIMEOUT_MS = 60_000;
const OPENID_SCOPES = new Set(['openid', 'profile', 'offline_access']);

/** A scope request the pane sent to the authority or a token it sent to Graph, in the order they happened. */
interface ScopeUse {
  readonly kind: 'authorize' | 'token-grant' | 'graph';
  readonly path: string;
  readonly scopes: readonly string[];
}

let harness: BrowserHarness;
let sim: SimulatorPage;
const scopeUses: ScopeUse[] = [];

const participant = () => sim.pane.locator(`[data-testid="participant"][data-address="${COLLEAGUE_ADDRESS}"]`);
const form = () => sim.pane.getByRole('form', { name: 'New contact' });

function tokenScopes(authorization: string | undefined): string[] {
  const payload = authorization?.replace(/^Bearer /, '').split('.')[1];
  if (payload === undefined) return [];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown };
  return typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
}

function recordScopes(request: Request): void {
  const url = new URL(request.url());
  if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
    scopeUses.push({ kind: 'authorize', path: url.pathname, scopes: (url.searchParams.get('scope') ?? '').split(' ') });
  } else if (url.pathname.endsWith('/oauth2/v2.0/token') && request.method() === 'POST') {
    scopeUses.push({ kind: 'token-grant', path: url.pathname, scopes: (new URLSearchParams(request.postData() ?? '').get('scope') ?? '').split(' ') });
  } else if (url.pathname.startsWith('/v1.0/')) {
    scopeUses.push({ kind: 'graph', path: url.pathname, scopes: tokenScopes(request.headers().authorization) });
  }
}

const askedForPeople = () => scopeUses.filter((use) => use.scopes.includes('People.Read'));

const signIn = () => signInWithDemoDialog(harness, sim, USER, 15_000);

async function emulatorRequests(): Promise<{ method: string; path: string; status: number }[]> {
  const response = await harness.context.request.get(`${harness.baseUrl}/_emulator/requests`);
  return ((await response.json()) as { requests: { method: string; path: string; status: number }[] }).requests;
}

const graphContactsWith = (address: string) => graphContactsWithIn(harness, USER_ADDRESS, address);

beforeAll(async () => {
  harness = await startBrowserHarness({ emulator: { seed: 200 } });
  harness.context.on('request', recordScopes);
  sim = await harness.openSimulator({ latencyMs: 20 });
  await signIn();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

describe('people API enrichment in the simulator', { timeout: 120_000 }, () => {
  it('offers the organization lookup for a colleague who is not a contact, without asking for People.Read at sign-in', async () => {
    await sim.selectMessage(SUBJECT);
    await participant().waitFor({ timeout: SYNC_TIMEOUT_MS });
    await eventually(() => sim.pane.getByText(/Syncing your contacts/).count(), SYNC_TIMEOUT_MS).toBe(0);
    expect(await participant().getAttribute('data-status')).toBe('unknown');
    const profileRead = scopeUses.find((use) => use.kind === 'graph' && use.path === '/v1.0/me');
    expect(profileRead?.scopes).toEqual(expect.arrayContaining(['User.Read', 'Contacts.ReadWrite']));
    expect(scopeUses.filter((use) => use.kind === 'authorize').length).toBeGreaterThan(0);
    expect(askedForPeople()).toEqual([]);
    expect((await emulatorRequests()).filter((entry) => entry.path.endsWith('/people'))).toEqual([]);
    await participant().getByRole('button', { name: `Add ${COLLEAGUE}` }).click();
    await eventually(() => form().getByLabel('Last name').inputValue()).toBe('Menon');
    expect(await form().getByRole('button', { name: 'Look up in your organization' }).count()).toBe(1);
    expect(await form().getByLabel('Job title').inputValue()).toBe('');
    expect(askedForPeople()).toEqual([]);
  });

  it('asks for People.Read when the lookup is clicked and fills job title, department and office as suggestions', async () => {
    const dialogOpened = harness.context.waitForEvent('page');
    await form().getByRole('button', { name: 'Look up in your organization' }).click();
    const dialog = await dialogOpened;
    await eventually(() => dialog.getByRole('region', { name: 'This app will be able to' }).textContent()).toContain('People.Read');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    const fields = { jobTitle: 'Job title', department: 'Department', officeLocation: 'Office' } as const;
    for (const [field, label] of Object.entries(fields) as [keyof typeof fields, string][]) {
      await eventually(() => form().getByLabel(label, { exact: true }).inputValue(), 30_000).toBe(DIRECTORY[field]);
      expect(await form().getByLabel(label, { exact: true }).getAttribute('data-suggested')).toBe('true');
      expect(await form().locator(`#contact-form-${field} ~ .contact-form__suggestion .contact-form__badge`).getAttribute('title')).toBe('Suggested from the organization directory');
    }
    expect(await form().getByText(/Could not look this address up/).count()).toBe(0);
    // The consent asked for People.Read alone (with the OpenID scopes MSAL always adds), only after the click.
    const consent = askedForPeople().find((use) => use.kind === 'authorize');
    expect(consent?.scopes.filter((scope) => !OPENID_SCOPES.has(scope))).toEqual(['People.Read']);
    const people = (await emulatorRequests()).filter((entry) => entry.path === '/v1.0/me/people');
    expect(people.map((entry) => `${entry.method} ${entry.status}`)).toEqual(['GET 200']);
    const lookups = scopeUses.filter((use) => use.path === '/v1.0/me/people');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.scopes).toContain('People.Read');
  });

  it('saves the colleague with the directory fields, shows the contact as known and pushes it to Graph', async () => {
    await form().getByRole('button', { name: 'Accept all suggestions' }).click();
    await form().getByRole('button', { name: 'Save' }).click();
    await eventually(() => participant().getAttribute('data-status')).toBe('known');
    const card = participant().getByTestId('contact-card');
    expect(await card.textContent()).toContain(COLLEAGUE);
    expect(await card.textContent()).toContain(DIRECTORY.jobTitle);
    await eventually(async () => (await graphContactsWith(COLLEAGUE_ADDRESS)).length, SYNC_TIMEOUT_MS).toBe(1);
    const [pushed] = await graphContactsWith(COLLEAGUE_ADDRESS);
    expect(pushed).toMatchObject({ displayName: COLLEAGUE, ...DIRECTORY });
  });
});
