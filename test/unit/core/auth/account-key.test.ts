import { describe, expect, it } from 'vitest';
import { accountDatabaseName, accountKey, belongsToAccount } from '../../../../src/core/auth/account-key.js';

const TENANT_A = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const TENANT_B = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

describe('accountKey', () => {
  it('derives the same key for the same tenant and account', () => {
    expect(accountKey(TENANT_A, `user-1.${TENANT_A}`)).toBe(accountKey(TENANT_A.toUpperCase(), `USER-1.${TENANT_A}`));
  });

  it.each([
    ['another account in the same tenant', TENANT_A, `user-2.${TENANT_A}`],
    ['the same object id as a guest in another tenant', TENANT_B, `user-1.${TENANT_A}`],
  ])('gives %s a different key', (_, tenant, home) => {
    expect(accountKey(tenant, home)).not.toBe(accountKey(TENANT_A, `user-1.${TENANT_A}`));
  });

  it('uses only characters safe in database and storage names', () => {
    expect(accountKey('tenant/../x', 'a b@c')).toMatch(/^acct-[a-z0-9._-]+$/);
  });

  it('refuses an empty tenant or account', () => {
    expect(() => accountKey('', 'x.y')).toThrow(RangeError);
    expect(() => accountKey(TENANT_A, '  ')).toThrow(RangeError);
  });

  it('names each account’s databases apart and recognises its own', () => {
    const mine = accountKey(TENANT_A, `user-1.${TENANT_A}`);
    const theirs = accountKey(TENANT_A, `user-2.${TENANT_A}`);
    const name = accountDatabaseName('mirror', mine);
    expect(name).not.toBe(accountDatabaseName('mirror', theirs));
    expect(belongsToAccount(name, mine)).toBe(true);
    expect(belongsToAccount(name, theirs)).toBe(false);
  });
});
