// Contact writes as planned JSON batches. When a batch holding creates loses its connection (no answer, so
// the creates may or may not have happened), each create is looked up by its client id (one batch of GETs)
// and only those not found are sent again: a dropped answer never duplicates a contact.
import { planBatches } from '../../core/sync/plan-batches.js';
import type { MailboxRef, RemoteWrite, RemoteWriteResult } from '../../ports/contacts-remote.js';
import { runBatch } from './batch.js';
import type { BatchOutcome, BatchRequest, BatchRunner } from './batch.js';
import { CLIENT_ID_PROPERTY_ID, CONTACT_READ_QUERY, createToGraph, patchToGraph, remoteContactFromGraph } from './contact-json.js';
import type { GraphContactJson } from './contact-json.js';
import { mailboxKey, mailboxPath, odataString, segment } from './mailbox-path.js';

export async function writeContacts(runner: BatchRunner, mailbox: MailboxRef, writes: readonly RemoteWrite[]): Promise<RemoteWriteResult[]> {
  const root = mailboxPath(mailbox);
  const key = mailboxKey(mailbox);
  const results: RemoteWriteResult[] = [];
  const plan = planBatches(writes.map((w) => (w.kind === 'create' ? {} : { key: w.id })));
  for (const wave of plan.waves) {
    await Promise.all(
      wave.map(async (batch) => {
        const batchWrites = batch.indexes.map((i) => writes[i] as RemoteWrite);
        const outcomes = await sendWrites(runner, root, key, batchWrites);
        batch.indexes.forEach((index, position) => {
          results[index] = toResult(runner, batchWrites[position] as RemoteWrite, outcomes[position] as BatchOutcome);
        });
      }),
    );
  }
  return results;
}

const unanswered = (outcome: BatchOutcome | undefined): boolean => outcome?.error !== undefined && outcome.error.status === 0;

async function sendWrites(runner: BatchRunner, root: string, key: string, writes: readonly RemoteWrite[]): Promise<BatchOutcome[]> {
  const outcomes = [...(await runBatch(runner, key, writes.map((w) => toBatchRequest(root, w))))];
  const lost = writes.flatMap((w, i) => (w.kind === 'create' && unanswered(outcomes[i]) ? [i] : []));
  if (lost.length === 0) return outcomes;
  const lookups = await runBatch(runner, key, lost.map((i) => lookupRequest(root, writes[i] as Extract<RemoteWrite, { kind: 'create' }>)));
  const resend: number[] = [];
  lost.forEach((index, position) => {
    const found = (lookups[position]?.body as { value?: unknown } | undefined)?.value;
    const first = Array.isArray(found) ? (found[0] as GraphContactJson | undefined) : undefined;
    if (lookups[position]?.status === 200 && first !== undefined) outcomes[index] = { status: 201, headers: {}, body: first };
    else if (lookups[position]?.status === 200) resend.push(index);
  });
  if (resend.length === 0) return outcomes;
  const again = await runBatch(runner, key, resend.map((i) => toBatchRequest(root, writes[i] as RemoteWrite)));
  resend.forEach((index, position) => {
    outcomes[index] = again[position] as BatchOutcome;
  });
  return outcomes;
}

function lookupRequest(root: string, write: Extract<RemoteWrite, { kind: 'create' }>): BatchRequest {
  const filter = `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(CLIENT_ID_PROPERTY_ID)} and ep/value eq ${odataString(write.clientId)})`;
  const folder = write.folderId === undefined ? `${root}/contacts` : `${root}/contactFolders/${segment(write.folderId)}/contacts`;
  return { method: 'GET', url: `${folder}?$filter=${encodeURIComponent(filter)}&${CONTACT_READ_QUERY}` };
}

function toResult(runner: BatchRunner, write: RemoteWrite, outcome: BatchOutcome): RemoteWriteResult {
  if (outcome.error !== undefined) return { ok: false, error: outcome.error };
  if (outcome.status < 200 || outcome.status >= 300) {
    const action = write.kind === 'create' ? `creating the contact with client id ${write.clientId}` : `${write.kind === 'update' ? 'updating' : 'deleting'} contact ${write.id}`;
    return { ok: false, error: runner.client.errorFrom({ status: outcome.status, headers: outcome.headers, body: outcome.body }, { action }) };
  }
  if (write.kind === 'delete' || typeof outcome.body !== 'object' || outcome.body === null) return { ok: true };
  const contact = remoteContactFromGraph(outcome.body as GraphContactJson);
  return { ok: true, contact: write.kind === 'create' ? { ...contact, clientId: write.clientId } : contact };
}

function toBatchRequest(root: string, write: RemoteWrite): BatchRequest {
  switch (write.kind) {
    case 'create':
      return {
        method: 'POST',
        url: write.folderId === undefined ? `${root}/contacts` : `${root}/contactFolders/${segment(write.folderId)}/contacts`,
        body: createToGraph(write.fields, write.clientId),
      };
    case 'update':
      return {
        method: 'PATCH',
        url: `${root}/contacts/${segment(write.id)}`,
        body: patchToGraph(write.changes),
        ...(write.ifMatchChangeKey === undefined ? {} : { headers: { 'If-Match': `W/"${write.ifMatchChangeKey}"` } }),
      };
    case 'delete':
      return { method: 'DELETE', url: `${root}/contacts/${segment(write.id)}` };
  }
}
