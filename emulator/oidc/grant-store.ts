// The authority's memory: sessions, one-time authorization codes, rotating refresh tokens and per-user consent.
// Codes live 10 minutes and are single use: a replayed code revokes what it produced (RFC 6749 §4.1.2).
// Refresh tokens rotate: each use returns a new one and the used one is refused afterwards (RFC 9700 §4.14.2).
import { createHash, randomBytes } from 'node:crypto';

export const CODE_TTL_MS = 10 * 60_000;
/** Entra gives single-page applications refresh tokens that live 24 hours. */
export const REFRESH_TOKEN_TTL_MS = 24 * 60 * 60_000;

export interface CodeGrant {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly userId: string;
  readonly scopes: readonly string[];
  readonly codeChallenge: string;
  readonly nonce: string | undefined;
  readonly expiresAt: number;
}

export interface RefreshGrant {
  readonly clientId: string;
  readonly userId: string;
  readonly family: string;
  readonly expiresAt: number;
}

export type Redeemed<T> = { readonly ok: true; readonly grant: T } | { readonly ok: false; readonly reason: string };

const opaque = (): string => randomBytes(32).toString('base64url');

/** PKCE S256 (RFC 7636 §4.6): BASE64URL(SHA256(ASCII(code_verifier))) equals the code challenge. */
export function isVerifierForChallenge(verifier: string, challenge: string): boolean {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url') === challenge;
}

export class GrantStore {
  readonly #codes = new Map<string, CodeGrant & { used: boolean; family: string }>();
  readonly #refreshTokens = new Map<string, RefreshGrant & { used: boolean }>();
  readonly #revokedFamilies = new Set<string>();
  readonly #sessions = new Map<string, string>();
  readonly #consents = new Map<string, Set<string>>();

  constructor(private readonly now: () => number) {}

  startSession(userId: string): string {
    const id = opaque();
    this.#sessions.set(id, userId);
    return id;
  }

  sessionUser(sessionId: string | undefined): string | undefined {
    return sessionId === undefined ? undefined : this.#sessions.get(sessionId);
  }

  endSession(sessionId: string | undefined): void {
    if (sessionId !== undefined) this.#sessions.delete(sessionId);
  }

  /** Records the user's consent to `scopes` for the client; consent accumulates (incremental consent). */
  consent(userId: string, clientId: string, scopes: readonly string[]): void {
    const key = `${userId}|${clientId}`;
    const set = this.#consents.get(key) ?? new Set<string>();
    for (const scope of scopes) set.add(scope);
    this.#consents.set(key, set);
  }

  consented(userId: string, clientId: string): ReadonlySet<string> {
    return this.#consents.get(`${userId}|${clientId}`) ?? new Set();
  }

  issueCode(grant: Omit<CodeGrant, 'expiresAt'>): string {
    const code = opaque();
    this.#codes.set(code, { ...grant, expiresAt: this.now() + CODE_TTL_MS, used: false, family: opaque() });
    return code;
  }

  /** Redeems a code once. A second attempt fails and revokes the refresh tokens the first one produced. */
  redeemCode(code: string): Redeemed<CodeGrant & { family: string }> {
    const grant = this.#codes.get(code);
    if (!grant) return { ok: false, reason: 'The authorization code is unknown.' };
    if (grant.used) {
      this.#revokedFamilies.add(grant.family);
      return { ok: false, reason: 'The authorization code was already redeemed.' };
    }
    grant.used = true;
    if (grant.expiresAt <= this.now()) return { ok: false, reason: 'The authorization code has expired.' };
    return { ok: true, grant };
  }

  issueRefreshToken(clientId: string, userId: string, family: string): string {
    const token = opaque();
    this.#refreshTokens.set(token, { clientId, userId, family, expiresAt: this.now() + REFRESH_TOKEN_TTL_MS, used: false });
    return token;
  }

  /** Checks a refresh token without using it up. */
  checkRefreshToken(token: string): Redeemed<RefreshGrant> {
    const grant = this.#refreshTokens.get(token);
    if (!grant) return { ok: false, reason: 'The refresh token is unknown.' };
    if (this.#revokedFamilies.has(grant.family)) return { ok: false, reason: 'The refresh token was revoked.' };
    if (grant.used) return { ok: false, reason: 'The refresh token was already used.' };
    if (grant.expiresAt <= this.now()) return { ok: false, reason: 'The refresh token has expired.' };
    return { ok: true, grant };
  }

  /** Uses a refresh token up (rotation): the token endpoint answers with a new one. */
  consumeRefreshToken(token: string): void {
    const grant = this.#refreshTokens.get(token);
    if (grant) grant.used = true;
  }
}
