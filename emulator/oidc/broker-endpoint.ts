// The brokered token endpoint that the host simulator's nested app authentication broker calls, as Outlook's own
// broker asks Entra for a nested add-in's token: for the host's signed-in user, for the add-in's client id and its
// `brk-multihub://{origin}` redirect URI, consent checked per user and client, and no refresh token for the add-in.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthorityContext } from './authority-context.js';
import { corsHeaders, readForm, sendJson, sendOAuthError } from './oidc-http.js';
import { parseScopes } from './oidc-scopes.js';
import { tokenResponse } from './token-endpoint.js';

/** A nested app's redirect URI: the broker scheme and the add-in's origin, no path (Entra's NAA registration rule). */
const BROKER_REDIRECT = /^brk-multihub:\/\/[^/?#\s]+$/;

/**
 * `POST /oidc/broker/v2.0/token` with a form body: `client_id` (the nested app), `redirect_uri`
 * (`brk-multihub://{origin}`), `login_hint` (the host's user, by user principal name or id), `scope`, and
 * `prompt=consent` when the host has just shown its consent prompt and the user accepted.
 * Answers the token endpoint's JSON (access token, ID token for the client, no refresh token), or
 * `invalid_grant` with suberror `consent_required` (AADSTS65001) while a Graph scope is not consented.
 */
export async function handleBrokerToken(context: AuthorityContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cors = corsHeaders(req);
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors);
    res.end();
    return;
  }
  if (req.method !== 'POST') return sendOAuthError(res, 405, 'invalid_request', 'The broker token endpoint accepts POST only.', cors);
  const form = await readForm(req);
  const clientId = form.get('client_id') ?? '';
  if (!clientId) return sendOAuthError(res, 400, 'invalid_request', 'The request has no client_id.', cors);
  if (!BROKER_REDIRECT.test(form.get('redirect_uri') ?? '')) {
    return sendOAuthError(res, 400, 'invalid_request', 'AADSTS50011: a nested app needs the redirect URI brk-multihub://{origin}.', cors);
  }
  const hint = (form.get('login_hint') ?? '').toLowerCase();
  const user = context.users.find((candidate) => candidate.userPrincipalName.toLowerCase() === hint || candidate.id === hint);
  if (!user) return sendOAuthError(res, 400, 'invalid_grant', 'AADSTS50034: the host’s user is not in this directory.', cors, 'user_not_found');
  const scopes = parseScopes(form.get('scope'));
  if (scopes.unknown.length > 0) return sendOAuthError(res, 400, 'invalid_scope', `Unknown scope: ${scopes.unknown.join(' ')}.`, cors);
  if (form.get('prompt') === 'consent') context.store.consent(user.id, clientId, scopes.graph);
  const consented = context.store.consented(user.id, clientId);
  const missing = scopes.graph.filter((scope) => !consented.has(scope));
  if (missing.length > 0) {
    const description = `AADSTS65001: The user has not consented to ${missing.join(', ')} for this application.`;
    return sendOAuthError(res, 400, 'invalid_grant', description, cors, 'consent_required');
  }
  // The nested app always gets an ID token (MSAL's NAA adapter requires one) and never a refresh token.
  const openid = [...new Set(['openid', 'profile', ...scopes.openid])].filter((scope) => scope !== 'offline_access');
  sendJson(res, 200, tokenResponse(context, req, { user, clientId, openid, nonce: undefined, family: '' }), cors);
}
