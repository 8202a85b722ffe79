// Translates MSAL's errors into our AuthError at the boundary, keeping MSAL's error code (plus Entra's AADSTS
// number when there is one) for the details line and the original as `cause`. The message is ours: MSAL's text is never shown or logged (it may carry PII).
import { InteractionRequiredAuthError } from '@azure/msal-browser';
import { classifyAuthFailure } from '../../core/auth/classify-auth-failure.js';
import type { AuthFailure } from '../../core/auth/classify-auth-failure.js';
import { AuthError } from '../../core/errors.js';
import type { AuthErrorReason } from '../../core/errors.js';

const MESSAGES: Readonly<Record<AuthErrorReason, string>> = {
  'interaction-required': 'Sign in to continue.',
  'consent-required': 'Contact Bridge needs your permission to continue.',
  'admin-consent-required': 'Your organization lets only an administrator grant Contact Bridge the permission it needs.',
  offline: 'The sign-in service cannot be reached. Contact Bridge works from your local copy until you are back online.',
  cancelled: 'Signing in was cancelled.',
  failed: 'Signing in failed.',
};

/**
 * MSAL's server errors carry Entra's number apart as `errorNo` (the first of `error_codes`, or the `code=` of
 * the authorize response's `error_uri`); the description usually repeats it as `AADSTS<n>`. Adds it when not.
 */
function withServerErrorNumber(description: string | undefined, errorNo: unknown): string | undefined {
  const number = typeof errorNo === 'number' || typeof errorNo === 'string' ? String(errorNo).trim() : '';
  if (!/^\d+$/.test(number) || description?.includes(`AADSTS${number}`)) return description;
  return description ? `AADSTS${number} ${description}` : `AADSTS${number}`;
}

/**
 * MSAL names one outcome two ways: a closed popup is BrowserAuthError `user_cancelled`, while a cancel reported by
 * the nested app authentication bridge (USER_CANCEL) becomes ClientAuthError `user_canceled`. One spelling for both.
 */
const CODE_ALIASES: Readonly<Record<string, string>> = { user_canceled: 'user_cancelled' };

/** Reads the fields of an MSAL error (or anything thrown) without trusting its type. */
export function authFailureOf(error: unknown, online: boolean): AuthFailure {
  if (error instanceof AuthError) return { errorCode: error.code ?? error.reason, online };
  const record = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  return {
    errorCode: codeOf(text('errorCode')) ?? (error instanceof TypeError ? 'network_error' : 'unknown_error'),
    subError: text('subError'),
    description: withServerErrorNumber(text('errorMessage'), record.errorNo),
    interactionRequired: error instanceof InteractionRequiredAuthError,
    online,
  };
}

function codeOf(code: string | undefined): string | undefined {
  return code === undefined ? undefined : (CODE_ALIASES[code] ?? code);
}

export function authErrorFrom(failure: AuthFailure, cause?: unknown): AuthError {
  const reason = classifyAuthFailure(failure);
  const aadsts = /AADSTS\d+/.exec(failure.description ?? '')?.[0];
  const code = [failure.subError ? `${failure.errorCode}/${failure.subError}` : failure.errorCode, aadsts].filter(Boolean).join(' ');
  return new AuthError(MESSAGES[reason], reason, code, { cause });
}

export function translateMsalError(error: unknown, online: boolean): AuthError {
  if (error instanceof AuthError) return error;
  return authErrorFrom(authFailureOf(error, online), error);
}

/** Whether MSAL says only an interactive sign-in can help (or there is no account to be silent for). */
export function needsInteraction(error: unknown): boolean {
  if (error instanceof InteractionRequiredAuthError) return true;
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return code === 'no_account_error' || code === 'no_tokens_found';
}
