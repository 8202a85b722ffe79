import { describe, expect, it } from 'vitest';
import type { DeviceCodeAccount, DeviceCodeClient } from '../../../../src/adapters/msal/device-code-token-provider.js';
import { DeviceCodeTokenProvider } from '../../../../src/adapters/msal/device-code-token-provider.js';
import { MsalTokenProvider } from '../../../../src/adapters/msal/msal-token-provider.js';
import { withTokenRetry } from '../../../../src/adapters/msal/with-token-retry.js';
import { AuthError } from '../../../../src/core/errors.js';
import { aResult, anAccount, FakeMsalClient } from '../../auth/fake-msal-client.js';
import { FakeIdentity, settle } from './fake-identity.js';

const AVERY = anAccount('avery');
const SCOPES = ['Contacts.ReadWrite'];

function msalProvider(identity: FakeIdentity) {
  const client = new FakeMsalClient();
  client.active = AVERY;
  client.silent = async ({ scopes, forceRefresh }) => aResult(AVERY, await identity.acquire(scopes, forceRefresh ?? false));
  const provider = new MsalTokenProvider({ mode: 'dialog', createClient: () => Promise.resolve(client), dialogUrl: 'https://addin.example/dialog.html' });
  return { provider, client };
}

class FakeDeviceCodeClient implements DeviceCodeClient {
  readonly forced: boolean[] = [];
  constructor(private readonly identity: FakeIdentity) {}
  getAllAccounts(): Promise<DeviceCodeAccount[]> {
    return Promise.resolve([{ homeAccountId: 'user-1' }]);
  }
  acquireTokenSilent(request: { scopes: string[]; forceRefresh?: boolean }): Promise<{ accessToken: string }> {
    this.forced.push(request.forceRefresh === true);
    return this.identity.acquire(request.scopes, request.forceRefresh === true).then((accessToken) => ({ accessToken }));
  }
  acquireTokenByDeviceCode(): Promise<null> {
    return Promise.reject(new Error('must not prompt'));
  }
}

/** Graph as the identity sees it: 200 for a token it accepts, 401 for an expired one. */
function graphSend(identity: FakeIdentity, sent: string[]) {
  return (token: string): Promise<Response> => {
    sent.push(token);
    return Promise.resolve(new Response(null, { status: identity.accepts(token) ? 200 : 401 }));
  };
}

describe('MsalTokenProvider after an expiry', () => {
  it('asks MSAL for one forced refresh however many requests met the expired token', async () => {
    const identity = new FakeIdentity();
    const { provider, client } = msalProvider(identity);
    const release = identity.hold();
    const waiting = Array.from({ length: 6 }, () => provider.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' }));
    await settle();
    release();
    expect(await Promise.all(waiting)).toEqual(Array(6).fill('token-1'));
    expect(client.silentCalls.filter((call) => call.forceRefresh)).toHaveLength(1);
  });

  it('gives a request that met the expired token after the refresh the refreshed token from the cache', async () => {
    const identity = new FakeIdentity();
    const { provider, client } = msalProvider(identity);
    await provider.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' });
    expect(await provider.getAccessToken({ scopes: ['User.Read'], forceRefresh: true, failedToken: 'token-0' })).toBe('token-1');
    expect(client.silentCalls.filter((call) => call.forceRefresh)).toHaveLength(1);
  });

  it('rejects every request waiting on a failed refresh with the same AuthError', async () => {
    const identity = new FakeIdentity();
    identity.failure = () => new AuthError('Sign in to continue.', 'interaction-required', 'invalid_grant');
    const { provider } = msalProvider(identity);
    const release = identity.hold();
    const waiting = [1, 2, 3].map(() => provider.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' }).catch((error: unknown) => error));
    await settle();
    release();
    const errors = await Promise.all(waiting);
    expect(errors[0]).toBeInstanceOf(AuthError);
    expect(errors.every((error) => error === errors[0])).toBe(true);
    expect(identity.grants).toBe(1);
  });
});

describe('DeviceCodeTokenProvider after an expiry', () => {
  it('asks msal-node for one forced refresh however many requests met the expired token', async () => {
    const identity = new FakeIdentity();
    const client = new FakeDeviceCodeClient(identity);
    const provider = new DeviceCodeTokenProvider({ client, showMessage: () => undefined });
    const waiting = Array.from({ length: 4 }, () => provider.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' }));
    expect(await Promise.all(waiting)).toEqual(Array(4).fill('token-1'));
    expect(client.forced.filter(Boolean)).toHaveLength(1);
  });
});

describe('withTokenRetry after an expiry', () => {
  it('costs one refresh for concurrent requests and every retry succeeds', async () => {
    const identity = new FakeIdentity();
    const { provider } = msalProvider(identity);
    await provider.getAccessToken({ scopes: SCOPES });
    identity.expireAll();
    const sent: string[] = [];
    const responses = await Promise.all(Array.from({ length: 5 }, () => withTokenRetry(provider, SCOPES, graphSend(identity, sent))));
    expect(responses.map((response) => response.status)).toEqual(Array(5).fill(200));
    expect(identity.grants).toBe(1);
    expect(sent.filter((token) => token === 'token-1')).toHaveLength(5);
  });

  it('refreshes again when the refreshed token expires later', async () => {
    const identity = new FakeIdentity();
    const { provider } = msalProvider(identity);
    const sent: string[] = [];
    identity.expireAll();
    await Promise.all([1, 2, 3].map(() => withTokenRetry(provider, SCOPES, graphSend(identity, sent))));
    identity.expireAll();
    const later = await Promise.all([1, 2, 3].map(() => withTokenRetry(provider, SCOPES, graphSend(identity, sent))));
    expect(later.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(identity.grants).toBe(2);
    expect(sent.slice(-3)).toEqual(['token-2', 'token-2', 'token-2']);
  });
});
