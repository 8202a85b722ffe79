// The CredentialVault contract: the in-memory fake and the Web Crypto vault (fake-indexeddb with Node's Web
// Crypto here, Chromium's in the CardDAV pane's browser test) run this suite, so unit tests can use the fake.
import { describe, expect, it } from 'vitest';
import type { CredentialVault } from '../../src/ports/credential-vault.js';

export interface CredentialVaultFixture {
  readonly subject: CredentialVault;
  /** The same vault as a new pane would open it (same storage); undefined for a fake that keeps nothing across. */
  readonly reopen?: () => Promise<CredentialVault>;
  readonly teardown: () => Promise<void>;
}

export type CredentialVaultSetup = () => Promise<CredentialVaultFixture>;

async function withVault(setup: CredentialVaultSetup, test: (fixture: CredentialVaultFixture) => Promise<void>): Promise<void> {
  const fixture = await setup();
  try {
    await test(fixture);
  } finally {
    await fixture.teardown();
  }
}

export function runCredentialVaultContract(name: string, setup: CredentialVaultSetup): void {
  describe(`CredentialVault contract: ${name}`, () => {
    it('answers nothing for an id never kept', () =>
      withVault(setup, async ({ subject }) => {
        expect(await subject.get('account-1')).toBeUndefined();
      }));

    it('gives back the secret it kept, exactly', () =>
      withVault(setup, async ({ subject }) => {
        const secret = 'pä$$ wörd 🔑 "quoted" \\ end';
        await subject.put('account-1', secret);
        expect(await subject.get('account-1')).toBe(secret);
      }));

    it('keeps secrets apart by id', () =>
      withVault(setup, async ({ subject }) => {
        await subject.put('account-1', 'first');
        await subject.put('account-2', 'second');
        expect(await subject.get('account-1')).toBe('first');
        expect(await subject.get('account-2')).toBe('second');
      }));

    it('replaces the secret kept under the same id', () =>
      withVault(setup, async ({ subject }) => {
        await subject.put('account-1', 'old');
        await subject.put('account-1', 'new');
        expect(await subject.get('account-1')).toBe('new');
      }));

    it('forgets a secret, and forgetting one that is not there does nothing', () =>
      withVault(setup, async ({ subject }) => {
        await subject.put('account-1', 'first');
        await subject.put('account-2', 'second');
        await subject.delete('account-1');
        await subject.delete('account-9');
        expect(await subject.get('account-1')).toBeUndefined();
        expect(await subject.get('account-2')).toBe('second');
      }));

    it('keeps an empty secret as empty, not as none', () =>
      withVault(setup, async ({ subject }) => {
        await subject.put('account-1', '');
        expect(await subject.get('account-1')).toBe('');
      }));

    it('still holds a secret when the vault is opened again', () =>
      withVault(setup, async ({ subject, reopen }) => {
        await subject.put('account-1', 'kept');
        const again = reopen === undefined ? subject : await reopen();
        expect(await again.get('account-1')).toBe('kept');
        await again.delete('account-1');
        const third = reopen === undefined ? subject : await reopen();
        expect(await third.get('account-1')).toBeUndefined();
      }));
  });
}
