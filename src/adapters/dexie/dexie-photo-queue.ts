// DexiePhotoQueue: the PhotoQueue port over the `photoUploads` table of the account's mirror database (schema
// version 6), so a photo waiting for its contact survives a restart of the pane or the command.
import type { DexieOptions } from 'dexie';
import type { LocalId } from '../../core/sync/mirror-contact.js';
import type { PendingPhoto, PhotoQueue } from '../../ports/photo-queue.js';
import { MirrorDb } from './mirror-db.js';
import { guarded } from './store-error-of.js';

export class DexiePhotoQueue implements PhotoQueue {
  readonly #db: MirrorDb;

  /** Opens the mirror database `name` (the account's); it may be open in a DexieMirrorStore too. */
  constructor(name: string, options?: DexieOptions) {
    this.#db = new MirrorDb(name, options);
  }

  async queuePhotos(photos: readonly PendingPhoto[]): Promise<void> {
    if (photos.length === 0) return;
    await guarded('keeping photos for upload', () => this.#db.photoUploads.bulkPut([...photos]));
  }

  pendingPhotos(limit?: number): Promise<readonly PendingPhoto[]> {
    return guarded('reading photos waiting for upload', () => {
      const ordered = this.#db.photoUploads.orderBy('at');
      return (limit === undefined ? ordered : ordered.limit(limit)).toArray();
    });
  }

  async removePhoto(localId: LocalId, at: number): Promise<void> {
    await guarded('removing an uploaded photo', () =>
      this.#db.transaction('rw', this.#db.photoUploads, async () => {
        const current = await this.#db.photoUploads.get(localId);
        if (current?.at === at) await this.#db.photoUploads.delete(localId);
      }),
    );
  }

  async handOverPhoto(from: LocalId, to: LocalId): Promise<void> {
    await guarded('keeping a moved contact\'s photo for upload', () =>
      this.#db.transaction('rw', this.#db.photoUploads, async () => {
        const [given, waiting] = await this.#db.photoUploads.bulkGet([from, to]);
        if (given === undefined) return;
        await this.#db.photoUploads.delete(from);
        if (waiting === undefined || waiting.at < given.at) await this.#db.photoUploads.put({ ...given, localId: to });
      }),
    );
  }

  countPendingPhotos(): Promise<number> {
    return guarded('counting photos waiting for upload', () => this.#db.photoUploads.count());
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}
