// The actions a CardDAV pairing plan holds, and what each side looks like to the planner.
import type { ClientId, ContactFields } from '../contact/contact.js';
import type { ConflictEntry } from '../sync/conflict-entry.js';
import type { LocalId } from '../sync/mirror-contact.js';
import type { CardLink, Href, Uid } from './card-link.js';

/** An Outlook contact of the paired folder: its fields projected through the mapping, and when it last changed. */
export interface OutlookItem {
  readonly localId: LocalId;
  readonly fields: ContactFields;
  readonly changedAt: number;
}

/** A card whose body was read this run. */
export interface CardItem {
  readonly href: Href;
  readonly etag: string;
  readonly uid: Uid | undefined;
  readonly fields: ContactFields;
  readonly changedAt: number;
}

/** The address book as this run saw it. */
export interface CardSide {
  /** True when the listing was the whole book: a linked card it lacks is gone. */
  readonly complete: boolean;
  /** Every listed href (complete listings). */
  readonly listed: ReadonlySet<Href>;
  /** Cards read this run: new, or changed since their link's ETag. */
  readonly read: ReadonlyMap<Href, CardItem>;
  /** Cards reported deleted (incremental listings). */
  readonly removed: ReadonlySet<Href>;
}

export type CardSyncAction =
  /** Create the card for an Outlook contact (the link is stored as pending first). */
  | { readonly kind: 'create-card'; readonly localId: LocalId; readonly uid: Uid; readonly href: Href; readonly fields: ContactFields }
  /** Create the Outlook contact for a card (the link is stored as pending first). */
  | { readonly kind: 'create-contact'; readonly href: Href; readonly uid: Uid; readonly etag: string; readonly fields: ContactFields; readonly clientId: ClientId }
  /**
   * Write the merged fields where they differ: to the card (If-Match `cardEtag`) and/or to the Outlook contact
   * (through the outbox); the link's base becomes `fields` once every write succeeded.
   */
  | {
      readonly kind: 'update';
      readonly link: CardLink;
      readonly fields: ContactFields;
      readonly toCard: boolean;
      readonly toContact: boolean;
      readonly cardEtag: string;
    }
  | { readonly kind: 'delete-card'; readonly link: CardLink }
  | { readonly kind: 'delete-contact'; readonly link: CardLink }
  /** Both sides are gone, or the pair is dissolved: drop the link. */
  | { readonly kind: 'forget'; readonly link: CardLink };

export interface SafetyStop {
  /** The side that would lose contacts. */
  readonly side: 'outlook' | 'carddav';
  readonly deletes: number;
  /** How many linked contacts that side had. */
  readonly of: number;
}

export interface CardSyncPlan {
  readonly actions: readonly CardSyncAction[];
  readonly conflicts: readonly ConflictEntry[];
  /** Set when the plan deletes too much: nothing may be applied until the user agrees. */
  readonly stop?: SafetyStop;
}
