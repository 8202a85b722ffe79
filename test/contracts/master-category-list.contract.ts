// The MasterCategoryList contract: FakeMasterCategories and GraphMasterCategories on the emulator run this suite,
// so engine tests can use the fake and trust the Graph adapter. `setup(granted)` gives a subject whose user has
// consented to exactly those permissions (the token side refuses others as MSAL does: AuthError).
import { describe, expect, it } from 'vitest';
import { AuthError, RemoteError } from '../../src/core/errors.js';
import type { MasterCategoryList } from '../../src/ports/master-category-list.js';

export type MasterCategoryListSetup = (granted: readonly string[]) => Promise<{ subject: MasterCategoryList; teardown: () => Promise<void> }>;

const READ = 'MailboxSettings.Read';
const WRITE = 'MailboxSettings.ReadWrite';

async function withList(setup: MasterCategoryListSetup, granted: readonly string[], test: (list: MasterCategoryList) => Promise<void>): Promise<void> {
  const { subject, teardown } = await setup(granted);
  try {
    await test(subject);
  } finally {
    await teardown();
  }
}

export function runMasterCategoryListContract(name: string, setup: MasterCategoryListSetup): void {
  describe(`MasterCategoryList contract: ${name}`, () => {
    it('creates a category and lists it with its colour', () =>
      withList(setup, [READ, WRITE], async (list) => {
        const created = await list.createCategory('Golf partners', 'preset4');
        expect(created).toMatchObject({ displayName: 'Golf partners', color: 'preset4' });
        expect(created.id).not.toBe('');
        const listed = await list.listCategories();
        expect(listed.find((each) => each.id === created.id)).toEqual(created);
      }));

    it('refuses a second category whose name differs only in case, with 409', () =>
      withList(setup, [READ, WRITE], async (list) => {
        await list.createCategory('Suppliers abroad', 'preset1');
        const failure = await list.createCategory('suppliers ABROAD', 'preset2').catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(RemoteError);
        expect((failure as RemoteError).status).toBe(409);
      }));

    it('reads with MailboxSettings.Read alone, and cannot create without ReadWrite', () =>
      withList(setup, [READ], async (list) => {
        expect(Array.isArray(await list.listCategories())).toBe(true);
        const failure = await list.createCategory('Not allowed', 'none').catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(AuthError);
        expect((failure as AuthError).reason).toBe('consent-required');
      }));

    it('cannot read the list before MailboxSettings.Read is granted', () =>
      withList(setup, [], async (list) => {
        const failure = await list.listCategories().catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(AuthError);
        expect((failure as AuthError).reason).toBe('consent-required');
      }));
  });
}
