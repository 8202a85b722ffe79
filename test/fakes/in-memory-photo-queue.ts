// InMemoryPhotoQueue: the PhotoQueue port in memory, for engine tests. It passes the same contract suite as
// DexiePhotoQueue. Photos are cloned in and out, as IndexedDB would.
import type { LocalId } from '../../src/core/sync/mirror-contact.js';
import type { PendingPhoto, PhotoQueue } from '../../src/ports/photo-queue.js';

export class InMemoryPhotoQueue implements PhotoQueue {
  readonly #photos = new Map<LocalId, PendingPhoto>();

  async queuePhotos(photos: readonly PendingPhoto[]): Promise<void> {
    for (const photo of photos) this.#photos.set(photo.localId, structuredClone(photo));
  }

  async pendingPhotos(limit?: number): Promise<readonly PendingPhoto[]> {
    const ordered = [...this.#photos.values()].sort((a, b) => a.at - b.at || (a.localId < b.localId ? -1 : a.localId > b.localId ? 1 : 0));
    return structuredClone(ordered.slice(0, limit ?? ordered.length));
  }

  async removePhoto(localId: LocalId, at: number): Promise<void> {
    if (this.#photos.get(localId)?.at === at) this.#photos.delete(localId);
  }

  async handOverPhoto(from: LocalId, to: LocalId): Promise<void> {
    const given = this.#photos.get(from);
    if (given === undefined) return;
    this.#photos.delete(from);
    const waiting = this.#photos.get(to);
    if (waiting === undefined || waiting.at < given.at) this.#photos.set(to, { ...given, localId: to });
  }

  async countPendingPhotos(): Promise<number> {
    return this.#photos.size;
  }
}
