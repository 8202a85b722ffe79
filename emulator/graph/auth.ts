// Bearer verification for Graph routes: signature, expiry and audience through the token signer, then the
// delegated scopes each route needs (learn.microsoft.com/graph/permissions-reference).
import type { IncomingHttpHeaders } from 'node:http';
import { graphPrincipal } from '../oidc/access-token.js';
import type { GraphPrincipal } from '../oidc/access-token.js';
import type { TokenSigner } from '../oidc/token-signer.js';
import { accessDenied, invalidToken } from './errors.js';

const GRAPH_SCOPE_PREFIX = 'https://graph.microsoft.com/';

export function authenticate(signer: TokenSigner, headers: IncomingHttpHeaders | Readonly<Record<string, string>>): GraphPrincipal {
  const header = headers.authorization;
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  if (!match) throw invalidToken('Access token is empty.');
  const check = signer.verify(match[1] as string);
  if (!check.ok) {
    throw invalidToken(check.reason === 'expired' || check.reason === 'revoked' ? 'Lifetime validation failed, the token is expired.' : 'IDX14100: JWT is not well formed.');
  }
  const principal = graphPrincipal(check.claims);
  if (!principal) throw invalidToken('Invalid audience.');
  return principal;
}

const hasScope = (principal: GraphPrincipal, scope: string): boolean =>
  principal.scopes.has(scope) || principal.scopes.has(`${GRAPH_SCOPE_PREFIX}${scope}`);

/** Throws 403 ErrorAccessDenied unless the token carries one of `scopes`. */
export function requireAnyScope(principal: GraphPrincipal, scopes: readonly string[]): void {
  if (!scopes.some((scope) => hasScope(principal, scope))) throw accessDenied();
}

export type Access = 'read' | 'write';

/** The scopes that allow contacts access: the user's own mailbox or another's shared with them. */
export function contactScopes(access: Access, ownMailbox: boolean): readonly string[] {
  if (ownMailbox) return access === 'read' ? ['Contacts.Read', 'Contacts.ReadWrite'] : ['Contacts.ReadWrite'];
  return access === 'read' ? ['Contacts.Read.Shared', 'Contacts.ReadWrite.Shared'] : ['Contacts.ReadWrite.Shared'];
}
