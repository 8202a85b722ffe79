import { describe, expect, it } from 'vitest';
import type { SignInProvider } from '../../../src/app/auth/sign-in-session.js';
import { SignInSession } from '../../../src/app/auth/sign-in-session.js';
import { accountKey } from '../../../src/core/auth/account-key.js';
import type { AccountKey } from '../../../src/core/auth/account-key.js';
import type { SignInMode } from '../../../src/core/auth/sign-in-mode.js';
import type { SignedInAccount } from '../../../src/core/auth/sign-in-state.js';
import { AuthError, RemoteError } from '../../../src/core/errors.js';
import type { TokenRequest } from '../../../src/ports/token-provider.js';

const account = (user: string): SignedInAccount => ({ key: accountKey('t1', `${user}.t1`), tenantId: 't1', homeAccountId: `${user}.t1`, username: `${user}@contoso.example` });

class FakeSignInProvider implements SignInProvider {
  current: SignedInAccount | undefined;
  tokenFailure: AuthError | undefined;
  signInFailure: AuthError | undefined;
  nextAccount: SignedInAccount = account('avery');
  readonly signIns: (readonly string[])[] = [];
  readonly tokenRequests: TokenRequest[] = [];
  signedOut = 0;
  constructor(readonly mode: SignInMode = 'dialog') {}
  account(): Promise<SignedInAccount | undefined> {
    return Promise.resolve(this.current);
  }
  getAccessToken(request: TokenRequest): Promise<string> {
    this.tokenRequests.push(request);
    return this.tokenFailure ? Promise.reject(this.tokenFailure) : Promise.resolve('token');
  }
  signIn(scopes: readonly string[] = []): Promise<SignedInAccount> {
    this.signIns.push(scopes);
    if (this.signInFailure) return Promise.reject(this.signInFailure);
    this.current = this.nextAccount;
    this.tokenFailure = undefined;
    return Promise.resolve(this.current);
  }
  signOut(): Promise<void> {
    this.signedOut++;
    this.current = undefined;
    return Promise.resolve();
  }
}

function setup(provider = new FakeSignInProvider(), profileFailure?: Error) {
  const removed: AccountKey[] = [];
  const session = new SignInSession({
    loadProvider: () => Promise.resolve(provider),
    loadProfile: async (tokens) => {
      await tokens.getAccessToken({ scopes: ['User.Read'] });
      if (profileFailure) throw profileFailure;
      return { displayName: `Profile of ${provider.current?.username ?? '?'}` };
    },
    removeLocalData: (key) => {
      removed.push(key);
      return Promise.resolve();
    },
    clientId: 'client-1',
  });
  return { session, provider, removed };
}

