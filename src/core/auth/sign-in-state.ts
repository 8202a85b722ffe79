// The states the account bar shows, and the pure rule that turns a sign-in failure into one of them.
import type { AuthErrorReason } from '../errors.js';
import type { AccountKey } from './account-key.js';

export interface SignedInAccount {
  readonly key: AccountKey;
  readonly tenantId: string;
  readonly homeAccountId: string;
  /** The sign-in name (UPN) from the identity library; untrusted text. */
  readonly username: string;
  /** From Graph `/me` once loaded; untrusted text. */
  readonly displayName?: string;
}

export type SignInState =
  | { readonly status: 'starting' }
  | { readonly status: 'signed-out' }
  | { readonly status: 'signing-in' }
  | { readonly status: 'signed-in'; readonly account: SignedInAccount }
  /** The user must grant the listed permissions; with `adminConsentUrl`, only a tenant administrator can. */
  | { readonly status: 'consent-needed'; readonly scopes: readonly string[]; readonly adminConsentUrl?: string; readonly code?: string; readonly account?: SignedInAccount }
  /** The identity provider is unreachable: the pane keeps working from the local mirror of `account`. */
  | { readonly status: 'offline'; readonly account?: SignedInAccount }
  | { readonly status: 'error'; readonly message: string; readonly code?: string; readonly account?: SignedInAccount };

export interface FailureFacts {
  readonly reason: AuthErrorReason;
  readonly code?: string;
  readonly message: string;
  readonly scopes: readonly string[];
  /** Where an administrator grants the permissions for the tenant: shown only when the reason says one must. */
  readonly adminConsentUrl?: string;
}

/** The state after a failed sign-in or token request, given the account known before (if any). */
export function stateAfterFailure(failure: FailureFacts, account: SignedInAccount | undefined): SignInState {
  switch (failure.reason) {
    case 'consent-required':
      return { status: 'consent-needed', scopes: failure.scopes, code: failure.code, account };
    case 'admin-consent-required':
      return { status: 'consent-needed', scopes: failure.scopes, adminConsentUrl: failure.adminConsentUrl, code: failure.code, account };
    case 'offline':
      return { status: 'offline', account };
    case 'cancelled':
      return account ? { status: 'signed-in', account } : { status: 'signed-out' };
    case 'interaction-required':
      return account ? { status: 'error', message: failure.message, code: failure.code, account } : { status: 'signed-out' };
    case 'failed':
      return { status: 'error', message: failure.message, code: failure.code, account };
  }
}

/** The account whose local data the pane may show in this state (none when signed out or signing in). */
export function accountOf(state: SignInState): SignedInAccount | undefined {
  return 'account' in state ? state.account : undefined;
}
