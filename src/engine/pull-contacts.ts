// Pull: Graph → mirror. A run starts with one request per mailbox for its folder hierarchy's delta and one per
// folder for that folder's contacts delta, sent together (ContactsRemote.firstPages: one round trip over Graph
// for up to 19 folders), so a run that finds nothing new costs one round trip. The folders are listed whole only
// when the folder delta reports a change, a folder vanished, the delta expired, or the last listing is older than
// FOLDER_LISTING_MAX_AGE_MS (a backstop: the documentation does not promise that the folder delta reports nested
// folders). Each folder then goes on page by page: fetch the page, then apply it together with its nextLink in
// one store transaction, so an interrupted pull resumes from the last applied page; the next page is fetched
// while a page is stored (its link comes with the page), and up to FOLDERS_PULLED_AT_ONCE folders are pulled
// side by side, so a run waits for about as many round trips as its largest folder has pages. The deltaLink is
// stored only after the last page. An expired token starts a full round that reconciles at its end instead of wiping
// (learn.microsoft.com/graph/delta-query-overview).
import type { GraphId } from '../core/contact/contact.js';
import { DeltaExpiredError, NotFoundError } from '../core/errors.js';
import { localIdOf } from '../core/sync/mirror-contact.js';
import type { MirrorContact } from '../core/sync/mirror-contact.js';
import { planFolderRemoval } from '../core/sync/plan-folder-removal.js';
import { planFolders } from '../core/sync/plan-folders.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import { planPullPage } from '../core/sync/plan-pull-page.js';
import { planReconcile } from '../core/sync/plan-reconcile.js';
import type { Clock } from '../ports/clock.js';
import type { ContactsDeltaPage, ContactsRemote, FolderChangesPage, MailboxRef } from '../ports/contacts-remote.js';
import type { IdSource } from '../ports/id-source.js';
import type { FolderRemovalRequest, FolderSyncState, PullPageRequest, PullTarget } from '../ports/mirror-store.js';
import type { SyncProgress } from '../ports/sync-events.js';
import { runConcurrently } from './run-concurrently.js';

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

/**
 * Folders pulled side by side. Each has at most one request in flight, and Graph allows four concurrent requests
 * per mailbox (the Graph adapter's limiter queues any beyond that).
 */
export const FOLDERS_PULLED_AT_ONCE = 4;

/** A full folder listing at least this often, whatever the folder delta says. */
export const FOLDER_LISTING_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The sync state that holds a mailbox's folder delta link (`lastSyncedAt`: the last full listing), beside the folders' own. */
export function folderDeltaStateId(mailboxKey: string): GraphId {
  return `folder-delta:${mailboxKey}` as GraphId;
}

/** What the first requests of a run settled for one source: its folders, and the folders already pulled to the end. */
export interface StartedSource {
  readonly source: MailboxSource;
  readonly folders: readonly MirrorFolder[];
  readonly done: ReadonlySet<GraphId>;
}

export function emptyPullReport(): PullReport {
  return { folders: 0, pages: 0, upserts: 0, written: 0, removed: 0, conflicts: 0, resyncs: 0 };
}

/** Pulls every source: the first requests of each, then every folder to the end of its round. */
export async function pullContacts(deps: PullDeps): Promise<PullReport> {
  const report = emptyPullReport();
  return continuePull(deps, await startPull(deps, report), report);
}

/** The first requests of a run for every source, each source's folders brought up to date. */
export async function startPull(deps: PullDeps, report: PullReport): Promise<readonly StartedSource[]> {
  const started: StartedSource[] = [];
  for (const source of deps.sources ?? [ME]) {
    deps.onProgress?.({ phase: 'folders', pages: report.pages, contacts: report.upserts });
    started.push(await startSource(deps, source, report));
  }
  return started;
}

