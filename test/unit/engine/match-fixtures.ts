// Shared setup for the message-matching and capture tests: an in-memory mirror with folders and contacts,
// and open items built from header records.
import type { ContactFields, GraphId } from '../../../src/core/contact/contact.js';
import type { MirrorContact } from '../../../src/core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../../src/core/sync/plan-folders.js';
import type { MailboxAddress, OpenItem } from '../../../src/ports/mailbox-host.js';
import { FOLDER, aSyncedRow } from '../../fakes/contact-builders.js';
import { InMemoryMirrorStore } from '../../fakes/in-memory-mirror-store.js';

export const OTHER_FOLDER = 'folder-2' as GraphId;
export const SHARED_FOLDER = 'folder-shared' as GraphId;

export const FOLDERS: readonly MirrorFolder[] = [
  { id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false },
  { id: OTHER_FOLDER, displayName: 'Suppliers', isDefault: false, mailbox: 'me', readOnly: false },
  { id: SHARED_FOLDER, displayName: 'Team', isDefault: false, mailbox: 'user:boss', readOnly: true },
];

let nextId = 0;

/** A synced contact (in the default folder unless `folderId` says otherwise). */
export function aPerson(fields: ContactFields, folderId: GraphId = FOLDER): MirrorContact {
  nextId += 1;
  return { ...aSyncedRow(`g-${nextId}`, fields), folderId };
}

export async function aMirror(rows: readonly MirrorContact[], folders: readonly MirrorFolder[] = FOLDERS): Promise<InMemoryMirrorStore> {
  const store = new InMemoryMirrorStore();
  await store.applyFolderPlan({ upserts: folders, removed: [] });
  const plan = () => rows.map((contact) => ({ kind: 'upsert' as const, contact }));
  await store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan }, { folderId: FOLDER });
  return store;
}

export const who = (displayName: string, emailAddress: string): MailboxAddress => ({ displayName, emailAddress });

export function anItem(key: string, people: { from?: MailboxAddress; to?: readonly MailboxAddress[]; cc?: readonly MailboxAddress[] }, mode: OpenItem['mode'] = 'read'): OpenItem {
  return { key, mode, subject: `Message ${key}`, to: people.to ?? [], cc: people.cc ?? [], ...(people.from === undefined ? {} : { from: people.from }) };
}

export const ME = 'dana.whitfield@contoso.example';
