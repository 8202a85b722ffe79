import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DemoUser } from '../oidc/access-token.js';
import { createOidcAuthority } from '../oidc/oidc-authority.js';
import { TokenSigner } from '../oidc/token-signer.js';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const REDIRECT_URI = 'https://localhost:3000/dialog.html';
const USERS: readonly DemoUser[] = [
  { id: 'user-avery', tenantId: 'tenant-contoso', displayName: 'Avery <Demo>', userPrincipalName: 'avery@contoso.example', mail: 'avery@contoso.example' },
  { id: 'user-blake', tenantId: 'tenant-contoso', displayName: 'Blake Demo', userPrincipalName: 'blake@contoso.example', mail: 'blake@contoso.example' },
];

let server: Server;
let base: string;
let now: number;
let signer: TokenSigner;

beforeEach(async () => {
  now = 1_800_000_000_000;
  signer = new TokenSigner(() => now);
  const authority = createOidcAuthority({ signer, issuer: () => `${base}/oidc`, accessTokenTtlSeconds: 300, users: USERS, now: () => now });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    void authority(req, res, url).then((handled) => {
      if (!handled) {
        res.writeHead(404);
        res.end('not the authority');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

const pkce = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

function authorizeParams(challenge: string, extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    response_mode: 'fragment',
    scope: 'User.Read Contacts.ReadWrite openid profile offline_access',
    state: 'state-123',
    nonce: 'nonce-456',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    client_info: '1',
    ...extra,
  });
}

/** Submits the sign-in form as the page would: every carried parameter plus the chosen account. */
async function signIn(challenge: string, userId = 'user-avery', extra: Record<string, string> = {}) {
  const form = authorizeParams(challenge, extra);
  form.set('user_id', userId);
  form.set('decision', 'accept');
  const response = await fetch(`${base}/oidc/oauth2/v2.0/authorize`, { method: 'POST', body: form, redirect: 'manual' });
  const location = new URL(response.headers.get('location') ?? '');
  const answer = new URLSearchParams(location.hash.slice(1) || location.search);
  return { response, answer, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

function token(body: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${base}/oidc/oauth2/v2.0/token`, { method: 'POST', body: new URLSearchParams(body), headers });
}

const redeem = (code: string, verifier: string) =>
  token({ grant_type: 'authorization_code', client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, code, code_verifier: verifier, scope: 'User.Read Contacts.ReadWrite openid profile offline_access' });

const claimsOf = (jwt: string): Record<string, unknown> => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));

describe('createOidcAuthority', () => {
  it('answers discovery at the OIDC and the AAD paths with the request issuer', async () => {
    for (const path of ['/oidc/.well-known/openid-configuration', '/oidc/v2.0/.well-known/openid-configuration']) {
      const body = (await (await fetch(`${base}${path}`)).json()) as Record<string, unknown>;
      expect(body).toMatchObject({
        issuer: `${base}/oidc`,
        authorization_endpoint: `${base}/oidc/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/oidc/oauth2/v2.0/token`,
        jwks_uri: `${base}/oidc/discovery/v2.0/keys`,
      });
    }
  });

  it('publishes the signing key set', async () => {
    const body = (await (await fetch(`${base}/oidc/discovery/v2.0/keys`)).json()) as { keys: { kid: string }[] };
    expect(body.keys[0]?.kid).toBe(signer.kid);
  });

  it('leaves paths outside the authority to the caller', async () => {
    const response = await fetch(`${base}/v1.0/me`);
    expect(await response.text()).toBe('not the authority');
  });

  it('shows a script-free sign-in page listing the demo users with escaped names', async () => {
    const response = await fetch(`${base}/oidc/oauth2/v2.0/authorize?${authorizeParams(pkce().challenge)}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('Avery &lt;Demo&gt;');
    expect(html).toContain('blake@contoso.example');
    expect(html).toContain('<button type="submit" name="decision" value="accept">Sign in</button>');
    expect(html).toMatch(/<label class="sign-in__user" for="user-0">/);
    expect(html).not.toMatch(/<script/i);
    expect(response.headers.get('content-security-policy')).toContain("form-action 'self' https://localhost:3000");
  });

  it('refuses to redirect to a non-HTTPS redirect URI', async () => {
    const params = authorizeParams(pkce().challenge, { redirect_uri: 'http://evil.example/cb' });
    const response = await fetch(`${base}/oidc/oauth2/v2.0/authorize?${params}`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('requires PKCE with S256', async () => {
    const params = authorizeParams('x', { code_challenge_method: 'plain' });
    const response = await fetch(`${base}/oidc/oauth2/v2.0/authorize?${params}`, { redirect: 'manual' });
    const answer = new URLSearchParams(new URL(response.headers.get('location') ?? '').hash.slice(1));
    expect(answer.get('error')).toBe('invalid_request');
    expect(answer.get('state')).toBe('state-123');
  });

  it('runs the code flow with PKCE end to end', async () => {
    const { verifier, challenge } = pkce();
    const { response, answer } = await signIn(challenge);
    expect(response.status).toBe(303);
    expect(answer.get('state')).toBe('state-123');
    const tokens = (await (await redeem(answer.get('code') ?? '', verifier)).json()) as Record<string, string>;
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.scope?.split(' ').sort()).toEqual(['Contacts.ReadWrite', 'User.Read', 'openid', 'profile']);
    const access = signer.verify(tokens.access_token ?? '');
    expect(access).toMatchObject({ ok: true, claims: { oid: 'user-avery', tid: 'tenant-contoso', aud: 'https://graph.microsoft.com', exp: now / 1000 + 300 } });
    expect(claimsOf(tokens.id_token ?? '')).toMatchObject({ aud: CLIENT_ID, nonce: 'nonce-456', iss: `${base}/oidc`, preferred_username: 'avery@contoso.example' });
    expect(JSON.parse(Buffer.from(tokens.client_info ?? '', 'base64url').toString('utf8'))).toEqual({ uid: 'user-avery', utid: 'tenant-contoso' });
    expect(tokens.refresh_token).toBeTruthy();
  });

  it('answers the token endpoint with CORS headers for the add-in origin', async () => {
    const preflight = await fetch(`${base}/oidc/oauth2/v2.0/token`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://localhost:3000', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-anchormailbox' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type,x-anchormailbox');
    const failed = await token({ grant_type: 'refresh_token', refresh_token: 'nope', client_id: CLIENT_ID }, { Origin: 'https://localhost:3000' });
    expect(failed.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
  });

  it('rotates refresh tokens and refuses a used one', async () => {
    const { verifier, challenge } = pkce();
    const { answer } = await signIn(challenge);
    const first = (await (await redeem(answer.get('code') ?? '', verifier)).json()) as Record<string, string>;
    const refresh = { grant_type: 'refresh_token', client_id: CLIENT_ID, scope: 'Contacts.ReadWrite openid offline_access' };
    const second = (await (await token({ ...refresh, refresh_token: first.refresh_token ?? '' })).json()) as Record<string, string>;
    expect(signer.verify(second.access_token ?? '').ok).toBe(true);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    const replay = await token({ ...refresh, refresh_token: first.refresh_token ?? '' });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a wrong code verifier', async () => {
    const { challenge } = pkce();
    const { answer } = await signIn(challenge);
    const response = await redeem(answer.get('code') ?? '', pkce().verifier);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a reused code and revokes the refresh token it produced', async () => {
    const { verifier, challenge } = pkce();
    const { answer } = await signIn(challenge);
    const code = answer.get('code') ?? '';
    const first = (await (await redeem(code, verifier)).json()) as Record<string, string>;
    const again = await redeem(code, verifier);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' });
    const refresh = await token({ grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: first.refresh_token ?? '', scope: 'openid offline_access' });
    expect(await refresh.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a code after ten minutes', async () => {
    const { verifier, challenge } = pkce();
    const { answer } = await signIn(challenge);
    now += 10 * 60_000 + 1;
    const response = await redeem(answer.get('code') ?? '', verifier);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant', error_description: 'The authorization code has expired.' });
  });

  it('asks for consent before granting a scope the user has not consented to', async () => {
    const { verifier, challenge } = pkce();
    const { answer } = await signIn(challenge);
    const first = (await (await redeem(answer.get('code') ?? '', verifier)).json()) as Record<string, string>;
    const response = await token({ grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: first.refresh_token ?? '', scope: 'MailboxSettings.Read openid offline_access' });
    expect(await response.json()).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required' });
    const retry = await token({ grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: first.refresh_token ?? '', scope: 'User.Read openid offline_access' });
    expect(retry.status).toBe(200);
  });

  it('adds consented scopes to the access token incrementally', async () => {
    const first = pkce();
    await signIn(first.challenge);
    const second = pkce();
    const { answer } = await signIn(second.challenge, 'user-avery', { scope: 'MailboxSettings.Read openid profile offline_access' });
    const tokens = (await (await redeem(answer.get('code') ?? '', second.verifier)).json()) as Record<string, string>;
    const check = signer.verify(tokens.access_token ?? '');
    expect(check.ok && String(check.claims.scp).split(' ').sort()).toEqual(['Contacts.ReadWrite', 'MailboxSettings.Read', 'User.Read']);
  });

  it('signs in silently with prompt=none only when a session exists', async () => {
    const { challenge } = pkce();
    const silent = authorizeParams(challenge, { prompt: 'none', response_mode: 'query' });
    const without = await fetch(`${base}/oidc/oauth2/v2.0/authorize?${silent}`, { redirect: 'manual' });
    expect(new URL(without.headers.get('location') ?? '').searchParams.get('error')).toBe('login_required');
    const { cookie } = await signIn(challenge);
    const withSession = await fetch(`${base}/oidc/oauth2/v2.0/authorize?${silent}`, { redirect: 'manual', headers: { Cookie: cookie } });
    expect(new URL(withSession.headers.get('location') ?? '').searchParams.get('code')).toBeTruthy();
  });

  it('ends the session on logout and returns to the HTTPS address given', async () => {
    const { challenge } = pkce();
    const { cookie } = await signIn(challenge);
    const target = 'https://localhost:3000/taskpane.html';
    const response = await fetch(`${base}/oidc/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(target)}`, { redirect: 'manual', headers: { Cookie: cookie } });
    expect(response.headers.get('location')).toBe(target);
    const silent = authorizeParams(challenge, { prompt: 'none', response_mode: 'query' });
    const after = await fetch(`${base}/oidc/oauth2/v2.0/authorize?${silent}`, { redirect: 'manual', headers: { Cookie: cookie } });
    expect(new URL(after.headers.get('location') ?? '').searchParams.get('error')).toBe('login_required');
  });

  it('redirects with access_denied when the user cancels', async () => {
    const form = authorizeParams(pkce().challenge);
    form.set('decision', 'cancel');
    const response = await fetch(`${base}/oidc/oauth2/v2.0/authorize`, { method: 'POST', body: form, redirect: 'manual' });
    const answer = new URLSearchParams(new URL(response.headers.get('location') ?? '').hash.slice(1));
    expect(answer.get('error')).toBe('access_denied');
    expect(answer.get('code')).toBeNull();
  });
});
