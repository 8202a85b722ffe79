// Contact folders other users share with the signed-in user, mirrored as read-only sources: the list kept in
// the mirror's settings, the sources a sync pulls, adding one (after checking it can be read) and removing one
// with its folders and contacts. Local changes to a read-only folder are never pushed (see settleReadOnly).
import { diffFields } from '../core/contact/diff-fields.js';
import type { ContactFieldName, GraphId } from '../core/contact/contact.js';
import { ValidationError } from '../core/errors.js';
import type { ConflictEntry } from '../core/sync/conflict-entry.js';
import type { MirrorContact } from '../core/sync/mirror-contact.js';
import type { PlannedPush } from '../core/sync/plan-outbox.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import type { ContactsRemote } from '../ports/contacts-remote.js';
import type { PullTarget, SettingsStore } from '../ports/mirror-store.js';
import type { OutboxStore } from '../ports/outbox-store.js';
import { ME, mailboxKeyOf } from './pull-contacts.js';
import type { MailboxSource } from './pull-contacts.js';

/** The settings key holding the shared sources of the account. */
export const SHARED_SOURCES_SETTING = 'sharedSources';
/** Why a change to a read-only folder was not sent (shown in the conflict log). */
export const READ_ONLY_MESSAGE = 'This folder is shared with you read-only: the change was not sent.';

export interface SharedSource {
  /** The owner's e-mail address or user principal name, lower case. */
  readonly userId: string;
  /** Milliseconds since the epoch. */
  readonly addedAt: number;
}

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const MAX_ADDRESS_LENGTH = 254;

/** Whether `text` looks like an e-mail address or user principal name. */
export function isMailboxAddress(text: string): boolean {
  return text.length <= MAX_ADDRESS_LENGTH && ADDRESS.test(text);
}

function isSharedSource(value: unknown): value is SharedSource {
  const record = value as Partial<SharedSource> | null;
  return typeof record === 'object' && record !== null && typeof record.userId === 'string' && typeof record.addedAt === 'number';
}

/** The shared sources kept for the account (entries that do not parse are ignored). */
export async function listSharedSources(store: Pick<SettingsStore, 'getSetting'>): Promise<readonly SharedSource[]> {
  const value = await store.getSetting(SHARED_SOURCES_SETTING);
  return Array.isArray(value) ? value.filter(isSharedSource) : [];
}

/** What a sync pulls: the user's own mailbox, then each shared source read-only. */
export async function syncSources(store: Pick<SettingsStore, 'getSetting'>): Promise<readonly MailboxSource[]> {
  const shared = await listSharedSources(store);
  return [ME, ...shared.map((source) => ({ mailbox: { kind: 'user', userId: source.userId } as const, readOnly: true }))];
}

export interface AddSharedSourceDeps {
  readonly store: SettingsStore;
  readonly remote: Pick<ContactsRemote, 'listFolders'>;
  readonly now: number;
}

/**
 * Adds `address`'s contact folders as a read-only source once Graph lists them (so a typo or a mailbox that
 * shares nothing fails here, with the remote's error). Throws `ValidationError` for a text that is no address.
 * Answers the sources after the change; adding a known source changes nothing.
 */
export async function addSharedSource(deps: AddSharedSourceDeps, address: string): Promise<readonly SharedSource[]> {
  const userId = address.trim().toLowerCase();
  if (!isMailboxAddress(userId)) throw new ValidationError('sharedSource.userId', address.slice(0, 80), 'an e-mail address or user name such as someone@example.com');
  const known = await listSharedSources(deps.store);
  if (known.some((source) => source.userId === userId)) return known;
  await deps.remote.listFolders({ kind: 'user', userId });
  const next = [...known, { userId, addedAt: deps.now }];
  await deps.store.setSetting(SHARED_SOURCES_SETTING, next);
  return next;
}

/** Removes the source and, from the mirror, its folders with their contacts and sync state. */
export async function removeSharedSource(store: SettingsStore & Pick<PullTarget, 'listFolders' | 'applyFolderPlan'>, userId: string): Promise<readonly SharedSource[]> {
  const next = (await listSharedSources(store)).filter((source) => source.userId !== userId);
  await store.setSetting(SHARED_SOURCES_SETTING, next);
  const key = mailboxKeyOf({ kind: 'user', userId });
  const removed = (await store.listFolders()).filter((folder) => folder.mailbox === key).map((folder) => folder.id);
  if (removed.length > 0) await store.applyFolderPlan({ upserts: [], removed });
  return next;
}

/** The folders whose contacts must never be written to the server. */
export function readOnlyFolderIds(folders: readonly MirrorFolder[]): ReadonlySet<GraphId> {
  return new Set(folders.filter((folder) => folder.readOnly).map((folder) => folder.id));
}

/** The log entries for a local change to a read-only folder that was not sent. */
function refusedEntries(row: MirrorContact, at: number): ConflictEntry[] {
  const common = { localId: row.localId, ...(row.graphId !== undefined ? { graphId: row.graphId } : {}), reason: 'rejected', keptSide: 'remote', at, message: READ_ONLY_MESSAGE } as const;
  if (row.base === undefined || row.deleted === true) return [{ ...common, kept: undefined, lost: row.deleted === true ? { deleted: true } : row.fields }];
  const changes = diffFields(row.base.fields, row.fields);
  return Object.keys(changes).map((field) => ({ ...common, field: field as ContactFieldName, kept: row.base?.fields[field as ContactFieldName], lost: changes[field as ContactFieldName] }));
}

/**
 * Settles the outbox entries of a contact in a read-only folder without sending them: the row goes back to
 * its base (a create is dropped) and each lost change is logged, so nothing disappears silently.
 */
export async function settleReadOnly(store: OutboxStore, push: PlannedPush, row: MirrorContact, at: number): Promise<number> {
  const entries = refusedEntries(row, at);
  await store.settle(
    push.localId,
    push.seqs,
    (current) => (current === undefined || current.base === undefined ? undefined : { ...current, fields: current.base.fields, deleted: false, localChangedAt: undefined, unconfirmed: undefined }),
    entries,
  );
  return entries.length;
}
