// Mounts the OpenID Connect authority (emulator/oidc/oidc-authority.ts) when that module is present; without it
// `/oidc/**` answers 404 and Graph still works with tokens from the control API.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoUser } from './oidc/access-token.js';
import type { TokenSigner } from './oidc/token-signer.js';

export interface OidcAuthorityOptions {
  readonly signer: TokenSigner;
  readonly issuer: (req: IncomingMessage) => string;
  readonly accessTokenTtlSeconds: number;
  readonly users: readonly DemoUser[];
  readonly now: () => number;
}

export type OidcHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

type AuthorityModule = { createOidcAuthority?: (options: OidcAuthorityOptions) => OidcHandler };

export async function loadOidcAuthority(options: OidcAuthorityOptions): Promise<OidcHandler | undefined> {
  const present = ['ts', 'js'].some((ext) => existsSync(new URL(`./oidc/oidc-authority.${ext}`, import.meta.url)));
  if (!present) return undefined;
  const specifier = './oidc/oidc-authority.js';
  const module = (await import(/* @vite-ignore */ specifier)) as AuthorityModule;
  return module.createOidcAuthority?.(options);
}
