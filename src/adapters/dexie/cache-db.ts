// The account's cache database (`contact-bridge-cache@<account key>`), beside the mirror database: contact photos
// and the master category list, things Graph can always give again. Kept apart from the mirror so its schema
// and its clearing never touch the mirror's; removed with the account's other local data (its name carries the key).
import { Dexie } from 'dexie';
import type { DexieOptions, EntityTable } from 'dexie';
import type { CachedCategories } from '../../ports/category-cache.js';
import type { CachedPhoto } from '../../ports/photo-cache.js';

export interface CategoryListRecord extends CachedCategories {
  readonly key: 'master';
}

/** Version 1: one row per contact's photo answer, and the master category list as one row. */
export const CACHE_SCHEMA_V1 = { photos: '&localId', categoryLists: '&key' } as const;

export class CacheDb extends Dexie {
  photos!: EntityTable<CachedPhoto, 'localId'>;
  categoryLists!: EntityTable<CategoryListRecord, 'key'>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(CACHE_SCHEMA_V1);
  }
}
