import { describe, expect, it } from 'vitest';
import { withTokenRetry } from '../../../src/adapters/msal/with-token-retry.js';
import type { TokenProvider, TokenRequest } from '../../../src/ports/token-provider.js';

class CountingTokenProvider implements TokenProvider {
  readonly requests: TokenRequest[] = [];
  getAccessToken(request: TokenRequest): Promise<string> {
    this.requests.push(request);
    return Promise.resolve(`token-${this.requests.length}`);
  }
}

function scriptedSend(statuses: number[]) {
  const tokens: string[] = [];
  const send = (token: string) => {
    tokens.push(token);
    return Promise.resolve(new Response(null, { status: statuses[tokens.length - 1] ?? 500 }));
  };
  return { send, tokens };
}

describe('withTokenRetry', () => {
  it('sends once with a cached token when Graph accepts it', async () => {
    const provider = new CountingTokenProvider();
    const { send, tokens } = scriptedSend([200]);
    expect((await withTokenRetry(provider, ['User.Read'], send)).status).toBe(200);
    expect(provider.requests).toEqual([{ scopes: ['User.Read'] }]);
    expect(tokens).toEqual(['token-1']);
  });

  it('forces one refresh after a 401, naming the token that failed, and retries with the new token', async () => {
    const provider = new CountingTokenProvider();
    const { send, tokens } = scriptedSend([401, 200]);
    expect((await withTokenRetry(provider, ['User.Read'], send)).status).toBe(200);
    expect(provider.requests).toEqual([{ scopes: ['User.Read'] }, { scopes: ['User.Read'], forceRefresh: true, failedToken: 'token-1' }]);
    expect(tokens).toEqual(['token-1', 'token-2']);
  });

  it('returns the second 401 instead of looping', async () => {
    const provider = new CountingTokenProvider();
    const { send, tokens } = scriptedSend([401, 401, 200]);
    expect((await withTokenRetry(provider, ['User.Read'], send)).status).toBe(401);
    expect(tokens).toHaveLength(2);
  });

  it.each([403, 429, 500])('does not refresh the token for a %i', async (status) => {
    const provider = new CountingTokenProvider();
    const { send } = scriptedSend([status]);
    expect((await withTokenRetry(provider, ['User.Read'], send)).status).toBe(status);
    expect(provider.requests).toHaveLength(1);
  });
});
