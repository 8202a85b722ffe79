// The Sync view: the running sync's progress, when the mirror last synced, "Sync now", the offline state (the
// pane keeps working from the mirror), the outbox count, the conflict log and each folder's status.
import { useState } from 'preact/hooks';
import { EmptyState } from '../../components/empty-state.js';
import { useOnline, useSyncPane } from '../../hooks/use-sync-pane.js';
import type { SyncPane } from '../../hooks/use-sync-pane.js';
import { useSyncStatus } from '../../hooks/use-sync-status.js';
import { formatNumber } from '../../strings/intl-format.js';
import { format, strings } from '../../strings/strings.js';
import { ConflictLog } from './conflict-log.js';
import { FolderStatusList } from './folder-status-list.js';
import { SyncProgress } from './sync-progress.js';
import { progressBarOf } from './sync-status-model.js';
import { timeText } from './time-text.js';
import './sync-view.css';
import arrowSyncIcon from '@fluentui/svg-icons/icons/arrow_sync_20_regular.svg?raw';
import { Icon } from '../../components/icon.js';

const s = strings.sync;

function SyncStatusPanel({ pane }: { readonly pane: SyncPane }) {
  const status = useSyncStatus(pane);
  const online = useOnline();
  const [dismissError, setDismissError] = useState<string | undefined>(undefined);
  const running = status.activity.kind === 'running';
  const lastError = status.activity.kind === 'idle' ? status.activity.lastError : undefined;
  const dismiss = (seq: number) => {
    pane.store.dismissConflicts([seq]).then(
      () => setDismissError(undefined),
      (error: unknown) => setDismissError(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <>
      {!online && (
        <p class="sync-notice" role="status">
          {s.offline}
        </p>
      )}
      {running && <SyncProgress model={progressBarOf(status.activity.kind === 'running' ? status.activity.progress : undefined)} previousCount={status.previousContacts} />}
      {lastError !== undefined && online && (
        <p class="sync-notice sync-notice--error" role="status">
          {format(s.lastSyncFailed, { message: lastError })}
        </p>
      )}
      {(status.readError ?? dismissError) !== undefined && (
        <p class="sync-notice sync-notice--error" role="alert">
          {format(s.readFailed, { message: status.readError ?? dismissError ?? '' })}
        </p>
      )}
      <dl class="facts sync-facts">
        <dt>{s.contactsOnDevice}</dt>
        <dd data-testid="sync-contact-count">{status.contacts === undefined ? s.contactsCounting : formatNumber(status.contacts)}</dd>
        <dt>{s.lastSynced}</dt>
        <dd data-testid="sync-last-synced">{status.lastSyncedAt === undefined ? s.neverSynced : timeText(status.lastSyncedAt)}</dd>
        <dt>{s.pending}</dt>
        <dd data-testid="sync-pending">{formatNumber(status.pending)}</dd>
      </dl>
      <button type="button" class="button button--primary" disabled={running} onClick={() => void pane.syncNow()}>
        <Icon svg={arrowSyncIcon} />
        {running ? s.syncing : s.syncNow}
      </button>
      <ConflictLog conflicts={status.conflicts} onDismiss={dismiss} />
      <FolderStatusList folders={status.folders} />
    </>
  );
}

export function SyncView() {
  const pane = useSyncPane();
  return (
    <div class="view sync-view">
      <h2 class="view__heading">{s.heading}</h2>
      {pane === undefined ? <EmptyState>{s.signedOut}</EmptyState> : <SyncStatusPanel key={pane.key} pane={pane} />}
    </div>
  );
}
