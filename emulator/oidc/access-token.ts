// The shape of the access tokens the emulator issues for Graph, shared by the OpenID Connect token endpoint,
// the control API's token minting and the Graph routes that verify bearers.
import type { JwtClaims } from './token-signer.js';

/** Graph's resource id: the audience of every access token for Graph. */
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

export interface DemoUser {
  /** Object id (`oid`), also the id in `/users/{id}`. */
  readonly id: string;
  readonly tenantId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly mail: string;
}

export interface GraphPrincipal {
  readonly userId: string;
  readonly tenantId: string;
  readonly scopes: ReadonlySet<string>;
}

export function accessTokenClaims(user: DemoUser, scopes: readonly string[], issuer: string): JwtClaims {
  return {
    aud: GRAPH_AUDIENCE,
    iss: issuer,
    oid: user.id,
    sub: user.id,
    tid: user.tenantId,
    name: user.displayName,
    preferred_username: user.userPrincipalName,
    scp: scopes.join(' '),
  };
}

/** The caller a verified access token names, or `undefined` when it is not a Graph access token. */
export function graphPrincipal(claims: JwtClaims): GraphPrincipal | undefined {
  if (claims.aud !== GRAPH_AUDIENCE || typeof claims.oid !== 'string' || typeof claims.tid !== 'string') return undefined;
  const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ').filter(Boolean) : [];
  return { userId: claims.oid, tenantId: claims.tid, scopes: new Set(scopes) };
}
