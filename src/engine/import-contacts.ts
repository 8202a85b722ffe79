// Imports drafts (from readCsvImport or readVCardImport) into the mirror: plans each row against the mirror
// (planImport) and applies the plan through the outbox, WRITE_BATCH rows per local transaction, so the
// contacts show at once and the push sends them later. A batch that fails is written again row by row, so
// one bad row fails alone and the report names it. Creates use the row's import key as client id: re-running an
// interrupted import skips what it already created, and the push's idempotent create never duplicates. A row's
// inline photo (vCard PHOTO) waits in the photo queue until the push has put its contact in Graph.
import type { GraphId } from '../core/contact/contact.js';
import { UserError } from '../core/errors.js';
import type { ImportDraft, ImportPhoto } from '../core/import/import-draft.js';
import { problemsOf } from '../core/import/import-draft.js';
import { clientIdForImport } from '../core/import/import-key.js';
import { importReportOf } from '../core/import/import-report.js';
import type { ImportReport, ImportRowResult } from '../core/import/import-report.js';
import { planImportSteps } from '../core/import/plan-import.js';
import type { ImportDecision, OnMatch } from '../core/import/plan-import.js';
import { formattedNameOf } from '../core/mapping/apply-vcard-mapping.js';
import type { ImportProblem } from '../core/import/import-draft.js';
import type { ContactReader } from '../ports/mirror-store.js';
import type { OutboxStore } from '../ports/outbox-store.js';
import type { PendingPhoto, PhotoQueue } from '../ports/photo-queue.js';
import { createChangeOf, editChangeOf } from './local-edits.js';
import type { KeyedChange } from '../ports/outbox-store.js';

/** Rows written per local transaction. */
export const WRITE_BATCH = 200;

export interface ImportContactsDeps {
  readonly store: Pick<ContactReader, 'listFolders' | 'allRows'> & OutboxStore;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  /** Lets the host breathe between slices of planning (a UI thread yields to input and paint); none in a command. */
  readonly pause?: () => Promise<void>;
  /** Where the rows' photos wait for upload; photos are not imported without it. */
  readonly photos?: Pick<PhotoQueue, 'queuePhotos'>;
}

/** Runs a sliced plan (planImportSteps) to its end, pausing between slices. */
export async function runSliced<T>(steps: Generator<void, T>, pause: (() => Promise<void>) | undefined): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (pause !== undefined) await pause();
  }
}

export interface ImportProgress {
  readonly done: number;
  readonly total: number;
}

export interface ImportRequest {
  readonly file: string;
  /** The file's identity (fileIdentityOf): it makes the rows' import keys. */
  readonly fileIdentity: string;
  readonly drafts: readonly ImportDraft[];
  /** Problems of the file as a whole, carried into the report. */
  readonly fileProblems?: readonly ImportProblem[];
  readonly onMatch: OnMatch;
  readonly folderId: GraphId;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Plans and reports what the import would do, writing nothing. */
  readonly dryRun?: boolean;
}

function changeOf(deps: ImportContactsDeps, decision: ImportDecision, folderId: GraphId): KeyedChange | undefined {
  if (decision.kind === 'create') return createChangeOf({ clientId: clientIdForImport(decision.key), folderId, fields: decision.fields, now: deps.now() });
  if (decision.kind === 'update') return editChangeOf(decision.localId, decision.fields, deps.now());
  return undefined;
}

function resultOf(decision: ImportDecision, written: boolean): ImportRowResult {
  const base = { row: decision.row };
  switch (decision.kind) {
    case 'rejected':
      return { ...base, outcome: 'rejected', reason: decision.reason };
    case 'skip':
      return { ...base, outcome: 'skipped', reason: decision.reason };
    case 'create':
      // A create that wrote nothing found its contact already made (by an earlier run): still created.
      return { ...base, outcome: 'created', name: formattedNameOf(decision.fields) };
    case 'update':
      return written ? { ...base, outcome: 'updated', name: formattedNameOf(decision.fields) } : { ...base, outcome: 'skipped', reason: 'the contact changed or went away meanwhile' };
  }
}

