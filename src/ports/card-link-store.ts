// The link table of one CardDAV pairing (see core/carddav/card-link.ts): written link by link as actions
// succeed, so a run that stops halfway resumes from what it confirmed. Rejects with `StoreError` when the
// storage fails.
import type { CardLink, PairingState } from '../core/carddav/card-link.js';
import type { LocalId } from '../core/sync/mirror-contact.js';

export interface CardLinkStore {
  load(): Promise<PairingState>;
  /** Adds or replaces the link of `link.localId`. */
  putLink(link: CardLink): Promise<void>;
  /** `putLink` for many links in one write (all or none): a pairing's creates confirm their links in chunks. */
  putLinks(links: readonly CardLink[]): Promise<void>;
  removeLink(localId: LocalId): Promise<void>;
  /** Stores the address book's cursor after a run that applied everything it listed. */
  setCursor(cursor: string | undefined): Promise<void>;
}
