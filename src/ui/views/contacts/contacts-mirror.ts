// What the Contacts view needs from the signed-in account's local mirror, handed down by the composition root
// (src/app/mirror-session.ts) through a context: live windows of the contacts, counts, folders, edits and news.
import { createContext } from 'preact';
import { useAccountSource } from '../../hooks/use-account-source.js';
import type { AccountSource } from '../../hooks/use-account-source.js';
import type { ContactsMirror } from '../../ports/contacts-mirror.js';

export type { ContactsMirror } from '../../ports/contacts-mirror.js';

export type ContactsMirrorSource = AccountSource<ContactsMirror>;

export const ContactsMirrorContext = createContext<ContactsMirrorSource | undefined>(undefined);

/** The signed-in account's mirror, re-rendering when the account changes; undefined without one. */
export function useContactsMirror(): ContactsMirror | undefined {
  return useAccountSource(ContactsMirrorContext);
}

