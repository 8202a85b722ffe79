// A CardDAV address book server (RFC 6352), as the CardDAV pairing uses it: discovery, change listing since a
// cursor (RFC 6578 sync-collection, or getctag plus an ETag listing where the server lacks it), bodies in
// batches (addressbook-multiget) and conditional writes. Implemented by TsdavAddressBook and the in-memory fake,
// both held to one contract suite. Every method rejects with `RemoteError` (status, retryAfterMs; status 0 for
// a dropped connection) when the server fails after the request layer's retries, and `AuthError` when the
// credentials are refused.

import type { Href, Uid } from '../core/carddav/card-link.js';

export type { Href, Uid };

export interface AddressBookInfo {
  readonly href: Href;
  readonly displayName: string;
}

/** A card's current version: its href and ETag. */
export interface CardVersion {
  readonly href: Href;
  readonly etag: string;
}

/** A card's body as fetched, with the version it is. */
export interface CardBody extends CardVersion {
  readonly text: string;
}

/** What changed in a book since a cursor. */
export interface BookChanges {
  /**
   * True when `changed` lists every card of the book (no cursor was given, or the fallback had to list the
   * book): a card the listing lacks is gone. False for an incremental answer: only `removed` are gone.
   */
  readonly complete: boolean;
  /** Cards new or changed since the cursor (all cards when `complete`), with their current ETags. */
  readonly changed: readonly CardVersion[];
  /** Cards deleted since the cursor (empty when `complete`). */
  readonly removed: readonly Href[];
  /** The cursor to ask with next time: opaque to the caller. */
  readonly cursor: string;
}

export interface AddressBook {
  /** The address books of the user (discovery: well-known URL, current-user-principal, addressbook-home-set). */
  listBooks(): Promise<readonly AddressBookInfo[]>;
  /**
   * The changes in `book` since `cursor` (everything when undefined). Rejects with `DeltaExpiredError` when the
   * server no longer knows the cursor (RFC 6578 3.2 valid-sync-token): ask again without one.
   */
  changesSince(book: Href, cursor?: string): Promise<BookChanges>;
  /** The bodies of `hrefs` (addressbook-multiget); hrefs that no longer exist are left out of the answer. */
  getCards(book: Href, hrefs: readonly Href[]): Promise<readonly CardBody[]>;
  /** The href a new card with this UID is created at: the same for the same UID, so a retried create cannot make a second card. */
  hrefFor(book: Href, uid: Uid): Href;
  /** Creates the card at `hrefFor(book, uid)` with `If-None-Match: *`. Rejects with `ConflictError` when a card is there already. */
  createCard(book: Href, uid: Uid, text: string): Promise<CardVersion>;
  /** Replaces the card with `If-Match: etag`. Rejects with `ConflictError` when the card changed (412), `NotFoundError` when it is gone. */
  updateCard(href: Href, etag: string, text: string): Promise<CardVersion>;
  /** Deletes the card with `If-Match: etag`. Rejects with `ConflictError` when it changed (412); a card already gone is no error. */
  deleteCard(href: Href, etag: string): Promise<void>;
}
