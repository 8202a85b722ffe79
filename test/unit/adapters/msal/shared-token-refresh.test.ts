import { describe, expect, it } from 'vitest';
import { scopeSetKey, SharedTokenRefresh } from '../../../../src/adapters/msal/shared-token-refresh.js';
import { AuthError } from '../../../../src/core/errors.js';
import { FakeIdentity, settle } from './fake-identity.js';

const SCOPES = ['Contacts.ReadWrite'];

function setup() {
  const identity = new FakeIdentity();
  return { identity, tokens: new SharedTokenRefresh(identity.acquire) };
}

describe('SharedTokenRefresh', () => {
  it('answers from the cache when no refresh is forced', async () => {
    const { identity, tokens } = setup();
    expect(await tokens.getAccessToken({ scopes: SCOPES })).toBe('token-0');
    expect(identity.grants).toBe(0);
  });

  it('shares one refresh among concurrent forced refreshes for the same token', async () => {
    const { identity, tokens } = setup();
    const release = identity.hold();
    const waiting = Array.from({ length: 5 }, () => tokens.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' }));
    await settle();
    release();
    expect(await Promise.all(waiting)).toEqual(Array(5).fill('token-1'));
    expect(identity.grants).toBe(1);
  });

  it('shares one refresh among concurrent forced refreshes that do not name the failed token', async () => {
    const { identity, tokens } = setup();
    const release = identity.hold();
    const waiting = Array.from({ length: 3 }, () => tokens.getAccessToken({ scopes: SCOPES, forceRefresh: true }));
    release();
    expect(await Promise.all(waiting)).toEqual(Array(3).fill('token-1'));
    expect(identity.grants).toBe(1);
  });

  it('treats the same scopes in another order or letter case as the same scope set', async () => {
    const { identity, tokens } = setup();
    const release = identity.hold();
    const first = tokens.getAccessToken({ scopes: ['User.Read', 'Contacts.ReadWrite'], forceRefresh: true });
    const second = tokens.getAccessToken({ scopes: ['contacts.readwrite', 'User.Read'], forceRefresh: true });
    release();
    expect([await first, await second]).toEqual(['token-1', 'token-1']);
    expect(identity.grants).toBe(1);
    expect(scopeSetKey(['b', 'A', 'a'])).toBe('a b');
  });

  it('returns the current token without refreshing when the failed token was already replaced', async () => {
    const { identity, tokens } = setup();
    expect(await tokens.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' })).toBe('token-1');
    expect(await tokens.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' })).toBe('token-1');
    expect(await tokens.getAccessToken({ scopes: ['User.Read'], forceRefresh: true, failedToken: 'token-0' })).toBe('token-1');
    expect(identity.grants).toBe(1);
  });

  it('refreshes again when the token that replaced the expired one expires later', async () => {
    const { identity, tokens } = setup();
    await Promise.all([1, 2, 3].map(() => tokens.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' })));
    expect(identity.grants).toBe(1);
    const later = await Promise.all([1, 2, 3].map(() => tokens.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-1' })));
    expect(later).toEqual(['token-2', 'token-2', 'token-2']);
    expect(identity.grants).toBe(2);
  });

  it('waits for a refresh of other scopes that is under way, and uses the token it leaves in the cache', async () => {
    const { identity, tokens } = setup();
    const release = identity.hold();
    const profile = tokens.getAccessToken({ scopes: ['User.Read'], forceRefresh: true, failedToken: 'token-0' });
    const contacts = tokens.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' });
    await settle();
    release();
    expect([await profile, await contacts]).toEqual(['token-1', 'token-1']);
    expect(identity.grants).toBe(1);
  });

  it('refreshes the scopes of a joined caller when the other refresh left its cached token unchanged', async () => {
    const cache = new Map([
      ['user.read', 'token-0'],
      ['contacts.readwrite', 'token-0'],
    ]);
    const forced: string[] = [];
    const tokens = new SharedTokenRefresh(async (scopes, forceRefresh) => {
      const key = scopeSetKey(scopes);
      if (forceRefresh) {
        forced.push(key);
        cache.set(key, `${key}-fresh`);
      }
      return cache.get(key) ?? 'none';
    });
    const profile = tokens.getAccessToken({ scopes: ['User.Read'], forceRefresh: true, failedToken: 'token-0' });
    const contacts = tokens.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' });
    expect([await profile, await contacts]).toEqual(['user.read-fresh', 'contacts.readwrite-fresh']);
    expect(forced).toEqual(['user.read', 'contacts.readwrite']);
  });

  it('rejects every waiter with the same AuthError when the refresh fails, and tries again on the next expiry', async () => {
    const { identity, tokens } = setup();
    identity.failure = () => new AuthError('Sign in to continue.', 'interaction-required', 'invalid_grant');
    const release = identity.hold();
    const waiting = Array.from({ length: 4 }, () => tokens.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' }).catch((error: unknown) => error));
    await settle();
    release();
    const errors = await Promise.all(waiting);
    expect(errors[0]).toBeInstanceOf(AuthError);
    expect(errors.every((error) => error === errors[0])).toBe(true);
    expect(identity.grants).toBe(1);
    identity.failure = undefined;
    expect(await tokens.getAccessToken({ scopes: SCOPES, forceRefresh: true, failedToken: 'token-0' })).toBe('token-2');
    expect(identity.grants).toBe(2);
  });
});
