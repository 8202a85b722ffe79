// InMemoryPhotoCache: the PhotoCache port in memory, for engine tests. It passes the same contract suite as
// DexiePhotoCache. Entries are cloned in and out, as IndexedDB would.
import type { LocalId } from '../../src/core/sync/mirror-contact.js';
import type { CachedPhoto, PhotoCache } from '../../src/ports/photo-cache.js';

export class InMemoryPhotoCache implements PhotoCache {
  readonly #photos = new Map<LocalId, CachedPhoto>();

  async cachedPhoto(localId: LocalId): Promise<CachedPhoto | undefined> {
    const entry = this.#photos.get(localId);
    return entry === undefined ? undefined : structuredClone(entry);
  }

  async keepPhoto(entry: CachedPhoto): Promise<void> {
    this.#photos.set(entry.localId, structuredClone(entry));
  }

  async forgetPhoto(localId: LocalId): Promise<void> {
    this.#photos.delete(localId);
  }
}
