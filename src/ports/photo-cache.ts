// The pane's copy of contacts' photos, kept per contact with the contact version it was read at, so a photo is
// read from Graph once and read again only when the contact changed; "no photo" (Graph's 404) is kept too, so a
// contact without one costs one request, not one per render. A cache: losing it costs requests, never data.
// Rejects with StoreError or QuotaError like MirrorStore.
import type { PhotoBytes } from '../core/contact/contact-photo-bytes.js';
import type { LocalId } from '../core/sync/mirror-contact.js';

export interface CachedPhoto {
  readonly localId: LocalId;
  /** The contact version (its changeKey, empty before it reached Graph) the answer belongs to. */
  readonly version: string;
  /** The photo, or undefined when Graph said the contact has none. */
  readonly photo?: PhotoBytes;
}

export interface PhotoCache {
  /** What is kept for the contact, whatever its version, or undefined. */
  cachedPhoto(localId: LocalId): Promise<CachedPhoto | undefined>;
  /** Keeps the answer, replacing what was kept for the contact. */
  keepPhoto(entry: CachedPhoto): Promise<void>;
  /** Forgets what is kept for the contact (nothing when nothing is). */
  forgetPhoto(localId: LocalId): Promise<void>;
}
