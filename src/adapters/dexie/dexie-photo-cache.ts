// DexiePhotoCache: the PhotoCache port over the `photos` table of the account's cache database.
import type { DexieOptions } from 'dexie';
import type { LocalId } from '../../core/sync/mirror-contact.js';
import type { CachedPhoto, PhotoCache } from '../../ports/photo-cache.js';
import { CacheDb } from './cache-db.js';
import { guarded } from './store-error-of.js';

export class DexiePhotoCache implements PhotoCache {
  readonly #db: CacheDb;

  /** Opens the cache database `name` (the account's); it may be open in a DexieCategoryCache too. */
  constructor(name: string, options?: DexieOptions) {
    this.#db = new CacheDb(name, options);
  }

  cachedPhoto(localId: LocalId): Promise<CachedPhoto | undefined> {
    return guarded('reading a cached photo', () => this.#db.photos.get(localId));
  }

  async keepPhoto(entry: CachedPhoto): Promise<void> {
    await guarded('keeping a photo', () => this.#db.photos.put(entry));
  }

  async forgetPhoto(localId: LocalId): Promise<void> {
    await guarded('forgetting a photo', () => this.#db.photos.delete(localId));
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}
