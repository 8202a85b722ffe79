// The pane's copy of the user's master category list, so the list is read from Graph once per session and the
// chips have their colours at once on the next start. A cache: losing it costs a request, never data.
// Rejects with StoreError or QuotaError like MirrorStore.
import type { MasterCategory } from '../core/contact/master-category.js';

export interface CachedCategories {
  readonly categories: readonly MasterCategory[];
  /** Milliseconds since the epoch when Graph gave the list. */
  readonly readAt: number;
  /**
   * When reading the list was last refused for want of permission (MailboxSettings.Read not granted): chips then
   * stop asking on every start, until the user asks (the editor) or grants it.
   */
  readonly permissionRefusedAt?: number;
}

export interface CategoryCache {
  /** The list kept last, or undefined when none was. */
  cachedCategories(): Promise<CachedCategories | undefined>;
  /** Keeps the list, replacing the one kept before. */
  keepCategories(list: CachedCategories): Promise<void>;
}
