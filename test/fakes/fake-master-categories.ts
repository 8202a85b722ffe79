// FakeMasterCategories: the MasterCategoryList port in memory, for engine tests; it passes the same contract suite
// as GraphMasterCategories on the emulator. `granted` models the permissions consented so far.
import type { CategoryColor, MasterCategory } from '../../src/core/contact/master-category.js';
import { CATEGORY_COLORS, sameCategoryName } from '../../src/core/contact/master-category.js';
import { AuthError, RemoteError } from '../../src/core/errors.js';
import type { MasterCategoryList } from '../../src/ports/master-category-list.js';

export class FakeMasterCategories implements MasterCategoryList {
  readonly granted = new Set<string>(['MailboxSettings.Read', 'MailboxSettings.ReadWrite']);
  readonly calls: string[] = [];
  #categories: MasterCategory[];
  #next = 1;

  constructor(categories: readonly MasterCategory[] = []) {
    this.#categories = [...categories];
  }

  async listCategories(): Promise<readonly MasterCategory[]> {
    this.calls.push('list');
    this.#require('MailboxSettings.Read');
    return structuredClone(this.#categories);
  }

  async createCategory(displayName: string, color: CategoryColor): Promise<MasterCategory> {
    this.calls.push(`create ${displayName}`);
    this.#require('MailboxSettings.ReadWrite');
    if (displayName.trim() === '' || !CATEGORY_COLORS.includes(color)) throw new RemoteError('The category is not valid.', { status: 400, code: 'ErrorInvalidArgument' });
    if (this.#categories.some((each) => sameCategoryName(each.displayName, displayName))) throw new RemoteError('A category with this display name already exists.', { status: 409, code: 'ErrorDuplicateCategory' });
    const category = { id: `cat-${this.#next++}`, displayName, color };
    this.#categories.push(category);
    return { ...category };
  }

  #require(scope: string): void {
    if (!this.granted.has(scope)) throw new AuthError(`${scope} is not granted.`, 'consent-required', 'consent_required');
  }
}
