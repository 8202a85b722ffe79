// The actions a pull plan returns; the store applies them mechanically in one transaction per page.
import type { ConflictEntry } from './conflict-entry.js';
import type { LocalId, MirrorContact } from './mirror-contact.js';

export type PullAction =
  /** Write the server's version: a new contact, or one without local changes. */
  | { readonly kind: 'upsert'; readonly contact: MirrorContact }
  /** Remove the contact and any outbox entries it has; log what local edits were lost. */
  | { readonly kind: 'remove'; readonly localId: LocalId; readonly conflicts: readonly ConflictEntry[] }
  /** The contact is deleted locally (pending): only its base moves, the delete still goes out. */
  | { readonly kind: 'keep-local-pending'; readonly contact: MirrorContact }
  /** Both sides changed: the merged contact on the new base, and the conflicts the merge resolved. */
  | { readonly kind: 'reconcile'; readonly contact: MirrorContact; readonly conflicts: readonly ConflictEntry[] };
