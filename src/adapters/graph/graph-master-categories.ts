// MasterCategoryList over Graph on the shared connection (learn.microsoft.com/graph/api/outlookuser-list-mastercategories,
// outlookuser-post-mastercategories): each request asks for its own permission, so the first read of the list is
// the first time MailboxSettings.Read is requested, and the first creation the first time ReadWrite is.
import { scopesForFeature } from '../../core/auth/graph-scopes.js';
import { categoryColorOf, MAX_CATEGORY_NAME_CHARS } from '../../core/contact/master-category.js';
import type { CategoryColor, MasterCategory } from '../../core/contact/master-category.js';
import type { MasterCategoryList } from '../../ports/master-category-list.js';
import type { GraphConnection } from './graph-connection.js';

const PATH = '/me/outlook/masterCategories';

function categoryOf(value: unknown): MasterCategory | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, displayName, color } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof displayName !== 'string' || displayName.trim() === '') return undefined;
  return { id, displayName: displayName.slice(0, MAX_CATEGORY_NAME_CHARS), color: categoryColorOf(color) };
}

export class GraphMasterCategories implements MasterCategoryList {
  readonly #connection: GraphConnection;

  constructor(connection: GraphConnection) {
    this.#connection = connection;
  }

  async listCategories(): Promise<readonly MasterCategory[]> {
    const body = await this.#connection.client.json(
      { method: 'GET', url: PATH, scopes: scopesForFeature('read-categories'), mailboxKey: 'me' },
      { action: 'reading your categories' },
    );
    const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).value : undefined;
    return (Array.isArray(value) ? value : []).map(categoryOf).filter((category): category is MasterCategory => category !== undefined);
  }

  async createCategory(displayName: string, color: CategoryColor): Promise<MasterCategory> {
    const body = await this.#connection.client.json(
      { method: 'POST', url: PATH, body: { displayName, color }, scopes: scopesForFeature('manage-categories'), mailboxKey: 'me' },
      { action: `creating the category “${displayName.slice(0, 80)}”` },
    );
    const created = categoryOf(body);
    return created ?? { id: '', displayName, color };
  }
}
