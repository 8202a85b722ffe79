// The emulator's OpenID Connect authority, mounted at `/oidc`: discovery, JWKS, the sign-in page, the token
// endpoint, logout and the host simulator's brokered token endpoint (nested app authentication). MSAL talks to it exactly as to Entra ID (authorization code with PKCE, AAD protocol mode).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoUser } from './access-token.js';
import type { AuthorityContext } from './authority-context.js';
import { authorityBase } from './authority-context.js';
import { handleAuthorize } from './authorize-endpoint.js';
import { handleBrokerToken } from './broker-endpoint.js';
import { GrantStore } from './grant-store.js';
import { cookieValue, escapeHtml, redirect, sendHtml, sendJson, SESSION_COOKIE, sessionCookie } from './oidc-http.js';
import { OPENID_SCOPES } from './oidc-scopes.js';
import { SIGN_IN_STYLESHEET } from './sign-in-page.js';
import { handleToken } from './token-endpoint.js';
import type { TokenSigner } from './token-signer.js';

export interface OidcAuthorityOptions {
  readonly signer: TokenSigner;
  readonly issuer: (req: IncomingMessage) => string;
  readonly accessTokenTtlSeconds: number;
  readonly users: readonly DemoUser[];
  readonly now: () => number;
}

type Handler = (context: AuthorityContext, req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

/**
 * Discovery (OpenID Connect Discovery 1.0 §4). MSAL asks `{authority}/v2.0/.well-known/openid-configuration`
 * in AAD protocol mode and `{authority}/.well-known/openid-configuration` in OIDC mode: both answer the same.
 */
const discovery: Handler = (context, req, res) => {
  const base = authorityBase(context, req);
  sendJson(res, 200, {
    issuer: context.issuer(req),
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    token_endpoint: `${base}/oauth2/v2.0/token`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'fragment'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none'],
    scopes_supported: [...OPENID_SCOPES],
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'name', 'preferred_username', 'email', 'oid', 'tid', 'ver'],
  }, { 'Access-Control-Allow-Origin': '*' });
};

const jwks: Handler = (context, _req, res) => sendJson(res, 200, context.signer.jwks(), { 'Access-Control-Allow-Origin': '*' });

/** Ends the authority's session and returns to `post_logout_redirect_uri` when it is an HTTPS address. */
const logout: Handler = (context, req, res, url) => {
  context.store.endSession(cookieValue(req, SESSION_COOKIE));
  const headers = { 'Set-Cookie': sessionCookie(undefined) };
  const target = url.searchParams.get('post_logout_redirect_uri');
  if (target && /^https:\/\//.test(target)) return redirect(res, target, headers);
  sendHtml(res, 200, `<!doctype html><title>Signed out</title><p>${escapeHtml('You are signed out.')}</p>`, headers);
};

const stylesheet: Handler = (_context, _req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' });
  res.end(SIGN_IN_STYLESHEET);
};

const ROUTES: Readonly<Record<string, Handler>> = {
  '/oidc/.well-known/openid-configuration': discovery,
  '/oidc/v2.0/.well-known/openid-configuration': discovery,
  '/oidc/discovery/v2.0/keys': jwks,
  '/oidc/oauth2/v2.0/authorize': (context, req, res, url) => handleAuthorize(context, req, res, url),
  '/oidc/oauth2/v2.0/token': (context, req, res) => handleToken(context, req, res),
  '/oidc/broker/v2.0/token': (context, req, res) => handleBrokerToken(context, req, res),
  '/oidc/oauth2/v2.0/logout': logout,
  '/oidc/sign-in.css': stylesheet,
};

/** Returns a request handler that answers the authority's paths and returns false for every other path. */
export function createOidcAuthority(options: OidcAuthorityOptions): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> {
  const context: AuthorityContext = { ...options, store: new GrantStore(options.now) };
  return async (req, res, url) => {
    const handler = ROUTES[url.pathname];
    if (!handler) return false;
    try {
      await handler(context, req, res, url);
    } catch (error) {
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: error instanceof Error ? error.message : 'Unexpected error.' });
      else res.end();
    }
    return true;
  };
}
