// Pull: Graph → mirror. Folders first, then each folder's contacts delta, one page at a time: fetch the
// page, then apply it together with its nextLink in one store transaction, so an interrupted pull resumes
// from the last applied page. The deltaLink is stored only after the last page. An expired token starts a
// full round that reconciles at its end instead of wiping (learn.microsoft.com/graph/delta-query-overview).
import type { GraphId } from '../core/contact/contact.js';
import { DeltaExpiredError } from '../core/errors.js';
import { localIdOf } from '../core/sync/mirror-contact.js';
import type { MirrorContact } from '../core/sync/mirror-contact.js';
import { planFolderRemoval } from '../core/sync/plan-folder-removal.js';
import { planFolders } from '../core/sync/plan-folders.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import { planPullPage } from '../core/sync/plan-pull-page.js';
import { planReconcile } from '../core/sync/plan-reconcile.js';
import type { Clock } from '../ports/clock.js';
import type { ContactsDeltaPage, ContactsRemote, MailboxRef } from '../ports/contacts-remote.js';
import type { IdSource } from '../ports/id-source.js';
import type { FolderRemovalRequest, FolderSyncState, PullPageRequest, PullTarget } from '../ports/mirror-store.js';
import type { SyncProgress } from '../ports/sync-events.js';

/** A mailbox whose contact folders are mirrored; shared mailboxes of other users are read-only. */
export interface MailboxSource {
  readonly mailbox: MailboxRef;
  readonly readOnly: boolean;
}

export interface PullDeps {
  readonly remote: ContactsRemote;
  readonly store: PullTarget;
  readonly clock: Clock;
  /** Client ids for contacts kept from a folder deleted on the server (they are created anew). */
  readonly newClientId: IdSource;
  readonly sources?: readonly MailboxSource[];
  readonly onProgress?: (progress: SyncProgress) => void;
}

export interface PullReport {
  folders: number;
  pages: number;
  upserts: number;
  /** Contact rows written (inserted, updated or merged); zero when nothing changed. */
  written: number;
  removed: number;
  conflicts: number;
  resyncs: number;
}

export const ME: MailboxSource = { mailbox: { kind: 'me' }, readOnly: false };

export function mailboxKeyOf(mailbox: MailboxRef): string {
  return mailbox.kind === 'me' ? 'me' : `user:${mailbox.userId}`;
}

/** The mailbox a key of `mailboxKeyOf` names (a folder's `mailbox`). */
export function mailboxRefOf(key: string): MailboxRef {
  return key.startsWith('user:') ? { kind: 'user', userId: key.slice('user:'.length) } : { kind: 'me' };
}

/** Folders listed (and applied) already, by mailbox key (see mailboxKeyOf). */
export type ListedFolders = ReadonlyMap<string, readonly MirrorFolder[]>;

/** Pulls every source; `listed` holds the folders of sources whose folders were synced already in this run. */
export async function pullContacts(deps: PullDeps, listed: ListedFolders = new Map()): Promise<PullReport> {
  const report: PullReport = { folders: 0, pages: 0, upserts: 0, written: 0, removed: 0, conflicts: 0, resyncs: 0 };
  for (const source of deps.sources ?? [ME]) {
    deps.onProgress?.({ phase: 'folders', pages: report.pages, contacts: report.upserts });
    const folders = listed.get(mailboxKeyOf(source.mailbox)) ?? (await syncFolders(deps, source, report));
    for (const folder of folders) {
      await pullFolder(deps, source.mailbox, folder, report);
      report.folders += 1;
    }
  }
  return report;
}

/**
 * Lists the source's folders and applies the difference to the mirror: new and renamed folders are written,
 * vanished ones removed, keeping their contacts' unsent changes (see planFolderRemoval). Answers the listing.
 */
