// The conflict log: for each change that did not reach the server as written, the contact, the field, the
// value kept and the value lost (or the deleted folder and where the contact was kept), with a dismiss button.
// Every value is rendered as text, never as HTML.
import { format, strings, type Strings, type TextKey } from '../../strings/strings.js';
import type { ConflictRow } from './sync-status-model.js';
import { timeText } from './time-text.js';

const s = strings.sync;

const REASONS: Readonly<Record<ConflictRow['reason'], TextKey<Strings['sync']>>> = {
  'both-changed': 'conflictBothChanged',
  'deleted-on-server': 'conflictDeletedOnServer',
  'changed-after-delete': 'conflictChangedAfterDelete',
  rejected: 'conflictRejected',
  'folder-deleted': 'conflictFolderDeleted',
};

/** Why the entry exists, in words: the server's message, the folder that was deleted, or the reason. */
function reasonOf(row: ConflictRow): string {
  if (row.message !== undefined) return row.message;
  if (row.folder === undefined) return s[REASONS[row.reason]];
  const keptIn = row.folder.keptIn;
  return keptIn !== undefined ? format(s.conflictFolderKept, { folder: row.folder.name, keptIn }) : format(s.conflictFolderLost, { folder: row.folder.name });
}

/** The facts under the contact's name: the folder and where the contact went, or the field, kept and lost values. */
function Facts({ row }: { readonly row: ConflictRow }) {
  if (row.folder?.keptIn !== undefined) {
    return (
      <>
        <dt>{s.conflictFolder}</dt>
        <dd>{row.folder.name}</dd>
        <dt>{s.conflictKeptIn}</dt>
        <dd data-testid="conflict-kept">{row.folder.keptIn}</dd>
      </>
    );
  }
  return (
    <>
      {row.folder !== undefined ? (
        <>
          <dt>{s.conflictFolder}</dt>
          <dd>{row.folder.name}</dd>
        </>
      ) : (
        <>
          <dt>{s.conflictField}</dt>
          <dd>{row.field ?? s.conflictWholeContact}</dd>
          <dt>{s.conflictKept}</dt>
          <dd data-testid="conflict-kept">{row.kept || s.conflictEmpty}</dd>
        </>
      )}
      <dt>{s.conflictLost}</dt>
      <dd data-testid="conflict-lost">{row.lost || s.conflictEmpty}</dd>
    </>
  );
}

export interface ConflictLogProps {
  readonly conflicts: readonly ConflictRow[];
  readonly onDismiss: (seq: number) => void;
}

export function ConflictLog({ conflicts, onDismiss }: ConflictLogProps) {
  return (
    <section class="sync-section" aria-labelledby="sync-conflicts-heading">
      <h3 class="sync-section__heading" id="sync-conflicts-heading">
        {s.conflictsHeading}
      </h3>
      {conflicts.length === 0 ? (
        <p class="empty-state">{s.noConflicts}</p>
      ) : (
        <ul class="conflict-list" aria-labelledby="sync-conflicts-heading">
          {conflicts.map((row) => {
            const contact = row.contact || s.conflictUnnamed;
            return (
              <li key={row.seq} class="conflict" data-testid="conflict-entry" aria-label={contact}>
                <dl class="conflict__facts">
                  <dt>{s.conflictContact}</dt>
                  <dd>{contact}</dd>
                  <Facts row={row} />
                </dl>
                <p class="conflict__reason">
                  {reasonOf(row)} <time dateTime={new Date(row.at).toISOString()}>{timeText(row.at)}</time>
                </p>
                <button type="button" class="button" aria-label={format(s.dismissLabel, { contact })} onClick={() => onDismiss(row.seq)}>
                  {s.dismiss}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
