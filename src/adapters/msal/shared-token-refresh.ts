// One refresh per expired token: requests that met the same failed token share one call to the identity
// provider, and a request whose failed token was already replaced gets the current token instead of refreshing.
import type { TokenRequest } from '../../ports/token-provider.js';

/** Gets a token from the identity library: from its cache, or from the token endpoint when `forceRefresh`. */
export type AcquireToken = (scopes: readonly string[], forceRefresh: boolean) => Promise<string>;

/** The same key for the same scopes in any order or letter case (scope values are case-insensitive in Entra). */
export function scopeSetKey(scopes: readonly string[]): string {
  return [...new Set(scopes.map((scope) => scope.toLowerCase()))].sort().join(' ');
}

interface Refresh {
  /** The scope set the refresh asked for. */
  readonly scopes: string;
  readonly token: Promise<string>;
}

export class SharedTokenRefresh {
  readonly #acquire: AcquireToken;
  /** Refreshes under way, by the token they replace, or by scope set for callers that named none. */
  readonly #refreshing = new Map<string, Refresh>();
  /** Counts settled refreshes, to notice one that ended while the cache was being read. */
  #settled = 0;

  constructor(acquire: AcquireToken) {
    this.#acquire = acquire;
  }

  /** `TokenProvider.getAccessToken` over `acquire`, with the port's `forceRefresh` and `failedToken` rules. */
  async getAccessToken(request: TokenRequest): Promise<string> {
    const { scopes, failedToken } = request;
    if (request.forceRefresh !== true) return this.#acquire(scopes, false);
    if (failedToken === undefined) return this.#shared(`scopes:${scopeSetKey(scopes)}`, scopes);
    const key = `token:${failedToken}`;
    const running = this.#refreshing.get(key);
    if (running !== undefined) return this.#after(running, scopes, failedToken);
    const settled = this.#settled;
    let current = await this.#acquire(scopes, false);
    // A refresh that ended during the read may have replaced the token after the cache answered: read once more.
    if (current === failedToken && settled !== this.#settled) current = await this.#acquire(scopes, false);
    if (current !== failedToken) return current;
    const started = this.#refreshing.get(key);
    if (started !== undefined) return this.#after(started, scopes, failedToken);
    return this.#start(key, scopes).token;
  }

  #shared(key: string, scopes: readonly string[]): Promise<string> {
    return (this.#refreshing.get(key) ?? this.#start(key, scopes)).token;
  }

  /**
   * The token of a refresh this caller joined. A caller with other scopes reads its own from the cache, which
   * the refresh filled (one token usually carries every consented scope); it refreshes only if that is still the failed one.
   */
  async #after(refresh: Refresh, scopes: readonly string[], failedToken: string): Promise<string> {
    const token = await refresh.token;
    if (refresh.scopes === scopeSetKey(scopes)) return token;
    const own = await this.#acquire(scopes, false);
    return own !== failedToken ? own : this.#shared(`scopes:${scopeSetKey(scopes)}`, scopes);
  }

  #start(key: string, scopes: readonly string[]): Refresh {
    const token = this.#acquire(scopes, true).finally(() => {
      this.#settled += 1;
      if (this.#refreshing.get(key) === refresh) this.#refreshing.delete(key);
    });
    const refresh: Refresh = { scopes: scopeSetKey(scopes), token };
    this.#refreshing.set(key, refresh);
    return refresh;
  }
}
