// DexieCategoryCache: the CategoryCache port over the `categoryLists` table of the account's cache database.
import type { DexieOptions } from 'dexie';
import type { CachedCategories, CategoryCache } from '../../ports/category-cache.js';
import { CacheDb } from './cache-db.js';
import { guarded } from './store-error-of.js';

export class DexieCategoryCache implements CategoryCache {
  readonly #db: CacheDb;

  /** Opens the cache database `name` (the account's); it may be open in a DexiePhotoCache too. */
  constructor(name: string, options?: DexieOptions) {
    this.#db = new CacheDb(name, options);
  }

  async cachedCategories(): Promise<CachedCategories | undefined> {
    const record = await guarded('reading the cached categories', () => this.#db.categoryLists.get('master'));
    if (record === undefined) return undefined;
    return { categories: record.categories, readAt: record.readAt, ...(record.permissionRefusedAt === undefined ? {} : { permissionRefusedAt: record.permissionRefusedAt }) };
  }

  async keepCategories(list: CachedCategories): Promise<void> {
    await guarded('keeping the categories', () => this.#db.categoryLists.put({ key: 'master', ...list, categories: [...list.categories] }));
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}
