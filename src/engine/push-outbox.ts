// Push: outbox → Graph. Entries are coalesced per contact (planOutbox), edits sent as PATCHes of the changed
// fields against the base changeKey, creates with a client id that a retry first looks up (so a lost answer
// never duplicates). Writes go one wave at a time (planBatches: up to 4 batches of 20 that the remote runs in
// parallel); each outcome is settled by settle-push.ts before the next wave is sent.
import type { ContactFields } from '../core/contact/contact.js';
import { applyChanges, diffFields } from '../core/contact/diff-fields.js';
import { localIdForGraph } from '../core/sync/mirror-contact.js';
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import { planBatches } from '../core/sync/plan-batches.js';
import { planOutbox } from '../core/sync/plan-outbox.js';
import type { PlannedPush } from '../core/sync/plan-outbox.js';
import type { Clock } from '../ports/clock.js';
import type { ContactsRemote, MailboxRef } from '../ports/contacts-remote.js';
import type { IdSource } from '../ports/id-source.js';
import type { ContactReader } from '../ports/mirror-store.js';
import type { OutboxStore } from '../ports/outbox-store.js';
import type { SyncProgress } from '../ports/sync-events.js';
import { settleAcknowledged, settleFailure, settleNothingToSend } from './settle-push.js';
import { readOnlyFolderIds, settleReadOnly } from './shared-sources.js';
import { isDeleteHeld } from './undo-delete.js';
import { stepOfMovedOriginal } from './move-contact.js';
import type { Prepared, PushReport } from './settle-push.js';

export type { PushReport } from './settle-push.js';

export interface PushDeps {
  readonly remote: ContactsRemote;
  readonly store: ContactReader & OutboxStore;
  readonly clock: Clock;
  readonly newClientId: IdSource;
  readonly mailbox?: MailboxRef;
  readonly onProgress?: (progress: SyncProgress) => void;
}


/** Contacts read and prepared at a time: a long outbox is sent round by round, never read into memory whole. */
export const PUSH_ROUND = 400;

export async function pushOutbox(deps: PushDeps): Promise<PushReport> {
  const report: PushReport = { created: 0, updated: 0, deleted: 0, conflicts: 0, failures: 0, deferred: 0 };
  const plans = planOutbox(await deps.store.pending());
  // Shared folders of other users are read-only: their local changes are logged and reverted, never sent.
  const readOnly = plans.length > 0 ? readOnlyFolderIds(await deps.store.listFolders()) : new Set<string>();
  for (let start = 0; start < plans.length; start += PUSH_ROUND) await pushRound(deps, plans.slice(start, start + PUSH_ROUND), readOnly, report);
  return report;
}

async function pushRound(deps: PushDeps, plans: readonly PlannedPush[], readOnly: ReadonlySet<string>, report: PushReport): Promise<void> {
  const rows = await deps.store.getContacts(plans.map((plan) => plan.localId));
  const prepared: Prepared[] = [];
  for (const push of plans) {
    const row = rows.get(push.localId);
    if (row !== undefined && readOnly.has(row.folderId)) {
      report.failures += 1;
      report.conflicts += await settleReadOnly(deps.store, push, row, deps.clock.now());
      continue;
    }
    const ready = await prepare(deps, push, row);
    if (ready !== undefined) prepared.push(ready);
  }
  // One write call per wave: the remote runs a wave's batches in parallel, and every outcome is settled
  // before more is sent, so a call that fails outright leaves at most one wave to look up or re-merge.
  const plan = planBatches(prepared.map(({ write }) => (write.kind === 'create' ? {} : { key: write.id })));
  for (const wave of plan.waves) {
    const items = wave.flatMap((batch) => batch.indexes.map((index) => prepared[index] as Prepared));
    const results = await deps.remote.write(deps.mailbox ?? { kind: 'me' }, items.map((item) => item.write));
    for (const [index, item] of items.entries()) {
      const result = results[index];
      if (result === undefined || result.ok) await settleAcknowledged(deps, item, result?.contact, report);
      else await settleFailure(deps, item, result.error, report);
    }
    deps.onProgress?.({ phase: 'push', pages: 0, contacts: report.created + report.updated + report.deleted });
  }
}

