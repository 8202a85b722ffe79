// The decision table for one page of a contacts delta: per server contact or removal, compare the
// stored base, the local row and the server's version, and return what to write (vdirsyncer's shape).
import { changedFieldNames } from '../contact/diff-fields.js';
import type { GraphId } from '../contact/contact.js';
import type { RemoteContact } from './remote-contact.js';
import type { ConflictEntry } from './conflict-entry.js';
import { effectiveBase } from './effective-base.js';
import { parseIsoTimestamp } from './iso-timestamp.js';
import { mergeContact } from './merge-contact.js';
import { localIdOf } from './mirror-contact.js';
import type { ContactBase, LocalId, MirrorContact } from './mirror-contact.js';
import { planRemoval } from './plan-removal.js';
import type { PullAction } from './pull-action.js';

export interface PullPageInput {
  readonly upserts: readonly RemoteContact[];
  readonly removedIds: readonly GraphId[];
}

/** The local rows the page refers to: by local id, and the local id of each known graph id. */
export interface PullLocalState {
  readonly rows: ReadonlyMap<LocalId, MirrorContact>;
  readonly byGraphId: ReadonlyMap<GraphId, LocalId>;
}

export interface PullContext {
  readonly now: number;
  /** The folder the page belongs to: a removal reported by one folder never removes a contact filed in another. */
  readonly folderId?: GraphId;
  /** Set during a full resync: every contact seen is stamped with it (see planReconcile). */
  readonly round?: string;
}

export function baseOf(remote: RemoteContact): ContactBase {
  return { changeKey: remote.changeKey, fields: remote.fields, lastModifiedDateTime: remote.lastModifiedDateTime };
}

/** Plans one page. Removals are planned first, as Graph lists them independently of upserts. */
export function planPullPage(page: PullPageInput, local: PullLocalState, context: PullContext): PullAction[] {
  const actions: PullAction[] = [];
  for (const graphId of page.removedIds) {
    const localId = local.byGraphId.get(graphId);
    const row = localId === undefined ? undefined : local.rows.get(localId);
    if (row !== undefined && (context.folderId === undefined || row.folderId === context.folderId)) actions.push(planRemoval(row, context.now));
  }
  for (const remote of page.upserts) {
    const action = planUpsert(remote, local.rows.get(local.byGraphId.get(remote.id) ?? localIdOf(remote)), context);
    if (action !== undefined) actions.push(action);
  }
  return actions;
}

function planUpsert(remote: RemoteContact, row: MirrorContact | undefined, context: PullContext): PullAction | undefined {
  const stamp = context.round !== undefined ? { seenInRound: context.round } : {};
  const fresh: MirrorContact = {
    localId: row?.localId ?? localIdOf(remote),
    folderId: remote.folderId,
    graphId: remote.id,
    ...(remote.clientId !== undefined ? { clientId: remote.clientId } : {}),
    fields: remote.fields,
    base: baseOf(remote),
    ...stamp,
  };
  if (row === undefined) return { kind: 'upsert', contact: fresh };
  const unchanged = row.base?.changeKey === remote.changeKey;
  const stamped = context.round === undefined || row.seenInRound === context.round;
  if (unchanged && stamped) return undefined;
  if (row.deleted === true) return planTombstone(remote, row, unchanged, stamp, context.now);
  if (row.base === undefined) return planLandedCreate(remote, row, fresh, context.now);
  if (row.localChangedAt === undefined) return { kind: 'upsert', contact: { ...fresh, ...(row.clientId ? { clientId: row.clientId } : {}) } };
  if (unchanged) return { kind: 'keep-local-pending', contact: { ...row, ...stamp } };
  const merged = mergeContact(effectiveBase(row.base.fields, row.unconfirmed, remote.fields), row.fields, remote.fields, {
    localChangedAt: row.localChangedAt,
    remoteChangedAt: timeOf(remote.lastModifiedDateTime),
  });
  const conflicts: ConflictEntry[] = merged.conflicts.map((conflict) => ({
    ...conflict,
    localId: row.localId,
    graphId: remote.id,
    reason: 'both-changed',
    at: context.now,
  }));
  return { kind: 'reconcile', contact: { ...row, graphId: remote.id, fields: merged.fields, base: baseOf(remote), unconfirmed: undefined, ...stamp }, conflicts };
}

/**
 * A contact deleted here (or moved to another folder, which deletes the original) that the server changed since
 * it was last read: the delete stands, and each field the server changed is logged, so no change vanishes unseen.
 */
function planTombstone(remote: RemoteContact, row: MirrorContact, unchanged: boolean, stamp: Partial<MirrorContact>, now: number): PullAction {
  const contact: MirrorContact = { ...row, graphId: remote.id, base: baseOf(remote), ...stamp };
  const changed = unchanged || row.base === undefined ? [] : changedFieldNames(row.base.fields, remote.fields);
  if (changed.length === 0) return { kind: 'keep-local-pending', contact };
  const conflicts: ConflictEntry[] = changed.map((field) => ({
    localId: row.movedTo ?? row.localId,
    graphId: remote.id,
    field,
    reason: 'changed-after-delete',
    keptSide: 'local',
    // A moved contact's copy carries the fields it had when it was moved; a deleted one keeps nothing.
    kept: row.movedTo === undefined ? undefined : row.fields[field],
    lost: remote.fields[field],
    at: now,
  }));
  return { kind: 'reconcile', contact, conflicts };
}

/**
 * Our create reached the server but its answer was lost: adopt the server's id and base and keep the
 * local fields (they include edits made since); the outbox then sends the difference as an update.
 */
function planLandedCreate(remote: RemoteContact, row: MirrorContact, fresh: MirrorContact, now: number): PullAction {
  const contact: MirrorContact = { ...row, graphId: remote.id, base: fresh.base, localChangedAt: row.localChangedAt ?? now, ...(fresh.seenInRound ? { seenInRound: fresh.seenInRound } : {}) };
  return { kind: 'reconcile', contact, conflicts: [] };
}

/** Milliseconds of an ISO timestamp; 0 when unreadable, so a broken timestamp never wins a tie. */
export function timeOf(iso: string): number {
  const ms = parseIsoTimestamp(iso);
  return Number.isNaN(ms) ? 0 : ms;
}
