// The Sync view: sync status, the outbox of pending edits and the conflict log.
import { EmptyState } from '../../components/empty-state.js';
import { strings } from '../../strings/strings.js';

export function SyncView() {
  return (
    <div class="view">
      <h2 class="view__heading">{strings.sync.heading}</h2>
      <EmptyState>{strings.sync.empty}</EmptyState>
    </div>
  );
}
