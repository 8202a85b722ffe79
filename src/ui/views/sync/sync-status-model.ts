// What the Sync view shows, computed from plain data: the running sync's progress from the sync events,
// each folder's status from its sync state and contacts, and the conflict log's rows with their contacts' names.
import type { StoredConflict } from '../../../core/sync/conflict-entry.js';
import type { LocalId, MirrorContact } from '../../../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../../core/sync/plan-folders.js';
import type { FolderSyncState } from '../../../ports/mirror-store.js';
import type { SyncEvent, SyncProgress } from '../../../ports/sync-events.js';

export type SyncActivityState =
  | { readonly kind: 'idle'; readonly lastFinishedAt?: number; readonly lastError?: string }
  | { readonly kind: 'running'; readonly startedAt: number; readonly progress?: SyncProgress; readonly lastFinishedAt?: number };

/** The activity after one sync event (from this pane or another pane of the account). */
export function reduceSyncActivity(state: SyncActivityState, event: SyncEvent): SyncActivityState {
  const last = state.lastFinishedAt !== undefined ? { lastFinishedAt: state.lastFinishedAt } : {};
  switch (event.kind) {
    case 'sync-started':
      return { kind: 'running', startedAt: event.at, ...last };
    case 'sync-progress':
      return state.kind === 'running' ? { ...state, progress: event.progress } : { kind: 'running', startedAt: 0, progress: event.progress, ...last };
    case 'sync-finished':
      return { kind: 'idle', lastFinishedAt: event.at };
    case 'sync-failed':
      return { kind: 'idle', ...last, lastError: event.message };
  }
}

export interface ProgressBarModel {
  /** Contacts received so far. */
  readonly now: number;
  /** Contacts expected, when the server said. */
  readonly max?: number;
  readonly pages: number;
  readonly phase: SyncProgress['phase'];
}

export function progressBarOf(progress: SyncProgress | undefined): ProgressBarModel {
  if (progress === undefined) return { now: 0, pages: 0, phase: 'folders' };
  const max = progress.total !== undefined ? Math.max(progress.total, progress.contacts) : undefined;
  return { now: progress.contacts, pages: progress.pages, phase: progress.phase, ...(max !== undefined ? { max } : {}) };
}

export type FolderState = 'synced' | 'in-progress' | 'not-synced';

export interface FolderStatus {
  readonly id: string;
  readonly name: string;
  /** `me`, or the owner's address for a shared folder. */
  readonly owner: string;
  readonly readOnly: boolean;
  readonly contacts: number;
  readonly state: FolderState;
  readonly lastSyncedAt?: number;
}

function stateOf(sync: FolderSyncState | undefined): FolderState {
  if (sync?.nextLink !== undefined || sync?.resyncRound !== undefined) return 'in-progress';
  return sync?.deltaLink !== undefined ? 'synced' : 'not-synced';
}

/** One row per folder: the user's own first (default folder leading), then shared ones, by name. */
export function folderStatuses(folders: readonly MirrorFolder[], states: ReadonlyMap<string, FolderSyncState>, counts: ReadonlyMap<string, number>): FolderStatus[] {
  const rank = (folder: MirrorFolder) => (folder.mailbox === 'me' ? (folder.isDefault ? 0 : 1) : 2);
  return [...folders]
    .sort((a, b) => rank(a) - rank(b) || a.mailbox.localeCompare(b.mailbox) || a.displayName.localeCompare(b.displayName))
    .map((folder) => {
      const sync = states.get(folder.id);
      return {
        id: folder.id,
        name: folder.displayName,
        owner: folder.mailbox === 'me' ? 'me' : folder.mailbox.replace(/^user:/, ''),
        readOnly: folder.readOnly,
        contacts: counts.get(folder.id) ?? 0,
        state: stateOf(sync),
        ...(sync?.lastSyncedAt !== undefined ? { lastSyncedAt: sync.lastSyncedAt } : {}),
      };
    });
}

/** The latest completed round over all folders, or undefined before the first one. */
export function lastSyncedAt(states: Iterable<FolderSyncState>): number | undefined {
  let latest: number | undefined;
  for (const state of states) if (state.lastSyncedAt !== undefined && (latest === undefined || state.lastSyncedAt > latest)) latest = state.lastSyncedAt;
  return latest;
}

const MAX_SHOWN_LENGTH = 120;

/** A logged value as plain text: strings as they are, lists joined, objects as their values; truncated. */
export function valueText(value: unknown): string {
  let text: string;
  if (value === undefined || value === null || value === '') text = '';
  else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value)) text = value.map(valueText).filter(Boolean).join(', ');
  else if (typeof value === 'object') text = Object.values(value as Record<string, unknown>).map(valueText).filter(Boolean).join(', ');
  else text = '';
  return text.length > MAX_SHOWN_LENGTH ? `${text.slice(0, MAX_SHOWN_LENGTH - 1)}…` : text;
}

/** A contact field's name for people: `jobTitle` → `Job title`, `emailAddresses` → `Email addresses`. */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface ConflictRow {
  readonly seq: number;
  readonly contact: string;
  /** The field's name, or undefined when the entry concerns the whole contact. */
  readonly field?: string;
  readonly reason: StoredConflict['reason'];
  readonly kept: string;
  readonly lost: string;
  readonly at: number;
  readonly message?: string;
  /** For a contact whose folder was deleted on the server: the folder's name, and where the contact was kept. */
  readonly folder?: { readonly name: string; readonly keptIn?: string };
}

function nameOf(contact: MirrorContact | undefined): string {
  const fields = contact?.fields;
  if (fields === undefined) return '';
  return fields.displayName || [fields.givenName, fields.surname].filter(Boolean).join(' ') || fields.emailAddresses?.[0]?.address || fields.companyName || '';
}

/** The conflict log newest first, each entry with its contact's name as the mirror knows it now. */
export function conflictRows(conflicts: readonly StoredConflict[], contacts: ReadonlyMap<LocalId, MirrorContact>): ConflictRow[] {
  return [...conflicts]
    .sort((a, b) => b.at - a.at || b.seq - a.seq)
    .map((entry) => ({
      seq: entry.seq,
      contact: valueText(nameOf(contacts.get(entry.localId))),
      ...(entry.field !== undefined ? { field: fieldLabel(entry.field) } : {}),
      reason: entry.reason,
      kept: valueText(entry.kept),
      lost: valueText(entry.lost),
      at: entry.at,
      ...(entry.message !== undefined ? { message: valueText(entry.message) } : {}),
      ...(entry.folder !== undefined ? { folder: { name: valueText(entry.folder.name), ...(entry.folder.keptIn !== undefined ? { keptIn: valueText(entry.folder.keptIn) } : {}) } } : {}),
    }));
}
