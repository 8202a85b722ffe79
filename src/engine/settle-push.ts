// Settling pushed writes: the executor half of the outbox. Moves the base only on success; on a stale
// changeKey re-reads, merges against the base and retries; permanent refusals are reverted and logged,
// never retried forever; retryable failures stay in the outbox for the next run.
import type { ContactFields } from '../core/contact/contact.js';
import { applyChanges, diffFields } from '../core/contact/diff-fields.js';
import { ConflictError, NotFoundError } from '../core/errors.js';
import type { RemoteError } from '../core/errors.js';
import type { ConflictEntry } from '../core/sync/conflict-entry.js';
import { effectiveBase } from '../core/sync/effective-base.js';
import { mergeContact } from '../core/sync/merge-contact.js';
import type { MirrorContact } from '../core/sync/mirror-contact.js';
import type { PlannedPush } from '../core/sync/plan-outbox.js';
import { baseOf, timeOf } from '../core/sync/plan-pull-page.js';
import type { Clock } from '../ports/clock.js';
import type { ContactsRemote, MailboxRef, RemoteContact, RemoteWrite } from '../ports/contacts-remote.js';
import type { OutboxStore } from '../ports/outbox-store.js';

/** How many times a stale-changeKey edit is re-merged and resent within one run. */
export const MAX_CONFLICT_RETRIES = 3;

export interface PushReport {
  created: number;
  updated: number;
  deleted: number;
  conflicts: number;
  failures: number;
  /** Writes left in the outbox for a later run (throttled or repeatedly conflicting). */
  deferred: number;
}

export interface Prepared {
  readonly push: PlannedPush;
  /** The row as it was when the write was prepared. */
  readonly row: MirrorContact;
  readonly write: RemoteWrite;
}

interface SettleDeps {
  readonly remote: ContactsRemote;
  readonly store: OutboxStore;
  readonly clock: Clock;
  readonly mailbox?: MailboxRef;
}

/** The row after the server acknowledged `sent`: the server's version, plus any edit made since sending. */
function acknowledgedRow(current: MirrorContact | undefined, newer: boolean, sent: ContactFields, server: RemoteContact): MirrorContact | undefined {
  if (current === undefined) return undefined;
  const fields = newer ? applyChanges(server.fields, diffFields(sent, current.fields)) : server.fields;
  return { ...current, graphId: server.id, base: baseOf(server), fields, localChangedAt: newer ? current.localChangedAt : undefined, createAttempted: false, unconfirmed: undefined };
}

export async function settleAcknowledged(deps: SettleDeps, item: Prepared, contact: RemoteContact | undefined, report: PushReport, conflicts: readonly ConflictEntry[] = []): Promise<void> {
  const { push, write, row } = item;
  if (write.kind === 'delete') {
    await deps.store.settle(push.localId, push.seqs, () => undefined);
    report.deleted += 1;
    return;
  }
  const mailbox = deps.mailbox ?? { kind: 'me' };
  const server = contact ?? (write.kind === 'update' ? await deps.remote.getContact(mailbox, write.id) : await deps.remote.findByClientId(mailbox, write.clientId));
  if (server === undefined) return;
  await deps.store.settle(push.localId, push.seqs, (current, newer) => acknowledgedRow(current, newer, row.fields, server), conflicts);
  if (write.kind === 'create') report.created += 1;
  else report.updated += 1;
  report.conflicts += conflicts.length;
}

export async function settleNothingToSend(deps: SettleDeps, push: PlannedPush): Promise<void> {
  await deps.store.settle(push.localId, push.seqs, (current, newer) => current && (newer ? current : { ...current, localChangedAt: undefined }));
}

export async function settleFailure(deps: SettleDeps, item: Prepared, error: RemoteError, report: PushReport): Promise<void> {
  const { push, row, write } = item;
  if (error instanceof ConflictError && write.kind === 'update') return resolveConflict(deps, item, report);
  if (error instanceof NotFoundError && write.kind !== 'create') {
    const lost = write.kind === 'update' ? [entry(row, 'deleted-on-server', write.changes, deps.clock.now())] : [];
    await deps.store.settle(push.localId, push.seqs, () => undefined, lost);
    if (write.kind === 'delete') report.deleted += 1;
    report.conflicts += lost.length;
    return;
  }
  if (error.retryable) {
    report.deferred += 1;
    return;
  }
  const lost = write.kind === 'create' ? row.fields : write.kind === 'update' ? write.changes : { deleted: true };
  const logged = { ...entry(row, 'rejected', lost, deps.clock.now()), message: error.message };
  await deps.store.settle(push.localId, push.seqs, (current) => revert(current, write), [logged]);
  report.failures += 1;
}

/** Undoes a refused change locally, so the mirror shows what the server holds. */
function revert(current: MirrorContact | undefined, write: RemoteWrite): MirrorContact | undefined {
  if (current === undefined || write.kind === 'create' || current.base === undefined) return undefined;
  return { ...current, fields: current.base.fields, deleted: false, deleteSent: undefined, undoUntil: undefined, localChangedAt: undefined, unconfirmed: undefined };
}

function entry(row: MirrorContact, reason: ConflictEntry['reason'], lost: unknown, at: number): ConflictEntry {
  return { localId: row.localId, ...(row.graphId !== undefined ? { graphId: row.graphId } : {}), reason, keptSide: 'remote', kept: undefined, lost, at };
}

/** Stale changeKey: re-read, merge field by field against the base, log the losers, resend the merge. */
async function resolveConflict(deps: SettleDeps, item: Prepared, report: PushReport): Promise<void> {
  const mailbox = deps.mailbox ?? { kind: 'me' };
  const conflicts: ConflictEntry[] = [];
  let row = item.row;
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt += 1) {
    let fresh: RemoteContact;
    try {
      fresh = await deps.remote.getContact(mailbox, row.graphId!);
    } catch (error) {
      if (error instanceof NotFoundError) return settleFailure(deps, { ...item, row }, error, report);
      throw error;
    }
    const merged = mergeContact(effectiveBase(row.base?.fields ?? {}, row.unconfirmed, fresh.fields), row.fields, fresh.fields, {
      localChangedAt: row.localChangedAt ?? deps.clock.now(),
      remoteChangedAt: timeOf(fresh.lastModifiedDateTime),
    });
    conflicts.push(...merged.conflicts.map((c) => ({ ...entry(row, 'both-changed', c.lost, deps.clock.now()), field: c.field, keptSide: c.keptSide, kept: c.kept })));
    const changes = diffFields(fresh.fields, merged.fields);
    if (Object.keys(changes).length === 0) return settleAcknowledged(deps, { ...item, row }, fresh, report, conflicts);
    const write: RemoteWrite = { kind: 'update', id: fresh.id, changes, ifMatchChangeKey: fresh.changeKey };
    const [result] = await deps.remote.write(mailbox, [write]);
    if (result === undefined || result.ok) return settleAcknowledged(deps, { ...item, row, write }, result?.contact, report, conflicts);
    if (!(result.error instanceof ConflictError)) return settleFailure(deps, { ...item, row, write }, result.error, report);
    row = { ...row, base: baseOf(fresh), fields: merged.fields, unconfirmed: [...(row.unconfirmed ?? []), changes] };
  }
  report.deferred += 1;
}

