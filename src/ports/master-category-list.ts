// The user's master category list in Outlook (`/me/outlook/masterCategories`): the names contacts' categories
// refer to, each with its colour. Reading needs MailboxSettings.Read, creating MailboxSettings.ReadWrite, both
// asked for only when first needed (incremental consent).
import type { CategoryColor, MasterCategory } from '../core/contact/master-category.js';

export interface MasterCategoryList {
  /**
   * The categories in Outlook's order. Throws AuthError with reason `consent-required` (or `interaction-required`)
   * while MailboxSettings.Read is not granted, RemoteError when Graph refuses (403 without the permission).
   */
  listCategories(): Promise<readonly MasterCategory[]>;
  /**
   * Adds a category and answers it as Outlook keeps it. Throws AuthError like `listCategories` while
   * MailboxSettings.ReadWrite is not granted, RemoteError with status 409 when a category of that name (in any
   * case) exists, and with status 400 for an empty name or an unknown colour.
   */
  createCategory(displayName: string, color: CategoryColor): Promise<MasterCategory>;
}
