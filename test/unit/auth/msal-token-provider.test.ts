import { BrowserAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { serializeDialogMessage } from '../../../src/adapters/msal/dialog-message.js';
import { MsalTokenProvider } from '../../../src/adapters/msal/msal-token-provider.js';
import type { SignInMode } from '../../../src/core/auth/sign-in-mode.js';
import { AuthError } from '../../../src/core/errors.js';
import type { HostDialog } from '../../../src/ports/host-dialog.js';
import { aResult, anAccount, FakeMsalClient } from './fake-msal-client.js';

const AVERY = anAccount('avery');
const BLAKE = anAccount('blake');
const interactionRequired = () => new InteractionRequiredAuthError('interaction_required', 'c', 'AADSTS50058: session expired');
const consentRequired = () => new InteractionRequiredAuthError('invalid_grant', 'c', 'AADSTS65001: not consented', 'consent_required');

class FakeHostDialog implements HostDialog {
  readonly opened: string[] = [];
  constructor(private readonly answer: (url: string) => Promise<string>) {}
  openAndReceive(url: string): Promise<string> {
    this.opened.push(url);
    return this.answer(url);
  }
}

function setup(mode: SignInMode, options: { dialog?: HostDialog; online?: boolean; clients?: FakeMsalClient[] } = {}) {
  const clients = options.clients ?? [new FakeMsalClient()];
  let created = 0;
  const provider = new MsalTokenProvider({
    mode,
    createClient: () => Promise.resolve(clients[Math.min(created++, clients.length - 1)] as FakeMsalClient),
    dialog: options.dialog,
    dialogUrl: 'https://addin.example/dialog.html',
    loginHint: 'avery@contoso.example',
    isOnline: () => options.online ?? true,
  });
  return { provider, client: clients[0] as FakeMsalClient, clients };
}

describe('MsalTokenProvider', () => {
  it('returns a cached token silently without any interaction', async () => {
    const { provider, client } = setup('dialog');
    client.accounts = [AVERY];
    client.silent = () => Promise.resolve(aResult(AVERY, 'token-1'));
    expect(await provider.getAccessToken({ scopes: ['Contacts.ReadWrite'] })).toBe('token-1');
    expect(client.silentCalls).toEqual([{ scopes: ['Contacts.ReadWrite'], forceRefresh: false, account: AVERY }]);
    expect(client.popupCalls).toEqual([]);
  });

  it('passes a forced refresh through to MSAL', async () => {
    const { provider, client } = setup('demo');
    client.active = AVERY;
    client.silent = () => Promise.resolve(aResult(AVERY, 'fresh'));
    await provider.getAccessToken({ scopes: ['User.Read'], forceRefresh: true });
    expect(client.silentCalls[0]?.forceRefresh).toBe(true);
  });

  it('never opens a window from getAccessToken: it reports that interaction is required', async () => {
    const dialog = new FakeHostDialog(() => Promise.reject(new Error('must not open')));
    const { provider, client } = setup('dialog', { dialog });
    client.active = AVERY;
    client.silent = () => Promise.reject(interactionRequired());
    const error = await provider.getAccessToken({ scopes: ['User.Read'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ reason: 'interaction-required', code: 'interaction_required AADSTS50058' });
    expect(dialog.opened).toEqual([]);
  });

  it('asks to sign in when no account is cached, without calling MSAL', async () => {
    const { provider, client } = setup('demo');
    await expect(provider.getAccessToken({ scopes: ['User.Read'] })).rejects.toMatchObject({ reason: 'interaction-required', code: 'no_account' });
    expect(client.silentCalls).toEqual([]);
  });

  it('tries Office single sign-on under NAA even before an account is known', async () => {
    const { provider, client } = setup('nested');
    client.silent = () => Promise.resolve(aResult(AVERY, 'sso'));
    expect(await provider.getAccessToken({ scopes: ['User.Read'] })).toBe('sso');
    expect((await provider.account())?.username).toBe('avery@contoso.example');
  });

  it('signs in with an Office-brokered popup under NAA only after silent sign-in needs interaction', async () => {
    const { provider, client } = setup('nested');
    client.silent = () => Promise.reject(interactionRequired());
    client.popup = () => Promise.resolve(aResult(AVERY, 'popup-token'));
    const account = await provider.signIn();
    expect(client.silentCalls).toHaveLength(1);
    expect(client.popupCalls).toEqual([['User.Read', 'Contacts.ReadWrite']]);
    expect(account.homeAccountId).toBe(AVERY.homeAccountId);
    expect(client.active).toBe(AVERY);
  });

  it('does not open anything when silent sign-in fails for another reason', async () => {
    const { provider, client } = setup('nested');
    client.silent = () => Promise.reject(new BrowserAuthError('no_network_connectivity', 'c'));
    await expect(provider.signIn()).rejects.toMatchObject({ reason: 'offline', code: 'no_network_connectivity' });
    expect(client.popupCalls).toEqual([]);
  });

  it('falls back to the Office dialog when the NAA popup is blocked', async () => {
    const after = new FakeMsalClient();
    after.accounts = [AVERY];
    after.silent = () => Promise.resolve(aResult(AVERY, 'after-dialog'));
    const dialog = new FakeHostDialog(() => Promise.resolve(serializeDialogMessage({ status: 'signed-in', homeAccountId: AVERY.homeAccountId })));
    const before = new FakeMsalClient();
    before.silent = () => Promise.reject(interactionRequired());
    before.popup = () => Promise.reject(new BrowserAuthError('popup_window_error', 'c'));
    const { provider } = setup('nested', { dialog, clients: [before, after] });
    expect((await provider.signIn()).homeAccountId).toBe(AVERY.homeAccountId);
    expect(dialog.opened).toHaveLength(1);
  });

  it('signs in through the dialog page, then reads the token silently from the shared cache', async () => {
    const before = new FakeMsalClient();
    const after = new FakeMsalClient();
    after.accounts = [BLAKE, AVERY];
    after.silent = (request) => Promise.resolve(aResult(request.account ?? BLAKE, 'from-cache'));
    const dialog = new FakeHostDialog(() => Promise.resolve(serializeDialogMessage({ status: 'signed-in', homeAccountId: AVERY.homeAccountId })));
    const { provider } = setup('dialog', { dialog, clients: [before, after] });
    const account = await provider.signIn();
    expect(dialog.opened).toEqual(['https://addin.example/dialog.html?scopes=User.Read+Contacts.ReadWrite&login_hint=avery%40contoso.example']);
    expect(account.homeAccountId).toBe(AVERY.homeAccountId);
    expect(after.active).toBe(AVERY);
    expect(after.silentCalls[0]?.account).toBe(AVERY);
  });

  it('hints the signed-in account to the dialog when asking for more permissions', async () => {
    const before = new FakeMsalClient();
    before.active = BLAKE;
    before.silent = () => Promise.reject(consentRequired());
    const after = new FakeMsalClient();
    after.accounts = [BLAKE];
    after.silent = () => Promise.resolve(aResult(BLAKE, 'with-people'));
    const dialog = new FakeHostDialog(() => Promise.resolve(serializeDialogMessage({ status: 'signed-in', homeAccountId: BLAKE.homeAccountId })));
    const { provider } = setup('dialog', { dialog, clients: [before, after] });
    await provider.signIn(['People.Read']);
    expect(dialog.opened).toEqual(['https://addin.example/dialog.html?scopes=People.Read&login_hint=blake%40contoso.example']);
  });

  it('translates a failure the dialog reports, keeping its code and telling an administrator’s consent apart', async () => {
    const dialog = new FakeHostDialog(() => Promise.resolve(serializeDialogMessage({ status: 'failed', errorCode: 'access_denied', description: 'AADSTS90094' })));
    const { provider } = setup('demo', { dialog });
    await expect(provider.signIn()).rejects.toMatchObject({ reason: 'admin-consent-required', code: 'access_denied AADSTS90094' });
  });

  it('passes the dialog being closed through as a cancellation', async () => {
    const dialog = new FakeHostDialog(() => Promise.reject(new AuthError('closed', 'cancelled')));
    const { provider } = setup('dialog', { dialog });
    await expect(provider.signIn()).rejects.toMatchObject({ reason: 'cancelled' });
  });

  it('requests a feature scope incrementally: silent first, consent only when MSAL asks for it', async () => {
    const { provider, client } = setup('nested');
    client.active = AVERY;
    client.silent = (request) => (request.scopes.includes('MailboxSettings.Read') ? Promise.reject(consentRequired()) : Promise.resolve(aResult(AVERY, 'base')));
    client.popup = () => Promise.resolve(aResult(AVERY, 'with-categories'));
    await expect(provider.getAccessToken({ scopes: ['MailboxSettings.Read'] })).rejects.toMatchObject({ reason: 'consent-required' });
    await provider.signIn(['MailboxSettings.Read']);
    expect(client.popupCalls).toEqual([['MailboxSettings.Read']]);
    expect(await provider.getAccessToken({ scopes: ['Contacts.ReadWrite'] })).toBe('base');
  });

  it('reports offline when the browser is offline, whatever MSAL says', async () => {
    const { provider, client } = setup('demo', { online: false });
    client.active = AVERY;
    client.silent = () => Promise.reject(new ServerError('server_error', 'c'));
    await expect(provider.getAccessToken({ scopes: ['User.Read'] })).rejects.toMatchObject({ reason: 'offline' });
  });

  it('keeps tokens out of the errors it throws', async () => {
    const { provider, client } = setup('demo');
    client.active = AVERY;
    client.silent = () => Promise.reject(new ServerError('invalid_grant', 'c', 'refresh token rt-secret-123 was revoked'));
    const error = (await provider.getAccessToken({ scopes: ['User.Read'] }).catch((e: unknown) => e)) as AuthError;
    expect(`${error.message} ${error.code ?? ''}`).not.toContain('rt-secret-123');
  });

  it('signs out by clearing MSAL’s cache for the account, and asks to sign in afterwards', async () => {
    const { provider, client } = setup('dialog');
    client.accounts = [AVERY];
    client.active = AVERY;
    await provider.signOut();
    expect(client.cleared).toEqual([AVERY.homeAccountId]);
    expect(await provider.account()).toBeUndefined();
    await expect(provider.getAccessToken({ scopes: ['User.Read'] })).rejects.toMatchObject({ reason: 'interaction-required' });
  });

  it('stops using the Office account under NAA after sign-out, without calling MSAL’s unsupported clearCache', async () => {
    const { provider, client } = setup('nested');
    client.active = AVERY;
    await provider.signOut();
    expect(client.cleared).toEqual([]);
    await expect(provider.getAccessToken({ scopes: ['User.Read'] })).rejects.toMatchObject({ code: 'no_account' });
  });

  it('keys local data by account: a different account signing in gets a different key', async () => {
    const { provider, client } = setup('dialog');
    client.accounts = [AVERY];
    const first = await provider.account();
    await provider.signOut();
    client.accounts = [BLAKE];
    client.silent = () => Promise.resolve(aResult(BLAKE, 'blake-token'));
    const second = await provider.signIn();
    expect(first?.key).toBeDefined();
    expect(second.key).not.toBe(first?.key);
  });
});
