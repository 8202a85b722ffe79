import { BrowserAuthError, ClientAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { authFailureOf, translateMsalError } from '../../../src/adapters/msal/translate-msal-error.js';
import { AuthError } from '../../../src/core/errors.js';

/** MSAL's errors as its token and authorize responses build them (msal-common ResponseHandler, Authorize). */
const tokenEndpointConsent = () =>
  new InteractionRequiredAuthError('invalid_grant', 'corr-1', 'AADSTS65001: The user or administrator has not consented to use the application.', 'consent_required', '', '', '', '65001');
const authorizeAdminOnly = (description: string, errorNo?: string) => new ServerError('access_denied', 'corr-2', description, undefined, errorNo);

describe('translateMsalError', () => {
  it('classes a consent the user can give as consent-required, keeping the code and AADSTS number', () => {
    const error = translateMsalError(tokenEndpointConsent(), true);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ reason: 'consent-required', code: 'invalid_grant/consent_required AADSTS65001' });
    expect(error.message).toBe('Contact Bridge needs your permission to continue.');
    expect(error.cause).toBeInstanceOf(InteractionRequiredAuthError);
  });

  it.each([
    ['AADSTS90094: Contact Bridge needs permission to access resources in your organization that only an admin can grant.', 'AADSTS90094'],
    ['AADSTS90093: An administrator of Contoso has set a policy that prevents you from granting Contact Bridge the permissions it is requesting.', 'AADSTS90093'],
  ])('classes “%s” as admin-consent-required', (description, aadsts) => {
    const error = translateMsalError(authorizeAdminOnly(description), true);
    expect(error).toMatchObject({ reason: 'admin-consent-required', code: `access_denied ${aadsts}` });
    expect(error.message).toMatch(/only an administrator/);
  });

  it('reads Entra’s number from errorNo when the description leaves it out', () => {
    const error = translateMsalError(authorizeAdminOnly('Need admin approval', '90094'), true);
    expect(error).toMatchObject({ reason: 'admin-consent-required', code: 'access_denied AADSTS90094' });
    expect(authFailureOf(authorizeAdminOnly('', '90094'), true).description).toMatch(/^AADSTS90094\b/);
  });

  it('keeps a user who declined consent as a cancellation, not an administrator’s matter', () => {
    expect(translateMsalError(authorizeAdminOnly('AADSTS65004: User declined to consent to access the app.', '65004'), true).reason).toBe('cancelled');
  });

  it('classes a consent prompt the user cancelled in the NAA host (MSAL’s user_canceled) as a cancellation', () => {
    const error = translateMsalError(new ClientAuthError('user_canceled', 'corr-5'), true);
    expect(error).toMatchObject({ reason: 'cancelled', code: 'user_cancelled' });
  });

  it('passes our own AuthError through and reads browser errors by their code', () => {
    const ours = new AuthError('Needs an administrator', 'admin-consent-required', 'access_denied AADSTS90094');
    expect(translateMsalError(ours, true)).toBe(ours);
    expect(translateMsalError(new BrowserAuthError('user_cancelled', 'corr-3'), true).reason).toBe('cancelled');
    expect(translateMsalError(new TypeError('Failed to fetch'), false).reason).toBe('offline');
  });
});