export async function syncFolders(deps: PullDeps, source: MailboxSource, report?: Pick<PullReport, 'conflicts'>): Promise<readonly MirrorFolder[]> {
  const key = mailboxKeyOf(source.mailbox);
  const listed = (await deps.remote.listFolders(source.mailbox)).map((folder) => ({
    id: folder.id,
    displayName: folder.displayName,
    ...(folder.parentFolderId !== undefined ? { parentFolderId: folder.parentFolderId } : {}),
    isDefault: folder.isDefault,
    mailbox: key,
    readOnly: source.readOnly,
  }));
  const plan = planFolders(listed, await deps.store.listFolders(), key);
  if (plan.upserts.length > 0 || plan.removed.length > 0) await deps.store.applyFolderPlan(plan, folderRemoval(deps, listed, report));
  return listed;
}

/** Contacts of a folder deleted on the server that still hold changes not yet sent are kept in the default folder. */
function folderRemoval(deps: PullDeps, listed: readonly MirrorFolder[], report: Pick<PullReport, 'conflicts'> | undefined): FolderRemovalRequest {
  const defaultFolder = listed.find((folder) => folder.isDefault);
  const now = deps.clock.now();
  return {
    plan: (folders, rows) => {
      const removal = planFolderRemoval(folders, rows, { ...(defaultFolder !== undefined ? { defaultFolder } : {}), now, newClientId: deps.newClientId });
      if (report !== undefined) report.conflicts += removal.conflicts.length;
      return removal;
    },
  };
}

async function pullFolder(deps: PullDeps, mailbox: MailboxRef, folder: MirrorFolder, report: PullReport): Promise<void> {
  const state: FolderSyncState = (await deps.store.getSyncState(folder.id)) ?? { folderId: folder.id };
  let round = state.resyncRound;
  let link = state.nextLink ?? state.deltaLink;
  // Counts the folder's resyncs so each round's stamp is unique even when the clock has not moved.
  let resyncs = state.resyncs ?? 0;
  let restarted = false;
  for (;;) {
    let page: ContactsDeltaPage;
    try {
      page = await deps.remote.contactsDeltaPage(mailbox, folder.id, link);
    } catch (error) {
      if (!(error instanceof DeltaExpiredError) || restarted) throw error;
      restarted = true;
      report.resyncs += 1;
      resyncs += 1;
      round = `resync-${resyncs}-${deps.clock.now()}`;
      link = undefined;
      await deps.store.setSyncState({ folderId: folder.id, resyncRound: round, resyncs });
      continue;
    }
    const last = page.deltaLink !== undefined;
    const cursor: FolderSyncState = last
      ? { folderId: folder.id, deltaLink: page.deltaLink, lastSyncedAt: deps.clock.now(), ...(resyncs > 0 ? { resyncs } : {}) }
      : { folderId: folder.id, nextLink: page.nextLink, ...(round !== undefined ? { resyncRound: round } : {}), ...(resyncs > 0 ? { resyncs } : {}) };
    const outcome = await deps.store.applyPullPage(folder.id, pageRequest(page, folder.id, deps.clock.now(), last ? round : undefined, round), cursor);
    report.pages += 1;
    report.upserts += page.upserts.length;
    report.written += outcome.written;
    report.removed += outcome.removed;
    report.conflicts += outcome.conflicts;
    deps.onProgress?.({ phase: 'pull', folderId: folder.id, pages: report.pages, contacts: report.upserts });
    if (last) return;
    link = page.nextLink;
  }
}

/** The store request for one page; on the last page of a resync it also removes what the round did not see. */
function pageRequest(page: ContactsDeltaPage, folderId: GraphId, now: number, reconcileRound: string | undefined, round: string | undefined): PullPageRequest {
  return {
    localIds: page.upserts.map(localIdOf),
    graphIds: [...page.removedIds, ...page.upserts.map((contact) => contact.id)],
    wholeFolder: reconcileRound !== undefined,
    plan: (state, folderRows) => {
      const actions = planPullPage(page, state, { now, folderId, ...(round !== undefined ? { round } : {}) });
      if (reconcileRound === undefined) return actions;
      const touched = new Set(actions.map((action) => (action.kind === 'remove' ? action.localId : action.contact.localId)));
      for (const row of state.rows.values()) touched.add(row.localId);
      const rest: MirrorContact[] = folderRows.filter((row) => !touched.has(row.localId));
      return [...actions, ...planReconcile(rest, reconcileRound, now)];
    },
  };
}
