import { describe, expect, it } from 'vitest';
import { adminConsentUrl, classifyAuthFailure, needsAdminConsent } from '../../../../src/core/auth/classify-auth-failure.js';
import type { AuthFailure } from '../../../../src/core/auth/classify-auth-failure.js';

describe('classifyAuthFailure', () => {
  it.each<[string, AuthFailure, string]>([
    ['consent_required code', { errorCode: 'consent_required' }, 'consent-required'],
    ['consent_required suberror', { errorCode: 'invalid_grant', subError: 'consent_required' }, 'consent-required'],
    ['AADSTS65001 description', { errorCode: 'invalid_grant', description: 'AADSTS65001: The user has not consented' }, 'consent-required'],
    ['misconfigured app AADSTS90008', { errorCode: 'invalid_grant', description: 'AADSTS90008: The user or administrator has not consented' }, 'consent-required'],
    ['admin-only permissions AADSTS90094', { errorCode: 'access_denied', description: 'AADSTS90094: admin approval' }, 'admin-consent-required'],
    ['user consent blocked by policy AADSTS90093', { errorCode: 'access_denied', description: 'AADSTS90093: a policy prevents you' }, 'admin-consent-required'],
    ['admin-only on the token endpoint', { errorCode: 'invalid_grant', subError: 'consent_required', description: 'AADSTS90094 needs an admin' }, 'admin-consent-required'],
    ['interaction_required', { errorCode: 'interaction_required' }, 'interaction-required'],
    ['login_required', { errorCode: 'login_required' }, 'interaction-required'],
    ['library-flagged interaction', { errorCode: 'whatever', interactionRequired: true }, 'interaction-required'],
    ['no account', { errorCode: 'no_account_error' }, 'interaction-required'],
    ['no network', { errorCode: 'no_network_connectivity' }, 'offline'],
    ['discovery unreachable', { errorCode: 'endpoints_resolution_error' }, 'offline'],
    ['browser offline', { errorCode: 'interaction_required', online: false }, 'offline'],
    ['user closed the window', { errorCode: 'user_cancelled' }, 'cancelled'],
    ['popup blocked', { errorCode: 'popup_window_error' }, 'failed'],
    ['insecure authority', { errorCode: 'authority_uri_insecure' }, 'failed'],
  ])('classes %s', (_, failure, reason) => {
    expect(classifyAuthFailure(failure)).toBe(reason);
  });

  it('recognises when only an administrator can consent', () => {
    expect(needsAdminConsent({ errorCode: 'access_denied', description: 'AADSTS90094: needs admin' })).toBe(true);
    expect(needsAdminConsent({ errorCode: 'invalid_grant', description: 'AADSTS65001: user' })).toBe(false);
    expect(needsAdminConsent({ errorCode: 'consent_required' })).toBe(false);
  });

  it('builds the admin-consent address for the tenant and client', () => {
    expect(adminConsentUrl('client 1', 'contoso.onmicrosoft.com')).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id=client%201',
    );
  });
});
