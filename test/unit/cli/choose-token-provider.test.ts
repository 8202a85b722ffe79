// Token provider choice for the headless command, and device code sign-in against a fake msal-node client:
// silent from the cached account first, the device code prompt otherwise, the cache file owner-only.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TokenCacheContext } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { fileCachePlugin } from '../../../src/adapters/msal/create-device-code-client.js';
import type { DeviceCodeClientSettings } from '../../../src/adapters/msal/create-device-code-client.js';
import { DeviceCodeTokenProvider } from '../../../src/adapters/msal/device-code-token-provider.js';
import type { DeviceCodeAccount, DeviceCodeClient } from '../../../src/adapters/msal/device-code-token-provider.js';
import { chooseTokenProvider, StaticTokenProvider } from '../../../src/cli/choose-token-provider.js';
import { AuthError } from '../../../src/core/errors.js';

class FakeClient implements DeviceCodeClient {
  accounts: DeviceCodeAccount[] = [];
  silentError: unknown = undefined;
  readonly calls: string[] = [];
  readonly scopesAsked: string[][] = [];
  async getAllAccounts(): Promise<DeviceCodeAccount[]> {
    return this.accounts;
  }
  async acquireTokenSilent(request: { account: DeviceCodeAccount; scopes: string[] }): Promise<{ accessToken: string }> {
    this.calls.push(`silent:${request.account.homeAccountId}`);
    if (this.silentError !== undefined) throw this.silentError;
    return { accessToken: 'cached-token' };
  }
  async acquireTokenByDeviceCode(request: { scopes: string[]; deviceCodeCallback: (response: { message: string }) => void }): Promise<{ accessToken: string }> {
    this.calls.push('device-code');
    this.scopesAsked.push(request.scopes);
    request.deviceCodeCallback({ message: 'To sign in, open https://microsoft.com/devicelogin and enter the code ABC123.' });
    this.accounts = [{ homeAccountId: 'user-1' }];
    return { accessToken: 'fresh-token' };
  }
}

describe('chooseTokenProvider', () => {
  it('answers the given token when --token is passed', async () => {
    const provider = chooseTokenProvider({ graph: 'http://g', store: 's.json', auth: { kind: 'token', token: 'bearer-1' } });
    expect(provider).toBeInstanceOf(StaticTokenProvider);
    expect(await provider.getAccessToken({ scopes: ['Contacts.ReadWrite'] })).toBe('bearer-1');
  });

  it('signs in with the device code, cache beside the store, when no token is passed', async () => {
    const client = new FakeClient();
    const settings: DeviceCodeClientSettings[] = [];
    const messages: string[] = [];
    const provider = chooseTokenProvider(
      { graph: 'http://g', store: '/data/mirror.json', auth: { kind: 'device-code', clientId: 'app-1', authority: 'https://login.microsoftonline.com/common' } },
      { createClient: (given) => (settings.push(given), client), showMessage: (message) => messages.push(message) },
    );
    expect(provider).toBeInstanceOf(DeviceCodeTokenProvider);
    expect(settings).toEqual([{ clientId: 'app-1', authority: 'https://login.microsoftonline.com/common', cachePath: '/data/mirror.json.msal-cache.json' }]);
    expect(await provider.getAccessToken({ scopes: ['Contacts.ReadWrite'] })).toBe('fresh-token');
    expect(messages).toEqual(['To sign in, open https://microsoft.com/devicelogin and enter the code ABC123.']);
    expect(client.scopesAsked[0]).toEqual(['User.Read', 'Contacts.ReadWrite']);
  });
});

describe('DeviceCodeTokenProvider', () => {
  it('uses the cached account silently on the next call', async () => {
    const client = new FakeClient();
    const messages: string[] = [];
    const provider = new DeviceCodeTokenProvider({ client, showMessage: (message) => messages.push(message) });
    await provider.getAccessToken({ scopes: ['Contacts.ReadWrite'] });
    expect(await provider.getAccessToken({ scopes: ['Contacts.ReadWrite'] })).toBe('cached-token');
    expect(client.calls).toEqual(['device-code', 'silent:user-1']);
    expect(messages).toHaveLength(1);
  });

  it('falls back to the device code when the cached sign-in needs interaction', async () => {
    const client = new FakeClient();
    client.accounts = [{ homeAccountId: 'user-1' }];
    client.silentError = Object.assign(new Error('expired'), { name: 'InteractionRequiredAuthError', errorCode: 'invalid_grant' });
    const provider = new DeviceCodeTokenProvider({ client, showMessage: () => undefined });
    expect(await provider.getAccessToken({ scopes: [] })).toBe('fresh-token');
    expect(client.calls).toEqual(['silent:user-1', 'device-code']);
  });

  it('reports an unreachable sign-in service as offline without prompting', async () => {
    const client = new FakeClient();
    client.accounts = [{ homeAccountId: 'user-1' }];
    client.silentError = Object.assign(new Error('net'), { errorCode: 'network_error' });
    const provider = new DeviceCodeTokenProvider({ client, showMessage: () => undefined });
    const error = await provider.getAccessToken({ scopes: [] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).reason).toBe('offline');
    expect(client.calls).toEqual(['silent:user-1']);
  });
});

describe('fileCachePlugin', () => {
  it('writes the token cache owner-only and reads it back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'contact-bridge-msal-'));
    try {
      const cachePath = path.join(dir, 'store.json.msal-cache.json');
      const plugin = fileCachePlugin(cachePath);
      let loaded = '';
      const cache = { serialize: () => '{"Account":{}}', deserialize: (text: string) => void (loaded = text) };
      const context = (cacheHasChanged: boolean): TokenCacheContext => ({ cacheHasChanged, tokenCache: cache }) as unknown as TokenCacheContext;
      await plugin.beforeCacheAccess(context(false));
      expect(loaded).toBe('');
      await plugin.afterCacheAccess(context(true));
      expect((await stat(cachePath)).mode & 0o777).toBe(0o600);
      expect(await readFile(cachePath, 'utf8')).toBe('{"Account":{}}');
      await plugin.beforeCacheAccess(context(false));
      expect(loaded).toBe('{"Account":{}}');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
