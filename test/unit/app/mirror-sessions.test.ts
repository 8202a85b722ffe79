import { describe, expect, it } from 'vitest';
import type { AccountKey } from '../../../src/core/auth/account-key.js';
import type { SignedInAccount, SignInState } from '../../../src/core/auth/sign-in-state.js';
import { mirrorAccountOf } from '../../../src/app/mirror-sessions.js';

const account: SignedInAccount = { key: 'acct-t-u' as AccountKey, tenantId: 't', homeAccountId: 'u.t', username: 'dana@contoso.example' };

describe('mirrorAccountOf', () => {
  it.each<[SignInState['status'], SignInState, SignedInAccount | 'keep' | undefined]>([
    ['signed-in', { status: 'signed-in', account }, account],
    ['offline', { status: 'offline', account }, account],
    ['consent-needed', { status: 'consent-needed', scopes: ['People.Read'], account }, account],
    ['error', { status: 'error', message: 'x', account }, account],
    ['starting', { status: 'starting' }, 'keep'],
    ['signing-in', { status: 'signing-in' }, 'keep'],
    ['signed-out', { status: 'signed-out' }, undefined],
  ])('answers the mirror to show when %s', (_status, state, expected) => {
    expect(mirrorAccountOf(state)).toEqual(expected);
  });
});
