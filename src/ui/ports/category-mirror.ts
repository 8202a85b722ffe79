// What the views need of the user's master category list: the list as it stands (from the cache, then Graph),
// news when it changes, reading it again, and creating a category. The composition root (src/app/mirror-session.ts)
// implements it over the engine's CategoryBook.
import type { CategoryColor, MasterCategory } from '../../core/contact/master-category.js';
import type { CategoryBookState } from '../../engine/category-book.js';

export type { CategoryBookState };

export interface CategoryMirror {
  categoryState(): CategoryBookState;
  onCategoriesChanged(listener: () => void): () => void;
  /**
   * Reads the list from Graph unless this session has (the first call asks for MailboxSettings.Read); `passive`
   * (chips nobody asked for) does not ask again once the permission was refused, until the user asks.
   */
  ensureCategories(options?: { readonly passive?: boolean }): void;
  /** Reads the list from Graph again. */
  refreshCategories(): Promise<void>;
  /** Creates the category (asking for MailboxSettings.ReadWrite on first use). Throws with a message fit to show. */
  createCategory(displayName: string, color: CategoryColor): Promise<MasterCategory>;
}
