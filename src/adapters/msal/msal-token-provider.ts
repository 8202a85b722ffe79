// TokenProvider over MSAL, the same code for nested app authentication, the Office dialog fallback and the demo:
// silent first; an interactive sign-in only when MSAL says interaction is required, shown as an Office-brokered
// popup (NAA) or through the host dialog running MSAL's redirect flow (dialog.html).
import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { accountKey } from '../../core/auth/account-key.js';
import { BASE_SCOPES } from '../../core/auth/graph-scopes.js';
import { interactionFor } from '../../core/auth/sign-in-mode.js';
import type { SignInMode } from '../../core/auth/sign-in-mode.js';
import type { SignedInAccount } from '../../core/auth/sign-in-state.js';
import { AuthError } from '../../core/errors.js';
import type { HostDialog } from '../../ports/host-dialog.js';
import type { TokenProvider, TokenRequest } from '../../ports/token-provider.js';
import { parseDialogMessage } from './dialog-message.js';
import { SharedTokenRefresh } from './shared-token-refresh.js';
import { authErrorFrom, translateMsalError } from './translate-msal-error.js';

/** The part of MSAL's client the provider uses (a fake implements it in tests). */
export type MsalClient = Pick<
  IPublicClientApplication,
  'acquireTokenSilent' | 'acquireTokenPopup' | 'getActiveAccount' | 'setActiveAccount' | 'getAllAccounts' | 'getAccount' | 'clearCache'
>;

export interface MsalTokenProviderOptions {
  readonly mode: SignInMode;
  /**
   * Creates and initialises MSAL's client. Called again with `'after-dialog'` once the dialog page signed in:
   * that client must read the cache the dialog page wrote (the standard client over `localStorage`, also under NAA).
   */
  readonly createClient: (purpose?: 'after-dialog') => Promise<MsalClient>;
  /** Required for the dialog fallback and the demo. */
  readonly dialog?: HostDialog;
  /** The add-in's dialog page, e.g. `https://addin.example/dialog.html`. */
  readonly dialogUrl: string;
  /** The mailbox owner's address, to preselect the account in the sign-in UI. */
  readonly loginHint?: string;
  readonly isOnline?: () => boolean;
}

const SIGN_IN_FIRST = 'Sign in to continue.';

export function signedInAccountOf(info: AccountInfo): SignedInAccount {
  return {
    key: accountKey(info.tenantId, info.homeAccountId),
    tenantId: info.tenantId,
    homeAccountId: info.homeAccountId,
    username: info.username,
    displayName: info.name || undefined,
  };
}

export class MsalTokenProvider implements TokenProvider {
  readonly #options: MsalTokenProviderOptions;
  #client: Promise<MsalClient>;
  /** Under NAA the library cannot sign out (Office owns the account): the provider stops using it instead. */
  #signedOut = false;
  /** One refresh per expired token, however many requests met it. */
  readonly #tokens = new SharedTokenRefresh(async (scopes, forceRefresh) => (await this.#silent(scopes, forceRefresh)).accessToken);

  constructor(options: MsalTokenProviderOptions) {
    this.#options = options;
    this.#client = options.createClient();
  }

  get mode(): SignInMode {
    return this.#options.mode;
  }

  /** The account the provider signs in as, if any (MSAL's active account, or the only one cached). */
  async account(): Promise<SignedInAccount | undefined> {
    const info = this.#activeAccount(await this.#client);
    return info ? signedInAccountOf(info) : undefined;
  }

  getAccessToken(request: TokenRequest): Promise<string> {
    return this.#tokens.getAccessToken(request);
  }

  /**
   * Gets a token for `scopes`, silently if possible, else interactively (sign-in or incremental consent).
   * Call from a user action: a popup or dialog may open. Throws AuthError like `getAccessToken`.
   */
  async signIn(scopes: readonly string[] = BASE_SCOPES): Promise<SignedInAccount> {
    this.#signedOut = false;
    try {
      const result = await this.#silent(scopes, false);
      return signedInAccountOf(result.account);
    } catch (error) {
      if (!(error instanceof AuthError) || (error.reason !== 'interaction-required' && error.reason !== 'consent-required')) throw error;
    }
    return this.#interactive(scopes);
  }

