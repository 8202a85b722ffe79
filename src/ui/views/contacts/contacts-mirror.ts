// What the Contacts view needs from the signed-in account's local mirror, handed down by the composition root
// (src/app/mirror-session.ts) through a context: live windows of the contacts, counts, folders, edits and news.
import { createContext } from 'preact';
import { useAccountSource } from '../../hooks/use-account-source.js';
import type { AccountSource } from '../../hooks/use-account-source.js';
import type { ContactFields } from '../../../core/contact/contact.js';
import type { LocalId, MirrorContact } from '../../../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../../core/sync/plan-folders.js';
import type { ContactQuery, Unsubscribe } from '../../../ports/mirror-store.js';
import type { SyncActivity } from '../message/message-mirror.js';

export interface ContactsMirror {
  /** The account key the mirror belongs to (the view starts afresh when it changes). */
  readonly key: string;
  /** Calls `listener` now and after every change with the live contacts matching `query`, in name order. */
  watchContacts(query: ContactQuery, listener: (contacts: readonly MirrorContact[]) => void, onError?: (error: Error) => void): Unsubscribe;
  /** How many live contacts match `query` (its `limit` ignored). */
  countContacts(query: ContactQuery): Promise<number>;
  folders(): Promise<readonly MirrorFolder[]>;
  /** Replaces the contact's fields locally (visible at once) and queues the change for Outlook. False when nothing changed. */
  edit(localId: LocalId, fields: ContactFields): Promise<boolean>;
  /** An object URL of the contact's photo, or undefined when it has none (or it cannot be read now). */
  photoOf(contact: MirrorContact): Promise<string | undefined>;
  /** Calls `listener` when the mirror's contacts may have changed (local edit, sync, another pane). */
  onChanged(listener: () => void): () => void;
  syncActivity(): SyncActivity;
  onSyncActivity(listener: () => void): () => void;
}

export type ContactsMirrorSource = AccountSource<ContactsMirror>;

export const ContactsMirrorContext = createContext<ContactsMirrorSource | undefined>(undefined);

/** The signed-in account's mirror, re-rendering when the account changes; undefined without one. */
export function useContactsMirror(): ContactsMirror | undefined {
  return useAccountSource(ContactsMirrorContext);
}

