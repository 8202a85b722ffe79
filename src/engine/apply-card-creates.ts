// The creates of a CardDAV pairing plan, applied in chunks: a first pull of a large book makes thousands of
// Outlook contacts, a first push thousands of cards, and one link-table write per create would make the run
// quadratic. Each chunk keeps the order that makes a lost answer safe (see apply-card-action.ts): its links
// are stored as pending in one write, then the creates run (the contacts in one outbox transaction, the cards
// a few PUTs at a time), then the links of what succeeded are confirmed in one write.
import type { CardLink } from '../core/carddav/card-link.js';
import type { CardSyncAction } from '../core/carddav/card-sync-action.js';
import { AuthError } from '../core/errors.js';
import { localIdForClient } from '../core/sync/mirror-contact.js';
import { createCardOrAdopt } from './apply-card-action.js';
import type { ActionCounts, CardActionDeps } from './apply-card-action.js';
import { createChangeOf } from './local-edits.js';

/** Creates per link-table write: each write stores the whole table, so fewer, larger chunks cost less. */
export const CREATE_CHUNK = 1000;
/** Card PUTs in flight at once: each is a conditional create of its own href, so their order does not matter. */
export const CARD_WRITE_PARALLEL = 4;

type CreateCard = Extract<CardSyncAction, { kind: 'create-card' }>;
type CreateContact = Extract<CardSyncAction, { kind: 'create-contact' }>;

export interface CreateFailure {
  readonly action: CardSyncAction;
  readonly error: unknown;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CREATE_CHUNK) out.push(items.slice(start, start + CREATE_CHUNK));
  return out;
}

async function createContacts(deps: CardActionDeps, chunk: readonly CreateContact[], counts: ActionCounts): Promise<void> {
  const links = chunk.map((action): CardLink => ({ localId: localIdForClient(action.clientId), uid: action.uid, href: action.href, etag: action.etag, base: action.fields }));
  await deps.links.putLinks(links.map((link) => ({ ...link, pending: 'contact' })));
  await deps.outbox.enqueueMany(chunk.map((action) => createChangeOf({ clientId: action.clientId, folderId: deps.folderId, fields: action.fields, now: deps.now() })));
  await deps.links.putLinks(links);
  counts.outlook.created += chunk.length;
}

async function createCards(deps: CardActionDeps, chunk: readonly CreateCard[], counts: ActionCounts, failures: CreateFailure[]): Promise<void> {
  await deps.links.putLinks(chunk.map((action) => ({ localId: action.localId, uid: action.uid, href: action.href, pending: 'card' })));
  const made: { action: CreateCard; link: CardLink }[] = [];
  let refused: AuthError | undefined;
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let action = chunk[next++]; action !== undefined && refused === undefined; action = chunk[next++]) {
      try {
        const version = await createCardOrAdopt(deps, action.uid, action.href, action.fields);
        made.push({ action, link: { localId: action.localId, uid: action.uid, href: version.href, etag: version.etag, base: action.fields } });
      } catch (error) {
        if (error instanceof AuthError) refused = error;
        else failures.push({ action, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CARD_WRITE_PARALLEL, chunk.length) }, worker));
  try {
    await deps.links.putLinks(made.map((each) => each.link));
    counts.carddav.created += made.length;
  } catch (error) {
    failures.push(...made.map(({ action }) => ({ action, error })));
  }
  if (refused !== undefined) throw refused;
}

/**
 * Applies the plan's create actions. A chunk whose link or outbox write fails is reported whole; a card
 * whose PUT fails is reported alone (its pending link makes the next run look for it before creating again).
 */
/** `onApplied` is told how many creates each chunk settled (made or failed), for a run's progress. */
export async function applyCardCreates(deps: CardActionDeps, actions: readonly CardSyncAction[], counts: ActionCounts, onApplied?: (count: number) => void): Promise<CreateFailure[]> {
  const failures: CreateFailure[] = [];
  const contacts = actions.filter((action): action is CreateContact => action.kind === 'create-contact');
  const cards = actions.filter((action): action is CreateCard => action.kind === 'create-card');
  for (const chunk of chunks(contacts)) {
    try {
      await createContacts(deps, chunk, counts);
    } catch (error) {
      if (error instanceof AuthError) throw error;
      failures.push(...chunk.map((action) => ({ action, error })));
    }
    onApplied?.(chunk.length);
  }
  for (const chunk of chunks(cards)) {
    try {
      await createCards(deps, chunk, counts, failures);
    } catch (error) {
      // A refused credential ends the run (the cards made so far are confirmed); otherwise the pending-link write
      // failed and no card of the chunk was written.
      if (error instanceof AuthError) throw error;
      failures.push(...chunk.map((action) => ({ action, error })));
    }
    onApplied?.(chunk.length);
  }
  return failures;
}
