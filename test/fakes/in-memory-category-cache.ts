// InMemoryCategoryCache: the CategoryCache port in memory, for engine tests. It passes the same contract suite
// as DexieCategoryCache.
import type { CachedCategories, CategoryCache } from '../../src/ports/category-cache.js';

export class InMemoryCategoryCache implements CategoryCache {
  #list: CachedCategories | undefined;

  async cachedCategories(): Promise<CachedCategories | undefined> {
    return this.#list === undefined ? undefined : structuredClone(this.#list);
  }

  async keepCategories(list: CachedCategories): Promise<void> {
    this.#list = structuredClone(list);
  }
}
