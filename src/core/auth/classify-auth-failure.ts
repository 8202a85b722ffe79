// Decides what an identity-library failure means for the user: sign in again, consent, offline, cancelled or a
// plain failure. Codes are MSAL's (msal-common InteractionRequiredAuthErrorCodes, BrowserAuthErrorCodes) and
// Entra's AADSTS numbers (learn.microsoft.com/entra/identity-platform/reference-error-codes).
import type { AuthErrorReason } from '../errors.js';

export interface AuthFailure {
  /** The library's error code, e.g. `interaction_required`, `no_network_connectivity`. */
  readonly errorCode: string;
  readonly subError?: string;
  /** The server's description (with MSAL's `errorNo` as `AADSTS<n>` when the text lacks it): only scanned for AADSTS numbers, never shown raw. */
  readonly description?: string;
  /** True when the library classed the error as needing interaction (MSAL's InteractionRequiredAuthError). */
  readonly interactionRequired?: boolean;
  /** The browser's own view of connectivity (`navigator.onLine`). */
  readonly online?: boolean;
}

const CONSENT_CODES: ReadonlySet<string> = new Set(['consent_required']);
/**
 * AADSTS65001: the user has not consented (and may); AADSTS90008: the app's registration lacks the sign-in
 * permission, which consent cannot fix but the prompt names. Entra puts the number in the description.
 */
const CONSENT_AADSTS = /AADSTS(65001|90008)\b/;
/**
 * AADSTS90093: the tenant's policy stops users granting what the app asks; AADSTS90094: the permissions are
 * ones only an administrator can grant (learn.microsoft.com/entra/identity/enterprise-apps/
 * application-sign-in-unexpected-user-consent-error). Either way, asking the user again cannot succeed.
 */
const ADMIN_CONSENT_AADSTS = /AADSTS(90093|90094)\b/;
const INTERACTION_CODES: ReadonlySet<string> = new Set([
  'interaction_required',
  'login_required',
  'bad_token',
  'no_tokens_found',
  'refresh_token_expired',
  'native_account_unavailable',
  'ui_not_allowed',
  'interrupted_user',
  'no_account_error',
  'invalid_grant',
]);
const OFFLINE_CODES: ReadonlySet<string> = new Set([
  'no_network_connectivity',
  'network_error',
  'post_request_failed',
  'get_request_failed',
  'endpoints_resolution_error',
  'openid_config_error',
  'untrusted_authority',
  'timed_out',
]);
const CANCELLED_CODES: ReadonlySet<string> = new Set(['user_cancelled', 'access_denied']);

export function classifyAuthFailure(failure: AuthFailure): AuthErrorReason {
  const { errorCode, subError = '', description = '' } = failure;
  if (needsAdminConsent(failure)) return 'admin-consent-required';
  if (CONSENT_CODES.has(errorCode) || CONSENT_CODES.has(subError) || CONSENT_AADSTS.test(description)) return 'consent-required';
  if (failure.online === false || OFFLINE_CODES.has(errorCode)) return 'offline';
  if (CANCELLED_CODES.has(errorCode)) return 'cancelled';
  if (failure.interactionRequired || INTERACTION_CODES.has(errorCode) || INTERACTION_CODES.has(subError)) return 'interaction-required';
  return 'failed';
}

/** Whether only a tenant administrator can grant the consent (the tenant blocks user consent). */
export function needsAdminConsent(failure: AuthFailure): boolean {
  return ADMIN_CONSENT_AADSTS.test(failure.description ?? '');
}

/**
 * Entra's admin-consent endpoint for the app, for tenant admins to grant every permission at once
 * (learn.microsoft.com/entra/identity-platform/v2-admin-consent). `tenant` defaults to `organizations`.
 */
export function adminConsentUrl(clientId: string, tenant = 'organizations'): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/adminconsent?client_id=${encodeURIComponent(clientId)}`;
}
