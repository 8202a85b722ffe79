// Sync news shared between the panes and windows of one account (BroadcastChannel in browsers, in-process
// in Node): a pane that did not run the sync still learns to refresh and can show progress.
export interface SyncProgress {
  readonly phase: 'folders' | 'pull' | 'push';
  readonly folderId?: string;
  readonly pages: number;
  readonly contacts: number;
  /** How many contacts the round holds, when known. */
  readonly total?: number;
}

export interface SyncSummary {
  readonly folders: number;
  readonly contacts: number;
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly conflicts: number;
  readonly failures: number;
}

export type SyncEvent =
  | { readonly kind: 'sync-started'; readonly at: number }
  | { readonly kind: 'sync-progress'; readonly progress: SyncProgress }
  | { readonly kind: 'sync-finished'; readonly at: number; readonly summary: SyncSummary }
  | { readonly kind: 'sync-failed'; readonly at: number; readonly message: string };

export interface SyncEvents {
  /** Delivers the event to every subscriber, in this pane and the others. Never throws. */
  publish(event: SyncEvent): void;
  /** Calls `listener` for each event published from now on, until unsubscribed. */
  subscribe(listener: (event: SyncEvent) => void): () => void;
}
