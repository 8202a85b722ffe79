import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenSigner } from '../oidc/token-signer.js';
import { accessTokenClaims } from '../oidc/access-token.js';
import { startEmulator } from '../server.js';
import { json, startTestEmulator } from './support/emulator-client.js';
import type { TestClient } from './support/emulator-client.js';

type ErrorBody = { error: { code: string; message: string } };

let client: TestClient;
beforeAll(async () => {
  client = await startTestEmulator({ seed: 20 });
});
afterAll(() => client.close());

describe('Graph bearer verification', () => {
  it('answers 401 InvalidAuthenticationToken without a bearer', async () => {
    const response = await client.graph('/me/contacts', { token: null });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await json<ErrorBody>(response)).error.code).toBe('InvalidAuthenticationToken');
  });

  it('answers 401 to a token signed by another key', async () => {
    const user = client.emulator.users[0];
    if (!user) throw new Error('no demo user');
    const forged = new TokenSigner().sign(accessTokenClaims(user, ['Contacts.Read'], 'https://elsewhere/oidc'), 600);
    expect((await client.graph('/me/contacts', { token: forged })).status).toBe(401);
  });

  it('answers 403 ErrorAccessDenied when the token lacks the scope', async () => {
    const readOnly = client.emulator.mintToken(client.emulator.users[0]?.id ?? '', ['Contacts.Read']);
    expect((await client.graph('/me/contacts', { token: readOnly })).status).toBe(200);
    const response = await client.graph('/me/contacts', { method: 'POST', body: { givenName: 'X' }, token: readOnly });
    expect(response.status).toBe(403);
    expect((await json<ErrorBody>(response)).error.code).toBe('ErrorAccessDenied');
  });

  it('accepts scopes written as full Graph URIs', async () => {
    const token = client.emulator.mintToken(client.emulator.users[0]?.id ?? '', ['https://graph.microsoft.com/Contacts.Read']);
    expect((await client.graph('/me/contacts', { token })).status).toBe(200);
  });

  it('refuses another user’s mailbox without a .Shared scope', async () => {
    const other = client.emulator.users[1]?.userPrincipalName ?? '';
    const own = client.emulator.mintToken(client.emulator.users[0]?.id ?? '', ['Contacts.ReadWrite']);
    expect((await client.graph(`/users/${other}/contactFolders`, { token: own })).status).toBe(403);
    expect((await client.graph(`/users/${other}/contactFolders`)).status).toBe(200);
  });

  it('answers 404 ErrorInvalidUser for an unknown user', async () => {
    const response = await client.graph('/users/nobody@contoso.example/contacts');
    expect(response.status).toBe(404);
    expect((await json<ErrorBody>(response)).error.code).toBe('ErrorInvalidUser');
  });
});

describe('control API: tokens', () => {
  it('mints an access token for a user by principal name', async () => {
    const minted = await client.control('/token', { method: 'POST', body: { user: client.emulator.users[0]?.userPrincipalName, scopes: ['Contacts.Read'] } });
    const { access_token: token } = await json<{ access_token: string }>(minted);
    const me = await client.graph('/me/contacts?$top=1', { token });
    expect(me.status).toBe(200);
  });

  it('refuses to mint for an unknown user', async () => {
    expect((await client.control('/token', { method: 'POST', body: { user: 'who@nowhere', scopes: [] } })).status).toBe(400);
  });

  it('expires every issued token, and tokens minted afterwards work', async () => {
    const before = client.emulator.mintToken(client.emulator.users[0]?.id ?? '', ['Contacts.Read']);
    expect((await client.control('/access-tokens/expire', { method: 'POST' })).status).toBe(204);
    const refused = await client.graph('/me/contacts', { token: before });
    expect(refused.status).toBe(401);
    const after = client.emulator.mintToken(client.emulator.users[0]?.id ?? '', ['Contacts.Read']);
    expect((await client.graph('/me/contacts', { token: after })).status).toBe(200);
  });
});

describe('server surface', () => {
  it('answers CORS preflights and marks Graph answers readable cross-origin', async () => {
    const preflight = await fetch(`${client.emulator.graphUrl}/me/contacts`, {
      method: 'OPTIONS',
      headers: { origin: 'https://localhost:3000', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization,if-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,if-match');
    const token = client.emulator.mintToken(client.emulator.users[0]?.id ?? '', ['User.Read']);
    const answer = await client.graph('/me', { headers: { origin: 'https://localhost:3000' }, token });
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
  });

  it('keeps the control API off unless asked, but always serves the demo messages', async () => {
    const plain = await startEmulator({ seed: 0 });
    try {
      expect((await fetch(`${plain.url}/_emulator/token`, { method: 'POST', body: '{}' })).status).toBe(404);
      expect((await fetch(`${plain.url}/_emulator/mailbox/messages`)).status).toBe(200);
    } finally {
      await plain.close();
    }
  });

  it('serves the profile of the signed-in user at /me', async () => {
    const token = client.emulator.mintToken(client.emulator.users[0]?.userPrincipalName ?? '', ['User.Read']);
    const me = await json<{ id: string; userPrincipalName: string }>(await client.graph('/me', { token }));
    expect(me).toMatchObject({ id: client.emulator.users[0]?.id, userPrincipalName: client.emulator.users[0]?.userPrincipalName });
  });

  it('names the public origin in links when publicUrl is set', async () => {
    const proxied = await startEmulator({ seed: 30, publicUrl: 'https://localhost:3000' });
    try {
      expect(proxied.graphUrl).toBe('https://localhost:3000/v1.0');
      const token = proxied.mintToken(proxied.users[0]?.id ?? '', ['Contacts.Read']);
      const page = await json<{ '@odata.nextLink': string }>(await fetch(`${proxied.url}/v1.0/me/contacts`, { headers: { authorization: `Bearer ${token}` } }));
      expect(page['@odata.nextLink'].startsWith('https://localhost:3000/v1.0/me/contacts?')).toBe(true);
    } finally {
      await proxied.close();
    }
  });
});

describe('sign-in authority mount', () => {
  it('serves the OpenID Connect discovery document with the public issuer', async () => {
    const response = await fetch(`${client.emulator.url}/oidc/v2.0/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect((await json<{ issuer: string }>(response)).issuer.startsWith(`${client.emulator.url}/oidc`)).toBe(true);
  });
});
