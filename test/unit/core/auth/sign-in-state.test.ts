import { describe, expect, it } from 'vitest';
import { accountKey } from '../../../../src/core/auth/account-key.js';
import { accountOf, stateAfterFailure } from '../../../../src/core/auth/sign-in-state.js';
import type { SignedInAccount } from '../../../../src/core/auth/sign-in-state.js';
import type { AuthErrorReason } from '../../../../src/core/errors.js';

const ACCOUNT: SignedInAccount = { key: accountKey('t1', 'u1.t1'), tenantId: 't1', homeAccountId: 'u1.t1', username: 'avery@contoso.example' };
const failure = (reason: AuthErrorReason) => ({ reason, code: 'some_code', message: 'Something failed.', scopes: ['People.Read'] });

describe('stateAfterFailure', () => {
  it.each<[AuthErrorReason, SignedInAccount | undefined, string]>([
    ['consent-required', ACCOUNT, 'consent-needed'],
    ['admin-consent-required', ACCOUNT, 'consent-needed'],
    ['admin-consent-required', undefined, 'consent-needed'],
    ['offline', ACCOUNT, 'offline'],
    ['offline', undefined, 'offline'],
    ['cancelled', ACCOUNT, 'signed-in'],
    ['cancelled', undefined, 'signed-out'],
    ['interaction-required', undefined, 'signed-out'],
    ['interaction-required', ACCOUNT, 'error'],
    ['failed', undefined, 'error'],
  ])('turns %s (account known: %s) into %s', (reason, account, status) => {
    expect(stateAfterFailure(failure(reason), account).status).toBe(status);
  });

  it('keeps the scopes and the code for the consent prompt, without the admin link when the user can consent', () => {
    expect(stateAfterFailure({ ...failure('consent-required'), adminConsentUrl: 'https://x' }, ACCOUNT)).toEqual({
      status: 'consent-needed',
      scopes: ['People.Read'],
      code: 'some_code',
      account: ACCOUNT,
    });
  });

  it('keeps the admin link when only an administrator can consent', () => {
    expect(stateAfterFailure({ ...failure('admin-consent-required'), adminConsentUrl: 'https://x' }, ACCOUNT)).toEqual({
      status: 'consent-needed',
      scopes: ['People.Read'],
      adminConsentUrl: 'https://x',
      code: 'some_code',
      account: ACCOUNT,
    });
  });

  it('keeps the account offline so the pane can show its local mirror', () => {
    expect(accountOf(stateAfterFailure(failure('offline'), ACCOUNT))).toBe(ACCOUNT);
    expect(accountOf({ status: 'signed-out' })).toBeUndefined();
  });
});
