// The link table of a CardDAV pairing: one record per Outlook contact ↔ card pair, holding the card's href and
// UID, the card's ETag when both sides last agreed, and that agreed version of the mapped fields (the base of
// the three-way merge, like a mirror row's base). The base only moves when an action succeeded.
import type { ContactFields } from '../contact/contact.js';
import type { LocalId } from '../sync/mirror-contact.js';

/** A resource's path on the CardDAV server, as the server names it. */
export type Href = string & { readonly __brand: 'Href' };
/** A card's UID property: stable for the card's life. */
export type Uid = string & { readonly __brand: 'Uid' };

export interface CardLink {
  readonly localId: LocalId;
  readonly uid: Uid;
  readonly href: Href;
  /** The card's ETag of the agreed version; undefined while a card create is unconfirmed. */
  readonly etag?: string;
  /** The agreed mapped fields; undefined while a card create is unconfirmed. */
  readonly base?: ContactFields;
  /**
   * `card`: the card is being created (the answer may have been lost: look for it before creating again);
   * `contact`: the Outlook contact is being created from the card (create it again, under the same local id).
   */
  readonly pending?: 'card' | 'contact';
}

/** What one pairing keeps between runs. */
export interface PairingState {
  /** The address book's change cursor after the last complete run. */
  readonly cursor?: string;
  readonly links: readonly CardLink[];
}

/** Who wins a true conflict (one field changed differently on both sides): the newer change by default. */
export type ConflictPolicy = 'newest' | 'outlook' | 'carddav';
export type SyncDirection = 'two-way' | 'to-carddav' | 'to-outlook';

/** The UID of the card made for an Outlook contact: derived from its local id, so a lost link can never make a second card. */
export function uidFor(localId: LocalId): Uid {
  return `contact-bridge-${localId.replace(/[^A-Za-z0-9.-]/g, (char) => `_${char.charCodeAt(0).toString(16)}`)}` as Uid;
}
