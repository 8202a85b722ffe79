// The brokered token endpoint the host simulator's nested app authentication broker calls.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DemoUser } from '../oidc/access-token.js';
import { graphPrincipal } from '../oidc/access-token.js';
import { createOidcAuthority } from '../oidc/oidc-authority.js';
import { TokenSigner } from '../oidc/token-signer.js';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const USER: DemoUser = { id: 'user-avery', tenantId: 'tenant-contoso', displayName: 'Avery Demo', userPrincipalName: 'avery@contoso.example', mail: 'avery@contoso.example' };

let server: Server;
let base: string;
let signer: TokenSigner;

beforeEach(async () => {
  signer = new TokenSigner();
  const authority = createOidcAuthority({ signer, issuer: () => `${base}/oidc`, accessTokenTtlSeconds: 300, users: [USER], now: Date.now });
  server = createServer((req, res) => void authority(req, res, new URL(req.url ?? '/', base)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

function brokerToken(fields: Record<string, string>): Promise<Response> {
  const body = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: 'brk-multihub://localhost:3000', login_hint: USER.userPrincipalName, ...fields });
  return fetch(`${base}/oidc/broker/v2.0/token`, { method: 'POST', body });
}

describe('broker token endpoint', () => {
  it('answers consent_required with AADSTS65001 while the user has not consented', async () => {
    const response = await brokerToken({ scope: 'User.Read Contacts.ReadWrite' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; suberror: string; error_description: string };
    expect(body).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required' });
    expect(body.error_description).toMatch(/^AADSTS65001: .*User\.Read, Contacts\.ReadWrite/);
  });

  it('records consent on prompt=consent, then issues tokens silently with every consented scope and no refresh token', async () => {
    expect((await brokerToken({ scope: 'User.Read', prompt: 'consent' })).status).toBe(200);
    const response = await brokerToken({ scope: 'https://graph.microsoft.com/User.Read' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.refresh_token).toBeUndefined();
    expect(typeof body.id_token).toBe('string');
    const check = signer.verify(String(body.access_token));
    expect(check.ok && graphPrincipal(check.claims)).toMatchObject({ userId: USER.id, tenantId: USER.tenantId, scopes: new Set(['User.Read']) });
    const idClaims = JSON.parse(Buffer.from(String(body.id_token).split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(idClaims).toMatchObject({ aud: CLIENT_ID, oid: USER.id, preferred_username: USER.userPrincipalName });
  });

  it('keeps consent per client: another client id is asked again', async () => {
    await brokerToken({ scope: 'User.Read', prompt: 'consent' });
    expect((await brokerToken({ scope: 'User.Read', client_id: 'another-client' })).status).toBe(400);
  });

  it('refuses a redirect URI that is not brk-multihub with an origin only, and an unknown user', async () => {
    expect((await brokerToken({ scope: 'User.Read', redirect_uri: 'https://localhost:3000/dialog.html' })).status).toBe(400);
    expect((await brokerToken({ scope: 'User.Read', redirect_uri: 'brk-multihub://localhost:3000/path' })).status).toBe(400);
    const unknown = await brokerToken({ scope: 'User.Read', login_hint: 'nobody@contoso.example' });
    expect(((await unknown.json()) as { suberror?: string }).suberror).toBe('user_not_found');
  });
});
