import { describe, expect, it } from 'vitest';
import { GraphClient } from '../../../../src/adapters/graph/graph-client.js';
import { createGraphMiddleware } from '../../../../src/adapters/graph/middleware/create-graph-middleware.js';
import { MsalTokenProvider } from '../../../../src/adapters/msal/msal-token-provider.js';
import { AuthError } from '../../../../src/core/errors.js';
import type { TokenRequest } from '../../../../src/ports/token-provider.js';
import { aResult, anAccount, FakeMsalClient } from '../../auth/fake-msal-client.js';
import { FakeIdentity, settle, until } from '../msal/fake-identity.js';
import { InstantClock } from './instant-clock.js';
import { graphError, json, scriptedFetch } from './scripted-fetch.js';

const BASE = 'https://graph.example.test/v1.0';
const AVERY = anAccount('avery');
const PARALLEL = 6;

/** The sync's Graph client over the real MSAL provider, against a Graph that accepts only unexpired tokens. */
function setup() {
  const identity = new FakeIdentity();
  const msal = new FakeMsalClient();
  msal.active = AVERY;
  msal.silent = async ({ scopes, forceRefresh }) => aResult(AVERY, await identity.acquire(scopes, forceRefresh ?? false));
  const provider = new MsalTokenProvider({ mode: 'dialog', createClient: () => Promise.resolve(msal), dialogUrl: 'https://addin.example/dialog.html' });
  const tokenRequests: TokenRequest[] = [];
  const tokens = {
    getAccessToken: (request: TokenRequest) => {
      tokenRequests.push(request);
      return provider.getAccessToken(request);
    },
  };
  const { fetch, requests } = scriptedFetch([
    (request) => {
      const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
      return identity.accepts(token) ? json(200, { token }) : graphError(401, 'InvalidAuthenticationToken');
    },
  ]);
  const clock = new InstantClock();
  const middleware = createGraphMiddleware({ tokens, scopes: ['Contacts.ReadWrite'], graphHosts: [new URL(BASE).host], clock, random: () => 0.5, fetch });
  const client = new GraphClient(BASE, middleware.first, clock);
  const getAll = (count: number) => Array.from({ length: count }, (_, index) => client.json({ method: 'GET', url: `/me/contacts/${index}` }, { action: 'read a contact' }));
  const forcedRequests = () => tokenRequests.filter((request) => request.forceRefresh === true).length;
  return { identity, msal, client, requests, tokenRequests, forcedRequests, getAll };
}

const sentTokens = (requests: readonly { headers: Headers }[]) => requests.map((request) => request.headers.get('Authorization'));

describe('AuthHandler', () => {
  it('costs one forced refresh when requests in flight all meet the expired token, and every retry succeeds', async () => {
    const { identity, msal, requests, forcedRequests, getAll } = setup();
    identity.expireAll();
    const releaseRefresh = identity.hold();
    const answers = getAll(PARALLEL);
    await until(() => forcedRequests() === PARALLEL);
    await settle();
    releaseRefresh();
    expect(await Promise.all(answers)).toEqual(Array(PARALLEL).fill({ token: 'token-1' }));
    expect(msal.silentCalls.filter((call) => call.forceRefresh)).toHaveLength(1);
    expect(identity.grants).toBe(1);
    expect(sentTokens(requests).sort()).toEqual([...Array(PARALLEL).fill('Bearer token-0'), ...Array(PARALLEL).fill('Bearer token-1')]);
  });

  it('tells the provider which token failed so a late 401 reuses the refreshed token', async () => {
    const { identity, tokenRequests, getAll } = setup();
    identity.expireAll();
    await Promise.all(getAll(PARALLEL));
    const forced = tokenRequests.filter((request) => request.forceRefresh === true);
    expect(forced).toHaveLength(PARALLEL);
    expect(forced.every((request) => request.failedToken === 'token-0')).toBe(true);
    expect(identity.grants).toBe(1);
  });

  it('refreshes again on a second, later expiry', async () => {
    const { identity, getAll } = setup();
    identity.expireAll();
    await Promise.all(getAll(PARALLEL));
    identity.expireAll();
    expect(await Promise.all(getAll(PARALLEL))).toEqual(Array(PARALLEL).fill({ token: 'token-2' }));
    expect(identity.grants).toBe(2);
  });

  it('rejects every request with the same AuthError when the refresh fails', async () => {
    const { identity, forcedRequests, getAll } = setup();
    identity.failure = () => new AuthError('Sign in to continue.', 'interaction-required', 'invalid_grant');
    identity.expireAll();
    const releaseRefresh = identity.hold();
    const answers = getAll(PARALLEL).map((answer) => answer.catch((error: unknown) => error));
    await until(() => forcedRequests() === PARALLEL);
    await settle();
    releaseRefresh();
    const errors = await Promise.all(answers);
    expect(errors[0]).toBeInstanceOf(AuthError);
    expect(errors.every((error) => error === errors[0])).toBe(true);
    expect(identity.grants).toBe(1);
  });
});
