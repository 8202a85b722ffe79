// The Sync view's live data: the running sync (from the sync events), the mirror's contact counts and folders,
// the outbox count and the conflict log, re-read as the mirror changes (live queries) and as syncs report. The
// counts are key counts: a sync storing page after page never makes the view read the contacts themselves.
import { useEffect, useState } from 'preact/hooks';
import type { StoredConflict } from '../../core/sync/conflict-entry.js';
import type { ContactCounts, FolderSyncState } from '../../ports/mirror-store.js';
import { conflictRows, folderStatuses, lastSyncedAt, reduceSyncActivity } from '../views/sync/sync-status-model.js';
import type { ConflictRow, FolderStatus, SyncActivityState } from '../views/sync/sync-status-model.js';
import type { SyncPane } from './use-sync-pane.js';

export interface SyncStatus {
  readonly activity: SyncActivityState;
  /** Live contacts in the mirror; undefined until the first read answered. */
  readonly contacts: number | undefined;
  readonly folders: readonly FolderStatus[];
  readonly pending: number;
  readonly lastSyncedAt: number | undefined;
  readonly conflicts: readonly ConflictRow[];
  /** The mirror's contacts after its last completed sync (undefined before one): a running sync's estimate. */
  readonly previousContacts: number | undefined;
  /** A read of the mirror failed (e.g. the database was closed): shown instead of stale numbers. */
  readonly readError: string | undefined;
}

export function useSyncStatus(pane: SyncPane): SyncStatus {
  const [activity, setActivity] = useState<SyncActivityState>(() => pane.activity());
  const [counts, setCounts] = useState<ContactCounts | undefined>(undefined);
  const [states, setStates] = useState<{ folders: Awaited<ReturnType<SyncPane['store']['listFolders']>>; sync: Map<string, FolderSyncState> }>({ folders: [], sync: new Map() });
  const [pending, setPending] = useState(0);
  const [conflicts, setConflicts] = useState<readonly ConflictRow[]>([]);
  const [readError, setReadError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const { store } = pane;
    const fail = (error: unknown) => live && setReadError(error instanceof Error ? error.message : String(error));
    const readFolders = async () => {
      const folders = await store.listFolders();
      const sync = new Map<string, FolderSyncState>();
      for (const state of await Promise.all(folders.map((folder) => store.getSyncState(folder.id)))) if (state !== undefined) sync.set(state.folderId, state);
      if (live) setStates({ folders, sync });
    };
    const readPending = async () => {
      const count = await store.countPending();
      if (live) setPending(count);
    };
    const readConflicts = async (log: readonly StoredConflict[]) => {
      const rows = await store.getContacts([...new Set(log.map((entry) => entry.localId))]);
      if (live) setConflicts(conflictRows(log, rows));
    };
    setActivity(pane.activity());
    setCounts(undefined);
    setReadError(undefined);
    readFolders().catch(fail);
    const stopEvents = pane.events.subscribe((event) => {
      setActivity((state) => reduceSyncActivity(state, event));
      if (event.kind !== 'sync-started') readFolders().catch(fail);
      if (event.kind === 'sync-finished' || event.kind === 'sync-failed') readPending().catch(fail);
    });
    const stopContacts = store.watchContactCounts((latest) => {
      if (!live) return;
      setCounts(latest);
      readPending().catch(fail);
    }, fail);
    const stopConflicts = store.watchConflicts((log) => void readConflicts(log).catch(fail), fail);
    return () => {
      live = false;
      stopEvents();
      stopContacts();
      stopConflicts();
    };
  }, [pane]);

  return {
    activity,
    contacts: counts?.total,
    folders: folderStatuses(states.folders, states.sync, counts?.byFolder ?? new Map()),
    pending,
    lastSyncedAt: activity.lastFinishedAt ?? lastSyncedAt(states.sync.values()),
    conflicts,
    previousContacts: pane.previousContactCount(),
    readError,
  };
}
