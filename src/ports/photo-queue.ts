// Photos waiting to reach Graph: a contact's photo can only be set once the contact exists there, so a photo
// given with a new contact (an imported vCard's PHOTO) waits here, kept with the mirror, until the push has
// created the contact. Rejects with StoreError or QuotaError like MirrorStore.
import type { LocalId } from '../core/sync/mirror-contact.js';

export interface PendingPhoto {
  readonly localId: LocalId;
  readonly bytes: Uint8Array;
  /** Milliseconds since the epoch when the photo was given: a later photo of the same contact replaces it. */
  readonly at: number;
}

export interface PhotoQueue {
  /** Keeps the photos, in one transaction; a photo already waiting for the same contact is replaced. */
  queuePhotos(photos: readonly PendingPhoto[]): Promise<void>;
  /** The waiting photos, oldest first, at most `limit`. */
  pendingPhotos(limit?: number): Promise<readonly PendingPhoto[]>;
  /** Removes the contact's photo if it is still the one given at `at` (a newer one stays). */
  removePhoto(localId: LocalId, at: number): Promise<void>;
  countPendingPhotos(): Promise<number>;
  /**
   * In one transaction: the photo waiting for `from`, if any, waits for `to` instead (a contact moved to another
   * folder lives on under a new local id); a newer photo already waiting for `to` stays.
   */
  handOverPhoto(from: LocalId, to: LocalId): Promise<void>;
}