/** The write for one contact, or undefined when nothing needs sending (settled on the spot). */
async function prepare(deps: PushDeps, push: PlannedPush, row: MirrorContact | undefined): Promise<Prepared | undefined> {
  if (row === undefined) {
    await deps.store.settle(push.localId, push.seqs, () => 'keep');
    return undefined;
  }
  const known = row.graphId ?? (await adoptLandedCreate(deps, row));
  const current = known === row.graphId ? row : await deps.store.getContact(row.localId);
  if (current === undefined) return undefined;
  if (push.intent.kind === 'delete' || push.intent.kind === 'none' || current.deleted === true) {
    // Held for Undo: the entries stay; the push after the window (or after the bar is dismissed) sends it.
    if (isDeleteHeld(current, deps.clock.now())) return undefined;
    // The original of a move goes only once its copy is in Graph with its photo (move-contact.ts).
    if (current.deleted === true && (await stepOfMovedOriginal(deps.store, push, current)) !== 'send-delete') return undefined;
    if (known === undefined) {
      await deps.store.settle(push.localId, push.seqs, () => undefined);
      return undefined;
    }
    if (!(await markDeleteSent(deps, current))) return undefined;
    return { push, row: current, write: { kind: 'delete', id: known } };
  }
  if (known === undefined || current.base === undefined) return prepareCreate(deps, push, current);
  const changes = changesToSend(current);
  if (Object.keys(changes).length === 0) {
    await settleNothingToSend(deps, push);
    return undefined;
  }
  // Recorded before sending: if the answer is lost, merges know these values may already be on the server.
  const sending: MirrorContact = { ...current, unconfirmed: [...(current.unconfirmed ?? []), changes] };
  await deps.store.settle(sending.localId, [], (latest) => latest && { ...latest, unconfirmed: sending.unconfirmed });
  return { push, row: sending, write: { kind: 'update', id: known, changes, ifMatchChangeKey: current.base!.changeKey } };
}

/**
 * Recorded before sending, in the store's transaction: from here on Undo is refused (the delete may land even if
 * its answer is lost). False when Undo withdrew the delete since the row was read: nothing is sent then.
 */
async function markDeleteSent(deps: PushDeps, read: MirrorContact): Promise<boolean> {
  let marked = false;
  await deps.store.settle(read.localId, [], (latest) => {
    if (latest === undefined || (read.deleted === true && latest.deleted !== true)) return 'keep';
    marked = true;
    return latest.deleteSent === true ? 'keep' : { ...latest, deleteSent: true };
  });
  return marked;
}

/**
 * The fields to PATCH: those differing from the base, plus those of an earlier send with an unknown outcome
 * (the base may be stale there: if that send landed, the stale changeKey makes the server refuse and we merge).
 */
function changesToSend(row: MirrorContact): Partial<ContactFields> {
  const changes: Record<string, unknown> = diffFields(row.base?.fields ?? {}, row.fields);
  for (const sent of row.unconfirmed ?? []) for (const field of Object.keys(sent)) changes[field] = row.fields[field as keyof ContactFields];
  return changes as Partial<ContactFields>;
}

async function prepareCreate(deps: PushDeps, push: PlannedPush, row: MirrorContact): Promise<Prepared> {
  const clientId = row.clientId ?? deps.newClientId();
  // Recorded before sending: if the answer is lost, the next drain looks this client id up first.
  await deps.store.settle(row.localId, [], (current) => current && { ...current, clientId, createAttempted: true });
  return { push, row: { ...row, clientId }, write: { kind: 'create', folderId: row.folderId, clientId, fields: row.fields } };
}

/**
 * A create sent before whose answer never came: if the server has it, adopt its id and base. Graph's delta
 * cannot carry our client id, so a pull may already have filed the same contact under its graph id: that
 * copy goes, and any edit or delete the user made on it is carried over.
 */
async function adoptLandedCreate(deps: PushDeps, row: MirrorContact): Promise<MirrorContact['graphId']> {
  if (row.createAttempted !== true || row.clientId === undefined) return undefined;
  const found = await deps.remote.findByClientId(deps.mailbox ?? { kind: 'me' }, row.clientId);
  if (found === undefined) return undefined;
  const duplicateId = localIdForGraph(found.id);
  const duplicate = duplicateId === row.localId ? undefined : await deps.store.getContact(duplicateId);
  const carried = duplicate?.localChangedAt === undefined ? {} : diffFields(duplicate.base?.fields ?? {}, duplicate.fields);
  await deps.store.settle(row.localId as LocalId, [], (current) =>
    current && {
      ...current,
      graphId: found.id,
      base: { changeKey: found.changeKey, fields: found.fields, lastModifiedDateTime: found.lastModifiedDateTime },
      fields: applyChanges(current.fields, carried),
      deleted: current.deleted === true || duplicate?.deleted === true,
      createAttempted: false,
      localChangedAt: Math.max(current.localChangedAt ?? 0, duplicate?.localChangedAt ?? 0) || deps.clock.now(),
    },
  );
  if (duplicate !== undefined) await deps.store.settle(duplicateId, [], () => undefined);
  return found.id;
}
