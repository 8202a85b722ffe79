// The conflict and failure log: every local change that did not make it to the server as written,
// so nothing is dropped silently. The UI lists these entries.
import type { ContactFieldName, GraphId } from '../contact/contact.js';
import type { LocalId } from './mirror-contact.js';

export type ConflictReason =
  /** Both sides changed the field; the newer change was kept. */
  | 'both-changed'
  /** The contact was deleted on the server while it had local edits; the edits are recorded here. */
  | 'deleted-on-server'
  /**
   * The server changed the contact after it was deleted here or moved to another folder (which deletes the
   * original): the delete or move stands; the server's value is in `lost` (for a move, the entry names the copy).
   */
  | 'changed-after-delete'
  /** The server refused the change permanently (for example 400); the local value was reverted. */
  | 'rejected'
  /**
   * The contact's folder was deleted on the server while the contact had changes not yet sent: with
   * `folder.keptIn` the contact was kept there as a new contact to create, without it the changes are in `lost`.
   */
  | 'folder-deleted';

/** The folder a 'folder-deleted' entry is about. */
export interface FolderNote {
  readonly id: GraphId;
  readonly name: string;
  /** The folder the contact was kept in, when it could be kept. */
  readonly keptIn?: string;
}

export interface ConflictEntry {
  readonly localId: LocalId;
  readonly graphId?: GraphId;
  /** Undefined when the entry concerns the whole contact. */
  readonly field?: ContactFieldName;
  readonly reason: ConflictReason;
  readonly keptSide: 'local' | 'remote';
  readonly kept: unknown;
  readonly lost: unknown;
  /** Milliseconds since the epoch when the conflict was resolved. */
  readonly at: number;
  /** The server's explanation, for rejected changes. */
  readonly message?: string;
  /** Set for 'folder-deleted' entries. */
  readonly folder?: FolderNote;
}

/** A logged entry with the store's sequence number. */
export interface StoredConflict extends ConflictEntry {
  readonly seq: number;
}
