// The Sync and Settings views' pane (its interface is in src/ui/ports/), handed down by the composition root
// through a context, and the hook that follows the account as it changes.
import { createContext } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useAccountSource } from './use-account-source.js';
import type { AccountSource } from './use-account-source.js';
import type { SyncPane } from '../ports/sync-pane.js';

export type { SyncPane, SyncPaneStore } from '../ports/sync-pane.js';

export type SyncPaneSource = AccountSource<SyncPane>;

export const SyncPaneContext = createContext<SyncPaneSource | undefined>(undefined);

/** The signed-in account's sync pane, re-rendering when the account changes; undefined without one. */
export function useSyncPane(): SyncPane | undefined {
  return useAccountSource(SyncPaneContext);
}

/** Whether the browser says it is online, following its online and offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
