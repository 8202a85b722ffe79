// The contacts service (Microsoft Graph) as the sync engine sees it: folders, delta pages, reads and writes.
// Implemented by GraphContactsRemote over the Graph client; all retry, throttling and token refresh policy
// lives in that adapter's middleware, so callers see only final outcomes.
import type { ClientId, ContactFields, GraphId } from '../core/contact/contact.js';
import type { RemoteError } from '../core/errors.js';
import type { RemoteContact } from '../core/sync/remote-contact.js';

export type { RemoteContact } from '../core/sync/remote-contact.js';

/** Whose contacts: the signed-in user's own, or another user's shared with them (delegated, read-only here). */
export type MailboxRef = { readonly kind: 'me' } | { readonly kind: 'user'; readonly userId: string };

export interface RemoteFolder {
  readonly id: GraphId;
  readonly displayName: string;
  readonly parentFolderId?: GraphId;
  /** The mailbox's default Contacts folder (where `POST /me/contacts` creates). */
  readonly isDefault: boolean;
}

/** One page of a contacts delta round. Exactly one of `nextLink` and `deltaLink` is set. */
export interface ContactsDeltaPage {
  readonly upserts: readonly RemoteContact[];
  readonly removedIds: readonly GraphId[];
  /** More pages follow (the page may be empty): call `contactsDeltaPage` again with this link. */
  readonly nextLink?: string;
  /** The round is complete: store this link and start the next round with it. */
  readonly deltaLink?: string;
}

/** One page of the folder hierarchy's delta round. Exactly one of `nextLink` and `deltaLink` is set. */
export interface FolderChangesPage {
  /** The page reports folders added, renamed, moved or deleted since the round's token. */
  readonly changed: boolean;
  readonly nextLink?: string;
  readonly deltaLink?: string;
}

/** The first requests of a sync run for one mailbox, sent together: the folder delta and each folder's contacts delta. */
export interface FirstPagesRequest {
  /** The folder delta link stored by the last run; a new round starts when undefined. */
  readonly foldersLink?: string;
  readonly contacts: readonly { readonly folderId: GraphId; readonly link?: string }[];
}

/** One answer per request of FirstPagesRequest: a page, or the error that request alone met. */
export interface FirstPages {
  readonly folders: FolderChangesPage | Error;
  readonly contacts: readonly (ContactsDeltaPage | Error)[];
}

export type RemoteWrite =
  | { readonly kind: 'create'; readonly folderId?: GraphId; readonly clientId: ClientId; readonly fields: ContactFields }
  /** Sends only `changes` (PATCH). With `ifMatchChangeKey`, the server refuses (ConflictError) if the contact moved on. */
  | { readonly kind: 'update'; readonly id: GraphId; readonly changes: Partial<ContactFields>; readonly ifMatchChangeKey?: string }
  | { readonly kind: 'delete'; readonly id: GraphId };

/** The outcome of one write. A create or update answers the contact as stored; a delete answers nothing. */
export type RemoteWriteResult =
  | { readonly ok: true; readonly contact?: RemoteContact }
  | { readonly ok: false; readonly error: RemoteError };

export interface ContactsRemote {
  /** Every contact folder of the mailbox, the default folder included, nested folders flattened. */
  listFolders(mailbox: MailboxRef): Promise<readonly RemoteFolder[]>;
  /**
   * One page of the contacts delta of a folder. Without `link`, starts a full round (current state);
   * with a `nextLink` or `deltaLink` from an earlier page, continues exactly there.
   * Throws `DeltaExpiredError` when the server no longer knows the link's token (resync required),
   * `RemoteError` for other failures that survived the adapter's retries.
   */
  contactsDeltaPage(mailbox: MailboxRef, folderId: GraphId, link?: string): Promise<ContactsDeltaPage>;
  /**
   * One page of the folder hierarchy's delta (`contactFolders/delta`). Without `link`, starts a round (every
   * folder counts as changed); with a link from an earlier page, continues there. Throws `DeltaExpiredError`
   * when the server no longer knows the link's token.
   */
  folderChangesPage(mailbox: MailboxRef, link?: string): Promise<FolderChangesPage>;
  /**
   * The folder delta page and each folder's contacts delta page, as `folderChangesPage` and
   * `contactsDeltaPage` answer them, sent together (JSON batches over Graph: one round trip for up to 19
   * folders). A request that fails answers its error in its place (`DeltaExpiredError` for an expired link);
   * the others still answer.
   */
  firstPages(mailbox: MailboxRef, request: FirstPagesRequest): Promise<FirstPages>;
  /** The contact as stored now. Throws `NotFoundError` when it does not exist. */
  getContact(mailbox: MailboxRef, id: GraphId): Promise<RemoteContact>;
  /** The contact carrying our client id, if the server has one (makes retried creates idempotent). */
  findByClientId(mailbox: MailboxRef, clientId: ClientId): Promise<RemoteContact | undefined>;
  /**
   * Creates a contact folder under `parentId` (under the default folder when absent) and answers it.
   * Throws `RemoteError` with status 409 (code `ErrorFolderExists`) when a folder beside it has that name
   * (compared case-insensitively), `NotFoundError` when the parent is gone.
   */
  createFolder(mailbox: MailboxRef, displayName: string, parentId?: GraphId): Promise<RemoteFolder>;
  /**
   * Renames a contact folder and answers it. Throws `NotFoundError` when it is gone, `RemoteError` with status 409
   * when a folder beside it has that name, and `RemoteError` (403) for the default folder, which keeps its name.
   */
  renameFolder(mailbox: MailboxRef, id: GraphId, displayName: string): Promise<RemoteFolder>;
  /**
   * Deletes a contact folder with its subfolders and every contact in them (the folder delta reports it, the
   * contacts delta of the folder is gone). Throws `NotFoundError` when it is gone, `RemoteError` (400) for the
   * default folder, which cannot be deleted.
   */
  deleteFolder(mailbox: MailboxRef, id: GraphId): Promise<void>;
  /**
   * Applies the writes (batched, at most 20 per request, sequenced so that at most the mailbox's
   * concurrency limit runs at once) and answers one result per write, in the same order.
   * Per-write failures are values (`ok: false`): `ConflictError` (stale changeKey), `NotFoundError`, other `RemoteError`.
   */
  write(mailbox: MailboxRef, writes: readonly RemoteWrite[]): Promise<readonly RemoteWriteResult[]>;
}
