// The authorization endpoint (OpenID Connect Core §3.1.2): shows the sign-in page (GET), takes the user's
// choice (POST) and redirects back to the client with `code` and `state`, in the query or the fragment.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthorityContext } from './authority-context.js';
import { authorityBase } from './authority-context.js';
import { clientInfo } from './token-endpoint.js';
import { cookieValue, escapeHtml, readForm, redirect, sendHtml, SESSION_COOKIE, sessionCookie } from './oidc-http.js';
import { parseScopes } from './oidc-scopes.js';
import { renderSignInPage } from './sign-in-page.js';

interface AuthorizeRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly responseMode: 'query' | 'fragment';
  readonly state: string | undefined;
  readonly nonce: string | undefined;
  readonly codeChallenge: string;
  readonly graphScopes: readonly string[];
  readonly prompt: string | undefined;
  readonly loginHint: string | undefined;
}

type Parsed =
  | { readonly kind: 'ok'; readonly request: AuthorizeRequest }
  /** The redirect URI itself is unusable: answer with a page, never redirect (RFC 6749 §4.1.2.1). */
  | { readonly kind: 'page'; readonly message: string }
  | { readonly kind: 'redirect'; readonly location: string };

/** Redirect URIs must be absolute HTTPS, or HTTP on loopback (RFC 8252 §7.3). */
function isAcceptableRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    return !url.hash && (url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)));
  } catch {
    return false;
  }
}

function responseLocation(redirectUri: string, mode: 'query' | 'fragment', params: Record<string, string | undefined>): string {
  const answer = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) answer.set(key, value);
  if (mode === 'fragment') return `${redirectUri}#${answer.toString()}`;
  const url = new URL(redirectUri);
  for (const [key, value] of answer) url.searchParams.set(key, value);
  return url.toString();
}

function parseAuthorize(params: URLSearchParams): Parsed {
  const clientId = params.get('client_id') ?? '';
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!clientId) return { kind: 'page', message: 'The request has no client_id.' };
  if (!isAcceptableRedirect(redirectUri)) return { kind: 'page', message: 'The redirect_uri is missing or not an HTTPS address.' };
  const modeParam = params.get('response_mode') ?? 'query';
  const responseMode = modeParam === 'fragment' ? 'fragment' : 'query';
  const state = params.get('state') ?? undefined;
  const fail = (error: string, description: string): Parsed => ({
    kind: 'redirect',
    location: responseLocation(redirectUri, responseMode, { error, error_description: description, state }),
  });
  if (modeParam !== 'query' && modeParam !== 'fragment') return fail('invalid_request', `response_mode '${modeParam}' is not supported.`);
  if (params.get('response_type') !== 'code') return fail('unsupported_response_type', 'Only the authorization code flow is supported.');
  const codeChallenge = params.get('code_challenge') ?? '';
  if (!codeChallenge || params.get('code_challenge_method') !== 'S256') {
    return fail('invalid_request', 'Single-page applications must use PKCE with code_challenge_method S256.');
  }
  const scopes = parseScopes(params.get('scope'));
  if (scopes.unknown.length > 0) return fail('invalid_scope', `Unknown scope: ${scopes.unknown.join(' ')}.`);
  if (!scopes.openid.includes('openid')) return fail('invalid_scope', 'The openid scope is required.');
  const request: AuthorizeRequest = {
    clientId,
    redirectUri,
    responseMode,
    state,
    nonce: params.get('nonce') ?? undefined,
    codeChallenge,
    graphScopes: scopes.graph,
    prompt: params.get('prompt') ?? undefined,
    loginHint: params.get('login_hint') ?? undefined,
  };
  return { kind: 'ok', request };
}

function completeSignIn(context: AuthorityContext, res: ServerResponse, request: AuthorizeRequest, userId: string, headers: Record<string, string> = {}): void {
  const user = context.users.find((candidate) => candidate.id === userId);
  const code = context.store.issueCode({ ...request, scopes: request.graphScopes, userId });
  const info = user ? clientInfo(user) : undefined;
  redirect(res, responseLocation(request.redirectUri, request.responseMode, { code, state: request.state, client_info: info }), headers);
}

function formActionPolicy(redirectUri: string): string {
  return `default-src 'none'; style-src 'self'; form-action 'self' ${new URL(redirectUri).origin}; frame-ancestors 'self'`;
}

export async function handleAuthorize(context: AuthorityContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const params = req.method === 'POST' ? await readForm(req) : url.searchParams;
  const parsed = parseAuthorize(params);
  if (parsed.kind === 'page') return sendHtml(res, 400, `<!doctype html><title>Sign-in error</title><p>${escapeHtml(parsed.message)}</p>`);
  if (parsed.kind === 'redirect') return redirect(res, parsed.location);
  const { request } = parsed;
  const sessionUser = context.store.sessionUser(cookieValue(req, SESSION_COOKIE));
  if (req.method === 'POST') return handleDecision(context, res, request, params);
  if (request.prompt === 'none') {
    const consented = sessionUser ? context.store.consented(sessionUser, request.clientId) : new Set<string>();
    const error = !sessionUser ? 'login_required' : request.graphScopes.some((s) => !consented.has(s)) ? 'consent_required' : undefined;
    if (error) return redirect(res, responseLocation(request.redirectUri, request.responseMode, { error, error_description: `${error}: the user must sign in interactively.`, state: request.state }));
    return completeSignIn(context, res, request, sessionUser as string);
  }
  const hinted = context.users.find((user) => user.userPrincipalName.toLowerCase() === request.loginHint?.toLowerCase());
  const base = authorityBase(context, req);
  const carried = new URLSearchParams(params);
  carried.delete('user_id');
  carried.delete('decision');
  const html = renderSignInPage({
    action: `${base}/oauth2/v2.0/authorize`,
    stylesheet: `${base}/sign-in.css`,
    params: carried,
    users: context.users,
    preselectedUserId: hinted?.id ?? sessionUser,
    scopes: request.graphScopes,
  });
  sendHtml(res, 200, html, { 'Content-Security-Policy': formActionPolicy(request.redirectUri) });
}

function handleDecision(context: AuthorityContext, res: ServerResponse, request: AuthorizeRequest, form: URLSearchParams): void {
  if (form.get('decision') === 'cancel') {
    const location = responseLocation(request.redirectUri, request.responseMode, { error: 'access_denied', error_description: 'The user cancelled the sign-in.', state: request.state });
    return redirect(res, location);
  }
  const user = context.users.find((candidate) => candidate.id === form.get('user_id'));
  if (!user) return sendHtml(res, 400, '<!doctype html><title>Sign-in error</title><p>Choose one of the demo accounts.</p>');
  context.store.consent(user.id, request.clientId, request.graphScopes);
  completeSignIn(context, res, request, user.id, { 'Set-Cookie': sessionCookie(context.store.startSession(user.id)) });
}
