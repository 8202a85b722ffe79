// What the Sync and Settings views need from the signed-in account's mirror: its reads, sync news, Sync now,
// shared sources and removing local data. Built by createSyncPane (src/ui/views/sync/create-sync-pane.ts).
import type { ConflictLog, ContactReader, PullTarget, SettingsStore } from '../../ports/mirror-store.js';
import type { OutboxStore } from '../../ports/outbox-store.js';
import type { SyncEvents } from '../../ports/sync-events.js';
import type { SharedSource } from '../../engine/shared-sources.js';
import type { SyncActivityState } from '../views/sync/sync-status-model.js';

/** The mirror reads the views make (live queries for the contact counts and conflicts, plain reads for the rest). */
export type SyncPaneStore = Pick<ContactReader, 'listFolders' | 'watchContactCounts' | 'getContacts'> &
  Pick<ConflictLog, 'watchConflicts' | 'dismissConflicts'> &
  Pick<PullTarget, 'getSyncState'> &
  Pick<SettingsStore, 'getSetting'> &
  Pick<OutboxStore, 'countPending'>;

export interface SyncPane {
  /** The account key the mirror belongs to (views reset their state when it changes). */
  readonly key: string;
  readonly store: SyncPaneStore;
  /** Sync news from this pane and the account's other panes. */
  readonly events: SyncEvents;
  /** The sync activity as the events told it so far (a view opened mid-sync shows it running). */
  activity(): SyncActivityState;
  /**
   * How many contacts the mirror held after its last completed sync (read when the pane opens and after each
   * sync finishes): a running sync's "of about" figure, since Graph's delta never tells a total. Undefined
   * before any folder completed a round, and while the mirror is empty.
   */
  previousContactCount(): number | undefined;
  /** Runs a sync now (after another pane's, if one is running). Never throws: failures arrive as events. */
  syncNow(): Promise<void>;
  listSharedSources(): Promise<readonly SharedSource[]>;
  /**
   * Asks for the shared-contacts permission (a window may open: call from a click), checks that Graph lists
   * the user's folders, keeps the source and syncs. Rejects with a message fit to show when any step fails.
   */
  addSharedSource(address: string): Promise<void>;
  /** Forgets the source and removes its folders and contacts from this device. */
  removeSharedSource(userId: string): Promise<void>;
  /** Signs out and deletes this account's local data (contacts, outbox, settings) from this device. */
  removeLocalData(): Promise<void>;
}
