// Signs and verifies the emulator's JSON Web Tokens (RS256, RFC 7515/7519) and publishes the key as a JWKS.
// Graph routes use `verify` on every bearer token; the OpenID Connect endpoints and the control API use `sign`.
import { generateKeyPairSync, randomUUID, sign as rsaSign, verify as rsaVerify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

export type JwtClaims = Record<string, unknown> & { exp?: number; iat?: number; nbf?: number };

export type TokenCheck =
  | { readonly ok: true; readonly claims: JwtClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'signature' | 'expired' | 'revoked' };

export interface Jwks {
  readonly keys: readonly Record<string, unknown>[];
}

const base64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

export class TokenSigner {
  readonly #privateKey: KeyObject;
  readonly #publicKey: KeyObject;
  readonly kid = randomUUID();
  /** Ids (`uti`) of the tokens signed since the last revocation, and of the revoked ones. */
  #issued = new Set<string>();
  readonly #revoked = new Set<string>();

  constructor(private readonly now: () => number = Date.now) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.#privateKey = privateKey;
    this.#publicKey = publicKey;
  }

  /** Signs `claims`, adding `iat`/`nbf` and an `exp` `ttlSeconds` from now. */
  sign(claims: JwtClaims, ttlSeconds: number): string {
    const iat = Math.floor(this.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: this.kid };
    const uti = randomUUID();
    this.#issued.add(uti);
    const body = { ...claims, uti, iat, nbf: iat, exp: iat + ttlSeconds };
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(body))}`;
    return `${input}.${base64url(rsaSign('sha256', Buffer.from(input), this.#privateKey))}`;
  }

  verify(token: string): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'malformed' };
    const [headerPart, bodyPart, signaturePart] = parts as [string, string, string];
    let claims: JwtClaims;
    try {
      const header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8')) as { alg?: string; kid?: string };
      if (header.alg !== 'RS256' || header.kid !== this.kid) return { ok: false, reason: 'signature' };
      claims = JSON.parse(Buffer.from(bodyPart, 'base64url').toString('utf8')) as JwtClaims;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const valid = rsaVerify('sha256', Buffer.from(`${headerPart}.${bodyPart}`), this.#publicKey, Buffer.from(signaturePart, 'base64url'));
    if (!valid) return { ok: false, reason: 'signature' };
    const nowSeconds = Math.floor(this.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return { ok: false, reason: 'expired' };
    if (typeof claims.uti !== 'string' || this.#revoked.has(claims.uti)) return { ok: false, reason: 'revoked' };
    return { ok: true, claims };
  }

  /** Refuses every token issued up to now (tracked by their `uti` claim); tokens signed afterwards are valid. */
  revokeIssuedTokens(): void {
    for (const uti of this.#issued) this.#revoked.add(uti);
    this.#issued = new Set();
  }

  /** The public key as a JSON Web Key Set (RFC 7517), for the authority's `jwks_uri`. */
  jwks(): Jwks {
    const jwk = this.#publicKey.export({ format: 'jwk' });
    return { keys: [{ ...jwk, kid: this.kid, use: 'sig', alg: 'RS256' }] };
  }
}