/** Writes a batch of decisions in one transaction; when that fails, row by row, each failure reported alone. */
async function applyBatch(deps: ImportContactsDeps, batch: readonly ImportDecision[], folderId: GraphId): Promise<readonly ImportRowResult[]> {
  const changes = batch.map((decision) => changeOf(deps, decision, folderId));
  const keyed = changes.filter((change) => change !== undefined);
  let entries: readonly unknown[];
  try {
    entries = keyed.length === 0 ? [] : await deps.store.enqueueMany(keyed);
  } catch {
    return rowByRow(deps, batch, folderId);
  }
  let next = 0;
  return batch.map((decision, index) => resultOf(decision, changes[index] === undefined || entries[next++] !== undefined));
}

async function applyDecision(deps: ImportContactsDeps, decision: ImportDecision, folderId: GraphId): Promise<ImportRowResult> {
  const keyed = changeOf(deps, decision, folderId);
  const entry = keyed === undefined ? undefined : await deps.store.enqueue(keyed.localId, keyed.change);
  return resultOf(decision, keyed === undefined || entry !== undefined);
}

async function rowByRow(deps: ImportContactsDeps, batch: readonly ImportDecision[], folderId: GraphId): Promise<readonly ImportRowResult[]> {
  const results: ImportRowResult[] = [];
  for (const decision of batch) {
    try {
      results.push(await applyDecision(deps, decision, folderId));
    } catch (error) {
      // One row's failed write does not stop the others; the report names it.
      results.push({ row: decision.row, outcome: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}

/**
 * The photos of the rows whose contact the batch created (also when an earlier run did: setting the same photo
 * again is harmless, and an interrupted run may not have sent it) or updated.
 */
function photosOf(photoByRow: ReadonlyMap<number, ImportPhoto>, batch: readonly ImportDecision[], results: readonly ImportRowResult[], at: number): PendingPhoto[] {
  const photos: PendingPhoto[] = [];
  batch.forEach((decision, index) => {
    if (decision.kind !== 'create' && decision.kind !== 'update') return;
    const outcome = results[index]?.outcome;
    if (outcome !== 'created' && outcome !== 'updated') return;
    const photo = photoByRow.get(decision.row);
    if (photo !== undefined) photos.push({ localId: decision.localId, bytes: photo.bytes, at });
  });
  return photos;
}

/** Plans and applies the import (or only plans it, for a dry run); answers the report. Throws UserError when the target folder cannot take contacts. */
export async function importContacts(deps: ImportContactsDeps, request: ImportRequest): Promise<ImportReport> {
  const folders = await deps.store.listFolders();
  const target = folders.find((folder) => folder.id === request.folderId);
  if (target === undefined || target.readOnly) {
    throw new UserError('The folder chosen for the import cannot take new contacts.', target === undefined ? 'The folder is not in your mailbox any more.' : `“${target.displayName}” is read-only.`, 'Choose one of your own contact folders.');
  }
  const choice = { onMatch: request.onMatch, folderId: request.folderId };
  const plan = await runSliced(planImportSteps(request.drafts, { rows: await deps.store.allRows(), folders }, choice, request.fileIdentity), deps.pause);
  const results: ImportRowResult[] = [];
  const photoByRow = new Map(request.drafts.flatMap((draft) => (draft.photo === undefined ? [] : [[draft.row, draft.photo] as const])));
  for (let start = 0; start < plan.length; start += WRITE_BATCH) {
    const batch = plan.slice(start, start + WRITE_BATCH);
    const done = request.dryRun === true ? batch.map((decision) => resultOf(decision, true)) : await applyBatch(deps, batch, request.folderId);
    if (request.dryRun !== true && deps.photos !== undefined) await deps.photos.queuePhotos(photosOf(photoByRow, batch, done, deps.now()));
    for (const result of done) results.push(result);
    request.onProgress?.({ done: results.length, total: plan.length });
  }
  return importReportOf(request.file, results, [...(request.fileProblems ?? []), ...problemsOf(request.drafts)]);
}
