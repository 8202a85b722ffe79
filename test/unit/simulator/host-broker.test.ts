// The simulated Outlook's nested app authentication broker against the emulator's real authority (in process):
// MSAL's bridge envelopes in and out, consent through the host's prompt, and what it records (never a token).
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostBroker, type ConsentRequest } from '../../../emulator/host/naa/host-broker.js';
import { nestedAppAuthOption } from '../../../emulator/host/simulated-host.js';
import type { DemoUser } from '../../../emulator/oidc/access-token.js';
import { createOidcAuthority } from '../../../emulator/oidc/oidc-authority.js';
import { TokenSigner } from '../../../emulator/oidc/token-signer.js';

const CLIENT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const PANE_ORIGIN = 'https://localhost:3000';
const USER: DemoUser = { id: 'user-dana', tenantId: 'tenant-contoso', displayName: 'Dana Whitfield', userPrincipalName: 'dana@contoso.example', mail: 'dana@contoso.example' };

let server: Server;
let base: string;
let available: boolean;
let answerConsent: (request: ConsentRequest) => Promise<boolean>;

beforeEach(async () => {
  available = true;
  answerConsent = vi.fn(() => Promise.resolve(true));
  const authority = createOidcAuthority({ signer: new TokenSigner(), issuer: () => `${base}/oidc`, accessTokenTtlSeconds: 300, users: [USER], now: Date.now });
  server = createServer((req, res) => void authority(req, res, new URL(req.url ?? '/', base)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

const broker = () =>
  new HostBroker({ user: () => USER.userPrincipalName, authority: `${base}/oidc`, available: () => available, askConsent: (request) => answerConsent(request) });

let sequence = 0;
async function ask(subject: HostBroker, method: string, tokenParams?: Record<string, unknown>): Promise<Record<string, unknown>> {
  sequence += 1;
  const request = { messageType: 'NestedAppAuthRequest', method, requestId: `req-${sequence}`, sendTime: 0, ...(tokenParams ? { tokenParams } : {}) };
  const answer = await subject.handle(JSON.stringify(request), PANE_ORIGIN);
  const parsed = JSON.parse(answer ?? 'null') as Record<string, unknown>;
  expect(parsed).toMatchObject({ messageType: 'NestedAppAuthResponse', requestId: `req-${sequence}` });
  return parsed;
}

const tokenParams = (scope: string, extra: Record<string, unknown> = {}) => ({ clientId: CLIENT_ID, scope, correlationId: 'corr', ...extra });

describe('HostBroker', () => {
  it('starts the bridge with an init context and no account', async () => {
    const answer = await ask(broker(), 'GetInitContext');
    expect(answer).toMatchObject({ success: true, initContext: { sdkName: expect.any(String), sdkVersion: expect.any(String) } });
    expect((answer.initContext as Record<string, unknown>).accountContext).toBeUndefined();
  });

  it('answers every request with NESTED_APP_AUTH_UNAVAILABLE when the host declines NAA', async () => {
    available = false;
    const subject = broker();
    for (const method of ['GetInitContext', 'GetToken']) {
      expect(await ask(subject, method, tokenParams('User.Read'))).toMatchObject({ success: false, error: { status: 'NESTED_APP_AUTH_UNAVAILABLE' } });
    }
  });

  it('needs interaction for a scope the user has not consented to, silently and without a prompt', async () => {
    const answer = await ask(broker(), 'GetToken', tokenParams('User.Read Contacts.ReadWrite'));
    expect(answer).toMatchObject({ success: false, error: { status: 'USER_INTERACTION_REQUIRED', code: 'consent_required' } });
    expect((answer.error as { description: string }).description).toMatch(/^AADSTS65001/);
    expect(answerConsent).not.toHaveBeenCalled();
  });

  it('asks the host’s prompt on GetTokenPopup, then answers with a token and the account, and later silently', async () => {
    const subject = broker();
    const popup = await ask(subject, 'GetTokenPopup', tokenParams('User.Read Contacts.ReadWrite'));
    expect(answerConsent).toHaveBeenCalledWith({ clientId: CLIENT_ID, scopes: ['User.Read', 'Contacts.ReadWrite'], user: USER.userPrincipalName });
    expect(popup).toMatchObject({
      success: true,
      token: { token_type: 'Bearer', expires_in: 300, scope: expect.stringContaining('Contacts.ReadWrite'), authority: `${base}/oidc` },
      account: { homeAccountId: `${USER.id}.${USER.tenantId}`, environment: new URL(base).host, tenantId: USER.tenantId, username: USER.userPrincipalName, localAccountId: USER.id, name: USER.displayName },
    });
    const silent = await ask(subject, 'GetToken', tokenParams('User.Read', { forceRefresh: true }));
    expect(silent).toMatchObject({ success: true });
    const token = (silent.token as { access_token: string }).access_token;
    expect(token.split('.')).toHaveLength(3);
    expect(subject.requests()).toEqual([
      { method: 'GetTokenPopup', clientId: CLIENT_ID, scopes: ['User.Read', 'Contacts.ReadWrite'], forceRefresh: false, outcome: 'answered' },
      { method: 'GetToken', clientId: CLIENT_ID, scopes: ['User.Read'], forceRefresh: true, outcome: 'answered' },
    ]);
    expect(JSON.stringify(subject.requests())).not.toContain(token);
  });

  it('answers USER_CANCEL when the user cancels the prompt', async () => {
    answerConsent = () => Promise.resolve(false);
    expect(await ask(broker(), 'GetTokenPopup', tokenParams('People.Read'))).toMatchObject({ success: false, error: { status: 'USER_CANCEL' } });
  });

  it('refuses an unknown method, a request without a client id and another authority; ignores what is no request', async () => {
    const subject = broker();
    expect(await ask(subject, 'GetAccounts')).toMatchObject({ success: false, error: { status: 'PERSISTENT_ERROR' } });
    expect(await ask(subject, 'GetToken', { scope: 'User.Read' })).toMatchObject({ success: false, error: { status: 'PERSISTENT_ERROR', code: 'invalid_request' } });
    const foreign = await ask(subject, 'GetToken', tokenParams('User.Read', { authority: 'https://login.microsoftonline.com/common' }));
    expect(foreign).toMatchObject({ success: false, error: { status: 'PERSISTENT_ERROR', code: 'invalid_authority' } });
    expect(await subject.handle('not json', PANE_ORIGIN)).toBeUndefined();
    expect(await subject.handle(JSON.stringify({ messageType: 'Other' }), PANE_ORIGIN)).toBeUndefined();
  });
});

describe('nestedAppAuthOption', () => {
  it.each([
    ['', { nestedAppAuth: false, nestedAppAuthBridge: 'available' }],
    ['naa=1', { nestedAppAuth: true, nestedAppAuthBridge: 'available' }],
    ['naa=unavailable', { nestedAppAuth: true, nestedAppAuthBridge: 'unavailable' }],
  ] as const)('reads “%s”', (query, expected) => {
    expect(nestedAppAuthOption(new URLSearchParams(query))).toEqual(expected);
  });
});