describe('SignInSession', () => {
  it('starts signed out when no account is cached', async () => {
    const { session } = setup();
    await session.start();
    expect(session.getState()).toEqual({ status: 'signed-out' });
  });

  it('restores a cached account silently and shows the name from /me', async () => {
    const { session, provider } = setup();
    provider.current = account('avery');
    await session.start();
    expect(session.getState()).toMatchObject({ status: 'signed-in', account: { displayName: 'Profile of avery@contoso.example' } });
    expect(provider.signIns).toEqual([]);
  });

  it('shows signing in, then the signed-in account', async () => {
    const { session } = setup();
    await session.start();
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.getState().status));
    await session.signIn();
    expect(seen).toEqual(['signing-in', 'signed-in']);
  });

  it('asks the user for consent, without the admin link, when a feature’s scope is not granted, and grants it on request', async () => {
    const { session, provider } = setup();
    provider.current = account('avery');
    await session.start();
    provider.tokenFailure = new AuthError('Needs permission', 'consent-required', 'invalid_grant/consent_required AADSTS65001');
    await expect(session.getAccessToken({ scopes: ['MailboxSettings.Read'] })).rejects.toBeInstanceOf(AuthError);
    expect(session.getState()).toMatchObject({
      status: 'consent-needed',
      scopes: ['MailboxSettings.Read'],
      code: 'invalid_grant/consent_required AADSTS65001',
    });
    expect(session.getState()).not.toHaveProperty('adminConsentUrl');
    await session.grantConsent();
    expect(provider.signIns).toEqual([['MailboxSettings.Read']]);
    expect(session.getState().status).toBe('signed-in');
  });

  it('offers the admin link once the user’s own consent attempt meets a tenant that needs an administrator', async () => {
    const { session, provider } = setup();
    provider.current = account('avery');
    await session.start();
    provider.tokenFailure = new AuthError('Needs permission', 'consent-required', 'invalid_grant/consent_required AADSTS65001');
    await expect(session.getAccessToken({ scopes: ['People.Read'] })).rejects.toBeInstanceOf(AuthError);
    provider.signInFailure = new AuthError('Needs an administrator', 'admin-consent-required', 'access_denied AADSTS90094');
    await session.grantConsent();
    expect(session.getState()).toMatchObject({
      status: 'consent-needed',
      scopes: ['People.Read'],
      code: 'access_denied AADSTS90094',
      adminConsentUrl: 'https://login.microsoftonline.com/t1/adminconsent?client_id=client-1',
    });
  });

  it('stays usable offline with the cached account', async () => {
    const { session, provider } = setup();
    provider.current = account('avery');
    provider.tokenFailure = new AuthError('Offline', 'offline', 'no_network_connectivity');
    await session.start();
    expect(session.getState()).toMatchObject({ status: 'offline', account: { key: account('avery').key } });
  });

  it('is signed in again once a token comes through after an outage', async () => {
    const { session, provider } = setup();
    provider.current = account('avery');
    provider.tokenFailure = new AuthError('Offline', 'offline', 'no_network_connectivity');
    await session.start();
    provider.tokenFailure = undefined;
    await session.getAccessToken({ scopes: ['Contacts.ReadWrite'] });
    expect(session.getState()).toMatchObject({ status: 'signed-in', account: { username: 'avery@contoso.example' } });
  });

  it.each([
    ['fetch’s TypeError', new TypeError('Failed to fetch')],
    ['the Graph adapter’s network error', new RemoteError('Microsoft Graph could not be reached while reading your profile.', { status: 0 })],
  ])('is offline with the cached account when Graph cannot be reached for /me (%s)', async (_kind, failure) => {
    const provider = new FakeSignInProvider();
    provider.current = account('avery');
    const { session } = setup(provider, failure);
    await session.start();
    expect(session.getState()).toMatchObject({ status: 'offline', account: { username: 'avery@contoso.example' } });
    await session.getAccessToken({ scopes: ['Contacts.ReadWrite'] });
    expect(session.getState().status).toBe('offline');
  });

  it('stays signed in with the account’s own name when /me fails otherwise', async () => {
    const provider = new FakeSignInProvider();
    provider.current = { ...account('avery'), displayName: 'Avery from the token' };
    const { session } = setup(provider, new Error('Graph answered 503 when reading your profile.'));
    await session.start();
    expect(session.getState()).toMatchObject({ status: 'signed-in', account: { displayName: 'Avery from the token' } });
  });

  it('shows the library’s code when signing in fails', async () => {
    const { session, provider } = setup();
    await session.start();
    provider.signInFailure = new AuthError('Signing in failed.', 'failed', 'authority_uri_insecure');
    await session.signIn();
    expect(session.getState()).toMatchObject({ status: 'error', code: 'authority_uri_insecure' });
  });

  it('signs out and removes the account’s local data only when asked', async () => {
    const { session, provider, removed } = setup();
    provider.current = account('avery');
    await session.start();
    await session.signOut({ removeLocalData: false });
    expect(removed).toEqual([]);
    expect(session.getState()).toEqual({ status: 'signed-out' });
    provider.current = account('blake');
    await session.start();
    await session.signOut({ removeLocalData: true });
    expect(removed).toEqual([account('blake').key]);
    expect(provider.signedOut).toBe(2);
  });

  it('announces the account change so local data is opened per account', async () => {
    const { session, provider } = setup();
    const keys: (string | undefined)[] = [];
    session.onAccountChanged((changed) => keys.push(changed?.key));
    provider.current = account('avery');
    await session.start();
    await session.signOut({ removeLocalData: false });
    provider.nextAccount = account('blake');
    await session.signIn();
    expect(keys).toEqual([account('avery').key, undefined, account('blake').key]);
  });
});
