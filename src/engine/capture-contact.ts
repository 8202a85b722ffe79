// Captures a person from a message as a new contact: a draft pre-filled from the header (names parsed from the
// display name, or from the address when there is none), saved to the mirror and the outbox in one store
// transaction (createContact), so it is visible at once and pushed in the background by the next sync.
import type { ContactFields, GraphId } from '../core/contact/contact.js';
import { UserError } from '../core/errors.js';
import { parseDisplayName } from '../core/match/parse-display-name.js';
import type { Participant } from '../core/match/participants.js';
import type { LocalId } from '../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import type { IdSource } from '../ports/id-source.js';
import type { ContactReader } from '../ports/mirror-store.js';
import type { OutboxStore } from '../ports/outbox-store.js';
import { createContact } from './local-edits.js';

export interface CaptureDeps {
  readonly store: ContactReader & OutboxStore;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  readonly newClientId: IdSource;
}

/** The header data of a participant as contact fields: parsed names and the address (with its display name). */
export function draftFor(participant: Pick<Participant, 'address' | 'displayName'>): ContactFields {
  const names = parseDisplayName(participant.displayName, participant.address);
  const name = names.displayName;
  return { ...names, emailAddresses: [{ address: participant.address.trim(), ...(name === undefined ? {} : { name }) }] };
}

/** Where captured contacts go: the user's own default folder, else the first writable folder of the user. */
export function captureFolderOf(folders: readonly MirrorFolder[]): MirrorFolder | undefined {
  const own = folders.filter((folder) => folder.mailbox === 'me' && !folder.readOnly);
  return own.find((folder) => folder.isDefault) ?? own[0];
}

async function captureFolderId(store: Pick<ContactReader, 'listFolders'>): Promise<GraphId> {
  const folder = captureFolderOf(await store.listFolders());
  if (folder === undefined) {
    throw new UserError('There is no contact folder to add the contact to yet.', 'The first sync of your contacts has not finished.', 'Wait for the sync to finish, then add the contact again.');
  }
  return folder.id;
}

/** Saves a new contact locally with its outbox entry (one transaction). Answers its local id. */
export async function captureContact(deps: CaptureDeps, fields: ContactFields): Promise<LocalId> {
  const folderId = await captureFolderId(deps.store);
  return createContact(deps.store, { clientId: deps.newClientId(), folderId, fields, now: deps.now() });
}

/** Saves several new contacts (each with its outbox entry, each in its own transaction), in order. */
export async function captureContacts(deps: CaptureDeps, drafts: readonly ContactFields[]): Promise<LocalId[]> {
  if (drafts.length === 0) return [];
  const folderId = await captureFolderId(deps.store);
  const ids: LocalId[] = [];
  for (const fields of drafts) ids.push(await createContact(deps.store, { clientId: deps.newClientId(), folderId, fields, now: deps.now() }));
  return ids;
}
