// A contact as the local mirror keeps it: the current local fields, the stored base (last version both
// sides agreed on) and the bookkeeping the sync needs. The base only moves when a sync action succeeded.
import type { ClientId, ContactFields, GraphId } from '../contact/contact.js';

/**
 * The mirror's own key for a contact, stable for its whole life: `c:<clientId>` for contacts we created
 * (here or on another device: the server keeps our client id), `g:<graphId>` for contacts first seen on the server.
 */
export type LocalId = string & { readonly __brand: 'LocalId' };

/** The last version both sides agreed on: the server's changeKey and the fields as they were then. */
export interface ContactBase {
  readonly changeKey: string;
  readonly fields: ContactFields;
  /** The server's `lastModifiedDateTime` of that version. */
  readonly lastModifiedDateTime: string;
}

export interface MirrorContact {
  readonly localId: LocalId;
  readonly folderId: GraphId;
  /** Set once the server has the contact. */
  readonly graphId?: GraphId;
  readonly clientId?: ClientId;
  /** What the user sees: the base plus local edits not yet pushed. */
  readonly fields: ContactFields;
  /** Undefined until the server acknowledged the contact. */
  readonly base?: ContactBase;
  /** Milliseconds since the epoch of the latest local edit not yet pushed. */
  readonly localChangedAt?: number;
  /** Deleted locally; the row stays as a tombstone until the server confirms the delete. */
  readonly deleted?: boolean;
  /** While set and in the future, the push holds this contact's delete back, so Undo can still withdraw it. */
  readonly undoUntil?: number;
  /** The delete was sent at least once: it may have landed even if its answer was lost, so Undo is refused. */
  readonly deleteSent?: boolean;
  /** A create was sent at least once: a retry must look the client id up first (the answer may have been lost). */
  readonly createAttempted?: boolean;
  /**
   * The changes of each update sent whose outcome is not known yet (recorded before sending, cleared
   * when an update is acknowledged): see effectiveBase.
   */
  readonly unconfirmed?: readonly Partial<ContactFields>[];
  /**
   * Moved to another folder: this row is the original, deleted only once the copy `movedTo` (the contact's new
   * row) is in Graph with its photo (see move-contact.ts). Graph has no move for contacts.
   */
  readonly movedTo?: LocalId;
  /** The copy of a moved contact: the original in Graph whose photo it still has to be given. */
  readonly photoFrom?: { readonly graphId: GraphId; readonly folderId: GraphId };
  /** The full resync round that last saw this contact (see planReconcile). */
  readonly seenInRound?: string;
}

export function localIdForClient(clientId: ClientId): LocalId {
  return `c:${clientId}` as LocalId;
}

export function localIdForGraph(graphId: GraphId): LocalId {
  return `g:${graphId}` as LocalId;
}

/** The local id a server contact lives under. */
export function localIdOf(remote: { readonly id: GraphId; readonly clientId?: ClientId }): LocalId {
  return remote.clientId !== undefined ? localIdForClient(remote.clientId) : localIdForGraph(remote.id);
}

/** True when the contact has local changes the server has not acknowledged. */
export function hasLocalChanges(contact: MirrorContact): boolean {
  return contact.localChangedAt !== undefined || contact.deleted === true || contact.base === undefined;
}
