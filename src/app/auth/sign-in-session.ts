// The pane's sign-in session: loads the token provider lazily, follows the account through the states the
// account bar shows, and is the TokenProvider the rest of the pane uses (so a token failure shows up as a state).
import { adminConsentUrl } from '../../core/auth/classify-auth-failure.js';
import { BASE_SCOPES } from '../../core/auth/graph-scopes.js';
import type { AccountKey } from '../../core/auth/account-key.js';
import type { SignInMode } from '../../core/auth/sign-in-mode.js';
import { accountOf, stateAfterFailure } from '../../core/auth/sign-in-state.js';
import type { SignedInAccount, SignInState } from '../../core/auth/sign-in-state.js';
import { AuthError, RemoteError } from '../../core/errors.js';
import type { TokenProvider, TokenRequest } from '../../ports/token-provider.js';
import type { AccountSession } from '../../ui/views/account/account-session.js';

/** What the session needs from the MSAL adapter (MsalTokenProvider). */
export interface SignInProvider extends TokenProvider {
  readonly mode: SignInMode;
  account(): Promise<SignedInAccount | undefined>;
  signIn(scopes?: readonly string[]): Promise<SignedInAccount>;
  signOut(): Promise<void>;
}

export interface SignInSessionOptions {
  readonly loadProvider: () => Promise<SignInProvider>;
  /** Reads the user's display name from Graph `/me` with the session's tokens. */
  readonly loadProfile: (tokens: TokenProvider) => Promise<{ readonly displayName?: string }>;
  /** Deletes the account's local databases and settings. */
  readonly removeLocalData: (key: AccountKey) => Promise<void>;
  readonly clientId: string;
}

export class SignInSession implements AccountSession, TokenProvider {
  readonly #options: SignInSessionOptions;
  readonly #listeners = new Set<() => void>();
  #state: SignInState = { status: 'starting' };
  #provider: Promise<SignInProvider> | undefined;
  /** Whether the current offline state came from Graph (not the identity provider) being unreachable. */
  #graphUnreachable = false;

  constructor(options: SignInSessionOptions) {
    this.#options = options;
  }

  getState(): SignInState {
    return this.#state;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Calls `listener` with the account whose local data the pane may show, whenever it changes. */
  onAccountChanged(listener: (account: SignedInAccount | undefined) => void): () => void {
    let last = accountOf(this.#state)?.key;
    return this.subscribe(() => {
      const account = accountOf(this.#state);
      if (account?.key === last) return;
      last = account?.key;
      listener(account);
    });
  }

  /** Restores the session silently at start-up (and when the browser comes back online). */
  async start(): Promise<void> {
    this.#set({ status: 'starting' });
    try {
      const provider = await this.#load();
      const known = await provider.account();
      if (!known && provider.mode !== 'nested') return this.#set({ status: 'signed-out' });
      await provider.getAccessToken({ scopes: BASE_SCOPES });
      await this.#enterSignedIn(provider);
    } catch (error) {
      await this.#fail(error, BASE_SCOPES);
    }
  }

  async getAccessToken(request: TokenRequest): Promise<string> {
    const provider = await this.#load();
    try {
      const token = await provider.getAccessToken(request);
      // A token after the identity provider was unreachable: it is back (Graph outages clear on `start`).
      if (this.#state.status === 'offline' && this.#state.account && !this.#graphUnreachable) this.#set({ status: 'signed-in', account: this.#state.account });
      return token;
    } catch (error) {
      if (error instanceof AuthError && error.reason !== 'cancelled') await this.#fail(error, request.scopes);
      throw error;
    }
  }

  signIn(): Promise<void> {
    return this.#interactive(BASE_SCOPES);
  }

  grantConsent(): Promise<void> {
    return this.#interactive(this.#state.status === 'consent-needed' ? this.#state.scopes : BASE_SCOPES);
  }

  async signOut(options: { readonly removeLocalData: boolean }): Promise<void> {
    const account = accountOf(this.#state);
    try {
      await (await this.#load()).signOut();
      // Signed out first: that closes the account's open mirror, so deleting its database is not blocked.
      this.#set({ status: 'signed-out' });
      if (options.removeLocalData && account) await this.#options.removeLocalData(account.key);
    } catch (error) {
      await this.#fail(error, BASE_SCOPES);
    }
  }

  async #interactive(scopes: readonly string[]): Promise<void> {
    this.#set({ status: 'signing-in' });
    try {
      const provider = await this.#load();
      await provider.signIn(scopes);
      await this.#enterSignedIn(provider);
    } catch (error) {
      await this.#fail(error, scopes);
    }
  }

  /** Signed in once `/me` answers; unreachable Graph means offline (the pane works from the local mirror). */
  async #enterSignedIn(provider: SignInProvider): Promise<void> {
    const account = await provider.account();
    if (!account) return this.#set({ status: 'signed-out' });
    let displayName = account.displayName;
    try {
      displayName = (await this.#options.loadProfile(provider)).displayName ?? displayName;
    } catch (error) {
      if (error instanceof AuthError) throw error;
      // Graph could not be reached (status 0: the network is down); any other profile failure keeps MSAL's name.
      if (error instanceof TypeError || (error instanceof RemoteError && error.status === 0)) return this.#set({ status: 'offline', account }, { graphUnreachable: true });
    }
    this.#set({ status: 'signed-in', account: { ...account, displayName } });
  }

  async #fail(error: unknown, scopes: readonly string[]): Promise<void> {
    const provider = this.#provider ? await this.#provider.catch(() => undefined) : undefined;
    const account = accountOf(this.#state) ?? (await provider?.account().catch(() => undefined));
    const authError = error instanceof AuthError ? error : undefined;
    const failure = {
      reason: authError?.reason ?? 'failed',
      code: authError?.code ?? (error instanceof Error ? error.name : undefined),
      message: authError?.message ?? 'Contact Bridge could not reach your account.',
      scopes,
      adminConsentUrl: adminConsentUrl(this.#options.clientId, account?.tenantId),
    } as const;
    this.#set(stateAfterFailure(failure, account));
  }

  #load(): Promise<SignInProvider> {
    this.#provider ??= this.#options.loadProvider();
    this.#provider.catch(() => {
      this.#provider = undefined;
    });
    return this.#provider;
  }

  #set(state: SignInState, options: { readonly graphUnreachable?: boolean } = {}): void {
    this.#state = state;
    this.#graphUnreachable = options.graphUnreachable ?? false;
    for (const listener of [...this.#listeners]) listener();
  }
}
