// The CategoryCache contract: the in-memory fake and Dexie on fake-indexeddb run this suite.
import { describe, expect, it } from 'vitest';
import type { CategoryCache } from '../../src/ports/category-cache.js';

export type CategoryCacheSetup = () => Promise<{ subject: CategoryCache; teardown: () => Promise<void> }>;

async function withCache(setup: CategoryCacheSetup, test: (cache: CategoryCache) => Promise<void>): Promise<void> {
  const { subject, teardown } = await setup();
  try {
    await test(subject);
  } finally {
    await teardown();
  }
}

export function runCategoryCacheContract(name: string, setup: CategoryCacheSetup): void {
  describe(`CategoryCache contract: ${name}`, () => {
    it('holds no list at first', () =>
      withCache(setup, async (cache) => {
        expect(await cache.cachedCategories()).toBeUndefined();
      }));

    it('gives the last kept list back in its order, with when it was read', () =>
      withCache(setup, async (cache) => {
        await cache.keepCategories({ categories: [{ id: '1', displayName: 'Old', color: 'preset1' }], readAt: 10 });
        const list = { categories: [{ id: '2', displayName: 'VIP', color: 'preset0' as const }, { id: '3', displayName: 'Clients', color: 'none' as const }], readAt: 20 };
        await cache.keepCategories(list);
        expect(await cache.cachedCategories()).toEqual(list);
      }));

    it('keeps when reading was refused for want of permission, and forgets it with the next list', () =>
      withCache(setup, async (cache) => {
        await cache.keepCategories({ categories: [], readAt: 0, permissionRefusedAt: 30 });
        expect(await cache.cachedCategories()).toEqual({ categories: [], readAt: 0, permissionRefusedAt: 30 });
        await cache.keepCategories({ categories: [], readAt: 40 });
        expect(await cache.cachedCategories()).toEqual({ categories: [], readAt: 40 });
      }));

    it('keeps an empty list as a list', () =>
      withCache(setup, async (cache) => {
        await cache.keepCategories({ categories: [], readAt: 5 });
        expect(await cache.cachedCategories()).toEqual({ categories: [], readAt: 5 });
      }));
  });
}
