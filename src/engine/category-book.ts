// The master category list as the pane uses it: read from Graph once per session (the first time a view needs
// it, which is the first time MailboxSettings.Read is asked for), shown from the cache meanwhile and on the next
// start, read again on demand; creating a category asks for MailboxSettings.ReadWrite, through the consent window
// when it is not granted yet (a user's click), and adds it to the list kept.
import { categoryNamed, MAX_CATEGORY_NAME_CHARS } from '../core/contact/master-category.js';
import type { CategoryColor, MasterCategory } from '../core/contact/master-category.js';
import { AuthError, ValidationError } from '../core/errors.js';
import type { CategoryCache } from '../ports/category-cache.js';
import type { Clock } from '../ports/clock.js';
import type { MasterCategoryList } from '../ports/master-category-list.js';

export type CategoryBookState =
  | { readonly status: 'unread'; readonly categories: readonly MasterCategory[] }
  | { readonly status: 'reading'; readonly categories: readonly MasterCategory[] }
  | { readonly status: 'ready'; readonly categories: readonly MasterCategory[] }
  /** The list could not be read: `permission` while MailboxSettings.Read is not granted. The cached list stays. */
  | { readonly status: 'failed'; readonly categories: readonly MasterCategory[]; readonly reason: 'permission' | 'error'; readonly message: string };

export interface CategoryBookDeps {
  readonly remote: MasterCategoryList;
  readonly cache: CategoryCache;
  readonly clock: Clock;
  /** Asks the user for the permissions the last refused token request named (a window opens); never throws. */
  readonly grantConsent?: () => Promise<void>;
}

export const needsConsent = (error: unknown): boolean => error instanceof AuthError && (error.reason === 'consent-required' || error.reason === 'interaction-required' || error.reason === 'admin-consent-required');

export class CategoryBook {
  readonly #deps: CategoryBookDeps;
  readonly #listeners = new Set<() => void>();
  #state: CategoryBookState = { status: 'unread', categories: [] };
  #reading: Promise<void> | undefined;
  /** A passive read found no list Graph gave before: chips wait until someone asks for the list. */
  #skipped = false;

  constructor(deps: CategoryBookDeps) {
    this.#deps = deps;
  }

  state(): CategoryBookState {
    return this.#state;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Reads the list unless this session has already (or is reading it now); the cached list shows meanwhile.
   * `passive` (chips, nobody asked): Graph is asked only when it gave the list before (the permission is granted),
   * so showing a contact never brings up a permission prompt by itself; the editor's list asks (not passive).
   */
  async ensureRead(options: { readonly passive?: boolean } = {}): Promise<void> {
    const passive = options.passive === true;
    if (passive && this.#skipped) return;
    if (this.#state.status !== 'unread') return this.#reading;
    if (passive) {
      // Set before the cache answers: the chips of one screen ask together and need one look at the cache.
      this.#skipped = true;
      const cached = await this.#cached();
      if (cached === undefined || cached.readAt === 0 || cached.permissionRefusedAt !== undefined) {
        if (cached !== undefined && this.#state.status === 'unread') this.#set({ status: 'unread', categories: cached.categories });
        return;
      }
      if (this.#state.status !== 'unread') return this.#reading;
    }
    return this.refresh();
  }

  /** Reads the list from Graph again; a failure becomes the state, never a rejection. */
  refresh(): Promise<void> {
    this.#skipped = false;
    this.#reading ??= this.#read().finally(() => {
      this.#reading = undefined;
    });
    return this.#reading;
  }

  /**
   * Creates the category (name trimmed; one of that name in any case must not exist) and adds it to the list.
   * Throws ValidationError for an empty, too long or taken name, AuthError when the permission is refused,
   * RemoteError when Graph refuses.
   */
  async create(displayName: string, color: CategoryColor): Promise<MasterCategory> {
    const name = displayName.trim();
    if (name === '' || name.length > MAX_CATEGORY_NAME_CHARS) throw new ValidationError('displayName', displayName, name === '' ? 'required' : 'length');
    if (categoryNamed(this.#state.categories, name) !== undefined) throw new ValidationError('displayName', displayName, 'unique');
    let created: MasterCategory;
    try {
      created = await this.#deps.remote.createCategory(name, color);
    } catch (error) {
      if (!needsConsent(error) || this.#deps.grantConsent === undefined) throw error;
      await this.#deps.grantConsent();
      created = await this.#deps.remote.createCategory(name, color);
    }
    const categories = [...this.#state.categories, created];
    this.#set({ status: 'ready', categories });
    await this.#keep(categories);
    return created;
  }

  async #read(): Promise<void> {
    // An unreadable cache shows no colours until Graph answers, as a first start does.
    const cached = this.#state.categories.length > 0 ? undefined : await this.#cached();
    const shown = cached?.categories ?? this.#state.categories;
    this.#set({ status: 'reading', categories: shown });
    try {
      const categories = await this.#deps.remote.listCategories();
      this.#set({ status: 'ready', categories });
      await this.#keep(categories);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const refused = needsConsent(error);
      this.#set({ status: 'failed', categories: shown, reason: refused ? 'permission' : 'error', message });
      if (refused) await this.#keep(shown, { readAt: cached?.readAt ?? 0, permissionRefusedAt: this.#deps.clock.now() });
    }
  }

  #cached() {
    return this.#deps.cache.cachedCategories().catch(() => undefined);
  }

  /** A cache that cannot keep the list costs a read on the next start, nothing more: its failure is not the user's. */
  async #keep(categories: readonly MasterCategory[], when: { readonly readAt: number; readonly permissionRefusedAt?: number } = { readAt: this.#deps.clock.now() }): Promise<void> {
    await this.#deps.cache.keepCategories({ categories, ...when }).catch(() => undefined);
  }

  #set(state: CategoryBookState): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }
}