/** Pulls what the first requests left: folders new in this run, and folders whose round goes on. */
export async function continuePull(deps: PullDeps, started: readonly StartedSource[], report: PullReport): Promise<PullReport> {
  for (const { source, folders, done } of started) {
    await runConcurrently(folders.filter((folder) => !done.has(folder.id)), FOLDERS_PULLED_AT_ONCE, (folder) => pullFolder(deps, source.mailbox, folder, report));
    report.folders += folders.length;
  }
  return report;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** Follows a folder delta round to its deltaLink; a new round when `link` is undefined or expired. */
async function finishFolderRound(deps: PullDeps, mailbox: MailboxRef, first: FolderChangesPage | Error): Promise<{ readonly changed: boolean; readonly deltaLink: string }> {
  let page = first;
  let changed = false;
  let restarted = false;
  for (;;) {
    if (page instanceof Error) {
      if (!(page instanceof DeltaExpiredError) || restarted) throw page;
      restarted = true;
      changed = true;
      page = await deps.remote.folderChangesPage(mailbox).catch(asError);
      continue;
    }
    changed ||= page.changed;
    if (page.deltaLink !== undefined) return { changed, deltaLink: page.deltaLink };
    const next = page.nextLink;
    page = await deps.remote.folderChangesPage(mailbox, next).catch(asError);
  }
}

async function startSource(deps: PullDeps, source: MailboxSource, report: PullReport): Promise<StartedSource> {
  const key = mailboxKeyOf(source.mailbox);
  const stateId = folderDeltaStateId(key);
  const stored = await deps.store.getSyncState(stateId);
  const mirrored = (await deps.store.listFolders()).filter((folder) => folder.mailbox === key);
  const links = await Promise.all(mirrored.map(async (folder) => {
    const state = await deps.store.getSyncState(folder.id);
    const link = state?.nextLink ?? state?.deltaLink;
    return { folderId: folder.id, ...(link === undefined ? {} : { link }) };
  }));
  const answers = await deps.remote.firstPages(source.mailbox, { ...(stored?.deltaLink === undefined ? {} : { foldersLink: stored.deltaLink }), contacts: links });
  const round = await finishFolderRound(deps, source.mailbox, stored?.deltaLink === undefined ? markChanged(answers.folders) : answers.folders);
  const now = deps.clock.now();
  const vanished = answers.contacts.some((answer) => answer instanceof NotFoundError);
  const stale = stored?.lastSyncedAt === undefined || now - stored.lastSyncedAt >= FOLDER_LISTING_MAX_AGE_MS;
  // A mailbox without a folder in the mirror (a shared source added again) is always listed.
  const listed = round.changed || vanished || stale || mirrored.length === 0;
  const folders = listed ? await syncFolders(deps, source, report) : mirrored;
  await deps.store.setSyncState({ folderId: stateId, deltaLink: round.deltaLink, ...(listed ? { lastSyncedAt: now } : stored?.lastSyncedAt === undefined ? {} : { lastSyncedAt: stored.lastSyncedAt }) });
  const current = new Map(folders.map((folder) => [folder.id as string, folder]));
  const done = new Set<GraphId>();
  const answered = mirrored.flatMap((folder, index) => {
    const listedFolder = current.get(folder.id);
    return listedFolder === undefined ? [] : [{ folder: listedFolder, first: answers.contacts[index] }];
  });
  await runConcurrently(answered, FOLDERS_PULLED_AT_ONCE, async ({ folder, first }) => {
    await pullFolder(deps, source.mailbox, folder, report, first);
    done.add(folder.id);
  });
  return { source, folders, done };
}

/** The first round of the folder delta lists every folder: all of them count as changed. */
function markChanged(first: FolderChangesPage | Error): FolderChangesPage | Error {
  return first instanceof Error ? first : { ...first, changed: true };
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

/** Pulls one folder to the end of its round; `first` is its first page (or that request's error) when fetched already. */
async function pullFolder(deps: PullDeps, mailbox: MailboxRef, folder: MirrorFolder, report: PullReport, first?: ContactsDeltaPage | Error): Promise<void> {
  const state: FolderSyncState = (await deps.store.getSyncState(folder.id)) ?? { folderId: folder.id };
  let round = state.resyncRound;
  let link = state.nextLink ?? state.deltaLink;
  // Counts the folder's resyncs so each round's stamp is unique even when the clock has not moved.
  let resyncs = state.resyncs ?? 0;
  let restarted = false;
  // The first round of a folder that holds no rows: a row with a page's graph id can only be one an earlier page of
  // the round stored, so only contacts already seen are looked up (by graph id an index read each, the costliest
  // read of a page). A contact carrying a client id is always looked up by it: its row may be in another folder.
  let seen = link === undefined && round === undefined && !(await deps.store.holdsRowsIn(folder.id)) ? new Set<GraphId>() : undefined;
  const fetchPage = (at: string | undefined) => deps.remote.contactsDeltaPage(mailbox, folder.id, at).catch(asError);
  let next: Promise<ContactsDeltaPage | Error> | undefined = first === undefined ? undefined : Promise.resolve(first);
  for (;;) {
    let page: ContactsDeltaPage;
    try {
      const answer = await (next ?? fetchPage(link));
      next = undefined;
      if (answer instanceof Error) throw answer;
      page = answer;
    } catch (error) {
      if (!(error instanceof DeltaExpiredError) || restarted) throw error;
      restarted = true;
      seen = undefined;
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
    // The next page travels while this one is stored; a failed store leaves that answer unread (a GET).
    if (!last) next = fetchPage(page.nextLink);
    const outcome = await deps.store.applyPullPage(folder.id, pageRequest(page, folder.id, deps.clock.now(), last ? round : undefined, round, seen), cursor);
    for (const contact of page.upserts) seen?.add(contact.id);
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

/**
 * The store request for one page; on the last page of a resync it also removes what the round did not see. With
 * `seen` (a first round into an empty folder), only the contacts in it are looked up, and those with a client id.
 */
function pageRequest(page: ContactsDeltaPage, folderId: GraphId, now: number, reconcileRound: string | undefined, round: string | undefined, seen?: ReadonlySet<GraphId>): PullPageRequest {
  const graphIds = [...page.removedIds, ...page.upserts.map((contact) => contact.id)];
  const known = seen === undefined ? page.upserts : page.upserts.filter((contact) => contact.clientId !== undefined || seen.has(contact.id));
  return {
    localIds: known.map(localIdOf),
    graphIds: seen === undefined ? graphIds : graphIds.filter((id) => seen.has(id)),
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
