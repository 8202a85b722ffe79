// Access tokens for Microsoft Graph. One implementation (MSAL) serves nested app authentication,
// the Office dialog fallback and the demo identity.

export interface TokenRequest {
  /** Graph scopes, e.g. `User.Read`, `Contacts.ReadWrite`. Scopes not yet consented are requested incrementally. */
  readonly scopes: readonly string[];
  /**
   * Skip the cache and refresh (used once after Graph answers 401). Concurrent forced refreshes for the same
   * scope set share one refresh: each caller gets the same token, or the same error.
   */
  readonly forceRefresh?: boolean;
  /**
   * With `forceRefresh`: the token Graph answered 401 to. The provider refreshes only if the token it would
   * return now is still this one; if another request already replaced it, the current token comes back
   * without a new refresh. So one expiry costs one refresh, however many requests met it.
   */
  readonly failedToken?: string;
}

export interface TokenProvider {
  /**
   * Resolves with a bearer token for the scopes, silently when possible.
   * Throws `AuthError` with reason `interaction-required` when only an interactive sign-in can help,
   * `consent-required` when the user or an admin must consent, `offline` when the identity provider is unreachable.
   * Tokens must never be logged or stored outside the identity library's cache.
   */
  getAccessToken(request: TokenRequest): Promise<string>;
}
