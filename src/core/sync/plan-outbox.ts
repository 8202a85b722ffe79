// Turns the outbox into writes: entries ordered per contact and coalesced (create+edit is a create with the
// final fields, edit+delete a delete, create+delete nothing). Grouping writes into batches is planBatches' job.
import type { ContactFieldName } from '../contact/contact.js';
import type { LocalId } from './mirror-contact.js';
import type { OutboxEntry } from './outbox-entry.js';

export type PushIntent =
  | { readonly kind: 'create' }
  | { readonly kind: 'update'; readonly fields: readonly ContactFieldName[] }
  | { readonly kind: 'delete' }
  /** Created and deleted before the server heard of it: only the entries go. */
  | { readonly kind: 'none' };

export interface PlannedPush {
  readonly localId: LocalId;
  readonly intent: PushIntent;
  /** The entries this push settles, in order. */
  readonly seqs: readonly number[];
}

/** One intent per contact, in the order of each contact's first entry. */
export function planOutbox(entries: readonly OutboxEntry[]): PlannedPush[] {
  const byContact = new Map<LocalId, OutboxEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    const list = byContact.get(entry.localId) ?? [];
    list.push(entry);
    byContact.set(entry.localId, list);
  }
  return [...byContact].map(([localId, list]) => ({ localId, intent: coalesce(list), seqs: list.map((entry) => entry.seq) }));
}

function coalesce(entries: readonly OutboxEntry[]): PushIntent {
  let intent: PushIntent | undefined;
  for (const { op } of entries) {
    if (op.kind === 'create') intent = { kind: 'create' };
    else if (op.kind === 'delete') intent = intent?.kind === 'create' || intent?.kind === 'none' ? { kind: 'none' } : { kind: 'delete' };
    else if (intent === undefined) intent = { kind: 'update', fields: op.fields };
    else if (intent.kind === 'update') intent = { kind: 'update', fields: [...new Set([...intent.fields, ...op.fields])] };
  }
  return intent ?? { kind: 'none' };
}
