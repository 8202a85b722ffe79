// The token endpoint (RFC 6749 §3.2): the authorization_code grant with PKCE (RFC 7636) and the refresh_token
// grant with rotation. Answers in Entra's JSON shape, including `client_info`, which MSAL uses for the account id.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoUser } from './access-token.js';
import { accessTokenClaims } from './access-token.js';
import type { AuthorityContext } from './authority-context.js';
import { isVerifierForChallenge, REFRESH_TOKEN_TTL_MS } from './grant-store.js';
import { corsHeaders, readForm, sendJson, sendOAuthError } from './oidc-http.js';
import { parseScopes } from './oidc-scopes.js';

const ID_TOKEN_TTL_SECONDS = 3600;

/** Entra's `client_info`: base64url JSON with the user's object id and home tenant; MSAL builds `uid.utid` from it. */
export function clientInfo(user: DemoUser): string {
  return Buffer.from(JSON.stringify({ uid: user.id, utid: user.tenantId })).toString('base64url');
}

export interface Issue {
  readonly user: DemoUser;
  readonly clientId: string;
  readonly openid: readonly string[];
  readonly nonce: string | undefined;
  readonly family: string;
}

export function tokenResponse(context: AuthorityContext, req: IncomingMessage, issue: Issue): Record<string, unknown> {
  const { user, clientId, openid } = issue;
  const issuer = context.issuer(req);
  const graphScopes = [...context.store.consented(user.id, clientId)];
  const ttl = context.accessTokenTtlSeconds;
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: [...graphScopes, ...openid.filter((scope) => scope !== 'offline_access')].join(' '),
    expires_in: ttl,
    ext_expires_in: ttl,
    access_token: context.signer.sign(accessTokenClaims(user, graphScopes, issuer), ttl),
    client_info: clientInfo(user),
  };
  if (openid.includes('offline_access')) {
    body.refresh_token = context.store.issueRefreshToken(clientId, user.id, issue.family);
    body.refresh_token_expires_in = REFRESH_TOKEN_TTL_MS / 1000;
  }
  if (openid.includes('openid')) {
    const claims = {
      ver: '2.0',
      iss: issuer,
      aud: clientId,
      sub: user.id,
      oid: user.id,
      tid: user.tenantId,
      name: user.displayName,
      preferred_username: user.userPrincipalName,
      email: user.mail,
      ...(issue.nonce !== undefined ? { nonce: issue.nonce } : {}),
    };
    body.id_token = context.signer.sign(claims, ID_TOKEN_TTL_SECONDS);
  }
  return body;
}

export async function handleToken(context: AuthorityContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cors = corsHeaders(req);
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors);
    res.end();
    return;
  }
  if (req.method !== 'POST') return sendOAuthError(res, 405, 'invalid_request', 'The token endpoint accepts POST only.', cors);
  const form = await readForm(req);
  const grantType = form.get('grant_type');
  if (grantType === 'authorization_code') return redeemCode(context, req, res, form, cors);
  if (grantType === 'refresh_token') return redeemRefresh(context, req, res, form, cors);
  sendOAuthError(res, 400, 'unsupported_grant_type', `grant_type '${grantType ?? ''}' is not supported.`, cors);
}

function redeemCode(context: AuthorityContext, req: IncomingMessage, res: ServerResponse, form: URLSearchParams, cors: Record<string, string>): void {
  const redeemed = context.store.redeemCode(form.get('code') ?? '');
  if (!redeemed.ok) return sendOAuthError(res, 400, 'invalid_grant', redeemed.reason, cors);
  const { grant } = redeemed;
  if (form.get('client_id') !== grant.clientId) return sendOAuthError(res, 400, 'invalid_grant', 'The code was issued to another client.', cors);
  if (form.get('redirect_uri') !== grant.redirectUri) return sendOAuthError(res, 400, 'invalid_grant', 'The redirect_uri does not match the authorization request.', cors);
  const verifier = form.get('code_verifier');
  if (!verifier || !isVerifierForChallenge(verifier, grant.codeChallenge)) {
    return sendOAuthError(res, 400, 'invalid_grant', 'The code_verifier does not match the code_challenge (PKCE).', cors);
  }
  const user = context.users.find((candidate) => candidate.id === grant.userId);
  if (!user) return sendOAuthError(res, 400, 'invalid_grant', 'The user no longer exists.', cors);
  const openid = parseScopes(form.get('scope')).openid;
  sendJson(res, 200, tokenResponse(context, req, { user, clientId: grant.clientId, openid, nonce: grant.nonce, family: grant.family }), cors);
}

function redeemRefresh(context: AuthorityContext, req: IncomingMessage, res: ServerResponse, form: URLSearchParams, cors: Record<string, string>): void {
  const scopes = parseScopes(form.get('scope'));
  if (scopes.unknown.length > 0) return sendOAuthError(res, 400, 'invalid_scope', `Unknown scope: ${scopes.unknown.join(' ')}.`, cors);
  const refreshToken = form.get('refresh_token') ?? '';
  const redeemed = context.store.checkRefreshToken(refreshToken);
  if (!redeemed.ok) return sendOAuthError(res, 400, 'invalid_grant', redeemed.reason, cors);
  const { grant } = redeemed;
  if (form.get('client_id') !== grant.clientId) return sendOAuthError(res, 400, 'invalid_grant', 'The refresh token was issued to another client.', cors);
  const user = context.users.find((candidate) => candidate.id === grant.userId);
  if (!user) return sendOAuthError(res, 400, 'invalid_grant', 'The user no longer exists.', cors);
  const consented = context.store.consented(user.id, grant.clientId);
  const missing = scopes.graph.filter((scope) => !consented.has(scope));
  if (missing.length > 0) {
    // Entra answers AADSTS65001 with suberror consent_required; the refresh token stays usable.
    const description = `AADSTS65001: The user has not consented to ${missing.join(', ')} for this application.`;
    return sendOAuthError(res, 400, 'invalid_grant', description, cors, 'consent_required');
  }
  context.store.consumeRefreshToken(refreshToken);
  const issue = { user, clientId: grant.clientId, openid: scopes.openid, nonce: undefined, family: grant.family };
  sendJson(res, 200, tokenResponse(context, req, issue), cors);
}
