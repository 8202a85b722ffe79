// What every endpoint of the emulator's OpenID Connect authority shares.
import type { IncomingMessage } from 'node:http';
import type { DemoUser } from './access-token.js';
import type { GrantStore } from './grant-store.js';
import type { TokenSigner } from './token-signer.js';

export interface AuthorityContext {
  readonly signer: TokenSigner;
  readonly store: GrantStore;
  readonly users: readonly DemoUser[];
  readonly accessTokenTtlSeconds: number;
  /** The issuer for this request, e.g. `https://localhost:3000/oidc`: the origin the client configured as authority. */
  readonly issuer: (req: IncomingMessage) => string;
  readonly now: () => number;
}

/** The authority's base URL (where `/oauth2/v2.0/...` hangs), derived from the issuer's origin. */
export function authorityBase(context: AuthorityContext, req: IncomingMessage): string {
  return `${new URL(context.issuer(req)).origin}/oidc`;
}