  /** Forgets the account: MSAL's cache for it is cleared (under NAA, the add-in only stops using it). */
  async signOut(): Promise<void> {
    const client = await this.#client;
    const account = this.#activeAccount(client);
    this.#signedOut = true;
    client.setActiveAccount(null);
    if (account && this.#options.mode !== 'nested') {
      try {
        await client.clearCache({ account });
      } catch (error) {
        throw translateMsalError(error, this.#online());
      }
    }
  }

  #online(): boolean {
    return this.#options.isOnline?.() ?? true;
  }

  #activeAccount(client: MsalClient): AccountInfo | null {
    if (this.#signedOut) return null;
    const active = client.getActiveAccount();
    if (active) return active;
    const all = client.getAllAccounts();
    return all.length === 1 ? (all[0] ?? null) : null;
  }

  async #silent(scopes: readonly string[], forceRefresh: boolean): Promise<AuthenticationResult> {
    const client = await this.#client;
    const account = this.#activeAccount(client);
    // Under NAA, Office knows the user: a silent request without an account is Office's single sign-on.
    if (!account && (this.#options.mode !== 'nested' || this.#signedOut)) throw new AuthError(SIGN_IN_FIRST, 'interaction-required', 'no_account');
    try {
      const result = await client.acquireTokenSilent({ scopes: [...scopes], account: account ?? undefined, forceRefresh });
      client.setActiveAccount(result.account);
      return result;
    } catch (error) {
      throw translateMsalError(error, this.#online());
    }
  }

  async #interactive(scopes: readonly string[]): Promise<SignedInAccount> {
    if (interactionFor(this.#options.mode) === 'popup') {
      const client = await this.#client;
      try {
        const result = await client.acquireTokenPopup({ scopes: [...scopes], loginHint: this.#options.loginHint });
        client.setActiveAccount(result.account);
        return signedInAccountOf(result.account);
      } catch (error) {
        const blocked = (error as { errorCode?: unknown } | null)?.errorCode === 'popup_window_error';
        if (!blocked || !this.#options.dialog) throw translateMsalError(error, this.#online());
      }
    }
    return this.#viaDialog(scopes);
  }

  async #viaDialog(scopes: readonly string[]): Promise<SignedInAccount> {
    const dialog = this.#options.dialog;
    if (!dialog) throw new AuthError('Signing in needs the host’s dialog, which is not available.', 'failed', 'dialog_unavailable');
    const query = new URLSearchParams({ scopes: scopes.join(' ') });
    // For incremental consent the signed-in account is the right hint; before sign-in, the mailbox owner.
    const known = this.#activeAccount(await this.#client)?.username;
    const hint = known || this.#options.loginHint;
    if (hint) query.set('login_hint', hint);
    let text: string;
    try {
      text = await dialog.openAndReceive(`${this.#options.dialogUrl}?${query}`, { widthPercent: 40, heightPercent: 60 });
    } catch (error) {
      if (error instanceof AuthError) throw error;
      throw new AuthError('The sign-in window could not be opened.', 'failed', 'dialog_failed', { cause: error });
    }
    const message = parseDialogMessage(text);
    if (message.status === 'failed') throw authErrorFrom({ ...message, online: this.#online() });
    // The dialog wrote the account and tokens to MSAL's shared cache: read it afresh, then continue silently.
    this.#client = this.#options.createClient('after-dialog');
    const client = await this.#client;
    const account = client.getAccount({ homeAccountId: message.homeAccountId });
    if (!account) throw new AuthError('The signed-in account was not found after the sign-in window closed.', 'failed', 'account_not_in_cache');
    client.setActiveAccount(account);
    const result = await this.#silent(scopes, false);
    return signedInAccountOf(result.account);
  }
}
