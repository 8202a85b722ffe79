// One run of a CardDAV pairing: the book's changes since the stored cursor (a full listing when the cursor
// expired), the bodies of what changed, the paired Outlook folder from the mirror, the pure plan
// (planCardSync) and its actions applied one by one. A safety stop changes nothing. The cursor moves only
// when every action succeeded, so a failed one is listed and tried again next run.
import type { CardItem, CardSide, CardSyncAction, OutlookItem, SafetyStop } from '../core/carddav/card-sync-action.js';
import type { ConflictPolicy, Href, SyncDirection } from '../core/carddav/card-link.js';
import { projectFields, readCard } from '../core/carddav/card-text.js';
import type { CardMapping } from '../core/carddav/card-text.js';
import { DEFAULT_MAX_DELETE_SHARE } from '../core/carddav/safety-stop.js';
import { planCardSync } from '../core/carddav/plan-card-sync.js';
import type { GraphId } from '../core/contact/contact.js';
import { AuthError, DeltaExpiredError } from '../core/errors.js';
import { parseIsoTimestamp } from '../core/sync/iso-timestamp.js';
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import type { AddressBook, BookChanges, CardBody } from '../ports/address-book.js';
import type { CardLinkStore } from '../ports/card-link-store.js';
import type { Clock } from '../ports/clock.js';
import type { IdSource } from '../ports/id-source.js';
import type { ContactReader } from '../ports/mirror-store.js';
import type { OutboxStore } from '../ports/outbox-store.js';
import { applyCardAction } from './apply-card-action.js';
import { applyCardCreates } from './apply-card-creates.js';
import type { ActionCounts } from './apply-card-action.js';

export interface CardDavSyncDeps {
  readonly book: AddressBook;
  readonly bookHref: Href;
  readonly store: ContactReader & OutboxStore;
  readonly links: CardLinkStore;
  readonly clock: Clock;
  readonly newClientId: IdSource;
  readonly folderId: GraphId;
  readonly mapping: CardMapping;
  readonly policy?: ConflictPolicy;
  readonly direction?: SyncDirection;
  readonly maxDeleteShare?: number;
  readonly allowDeletes?: boolean;
  /** Told how many of the plan's actions were applied, before the first and after each. */
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

export interface CardDavFailure {
  readonly action: string;
  readonly target: string;
  readonly message: string;
}

export interface CardDavSyncReport extends ActionCounts {
  readonly conflicts: number;
  readonly failures: readonly CardDavFailure[];
  /** Set when the run stopped before deleting too much: nothing was changed. */
  readonly stopped?: SafetyStop;
  /** The cursor had expired and the book was listed in full. */
  readonly resynced: boolean;
}

async function listChanges(deps: CardDavSyncDeps, cursor: string | undefined): Promise<{ changes: BookChanges; resynced: boolean }> {
  try {
    return { changes: await deps.book.changesSince(deps.bookHref, cursor), resynced: false };
  } catch (error) {
    if (!(error instanceof DeltaExpiredError) || cursor === undefined) throw error;
    return { changes: await deps.book.changesSince(deps.bookHref), resynced: true };
  }
}

function cardItemOf(body: CardBody, deps: CardDavSyncDeps): CardItem | undefined {
  const card = readCard(body.text, deps.mapping);
  if (card === undefined) return undefined;
  return { href: body.href, etag: body.etag, uid: card.uid, fields: card.fields, changedAt: card.revisedAt ?? deps.clock.now() };
}

function outlookItemOf(row: MirrorContact, deps: CardDavSyncDeps): OutlookItem {
  const serverTime = row.base === undefined ? Number.NaN : parseIsoTimestamp(row.base.lastModifiedDateTime);
  const changedAt = row.localChangedAt ?? (Number.isNaN(serverTime) ? deps.clock.now() : serverTime);
  return { localId: row.localId, fields: projectFields(row.fields, deps.mapping), changedAt };
}

async function readCardSide(deps: CardDavSyncDeps, changes: BookChanges, etags: ReadonlyMap<Href, string | undefined>): Promise<{ side: CardSide; bodies: Map<Href, CardBody> }> {
  const toRead = changes.changed.filter((card) => etags.get(card.href) !== card.etag).map((card) => card.href);
  const bodies = new Map((await deps.book.getCards(deps.bookHref, toRead)).map((body) => [body.href, body]));
  const read = new Map<Href, CardItem>();
  for (const body of bodies.values()) {
    const item = cardItemOf(body, deps);
    if (item !== undefined) read.set(body.href, item);
  }
  const side: CardSide = { complete: changes.complete, listed: new Set(changes.changed.map((card) => card.href)), read, removed: new Set(changes.removed) };
  return { side, bodies };
}

const emptyCounts = (): ActionCounts => ({ outlook: { created: 0, updated: 0, deleted: 0 }, carddav: { created: 0, updated: 0, deleted: 0 } });

export async function runCardDavSync(deps: CardDavSyncDeps): Promise<CardDavSyncReport> {
  const state = await deps.links.load();
  const { changes, resynced } = await listChanges(deps, state.cursor);
  const { side, bodies } = await readCardSide(deps, changes, new Map(state.links.map((link) => [link.href, link.etag])));
  const rows = await deps.store.listContacts({ folderId: deps.folderId });
  const outlook = new Map<LocalId, OutlookItem>(rows.map((row) => [row.localId, outlookItemOf(row, deps)]));
  const plan = planCardSync({
    links: state.links,
    outlook,
    cards: side,
    policy: deps.policy ?? 'newest',
    direction: deps.direction ?? 'two-way',
    now: deps.clock.now(),
    newClientId: deps.newClientId,
    hrefFor: (uid) => deps.book.hrefFor(deps.bookHref, uid),
    maxDeleteShare: deps.maxDeleteShare ?? DEFAULT_MAX_DELETE_SHARE,
    allowDeletes: deps.allowDeletes,
  });
  const counts = emptyCounts();
  if (plan.stop !== undefined) return { ...counts, conflicts: 0, failures: [], stopped: plan.stop, resynced };
  const actionDeps = { book: deps.book, bookHref: deps.bookHref, contacts: deps.store, outbox: deps.store, links: deps.links, folderId: deps.folderId, mapping: deps.mapping, now: () => deps.clock.now(), bodies };
  const failures: CardDavFailure[] = [];
  const failed = (action: CardSyncAction, error: unknown): void => {
    const target = action.kind === 'create-card' || action.kind === 'create-contact' ? action.href : action.link.href;
    failures.push({ action: action.kind, target, message: error instanceof Error ? error.message : String(error) });
  };
  const total = plan.actions.length;
  let done = 0;
  const applied = (count: number): void => {
    done += count;
    deps.onProgress?.({ done, total });
  };
  deps.onProgress?.({ done, total });
  // The plan's other actions first, in order: a 'forget' of a link comes before the create that replaces it.
  for (const action of plan.actions.filter((each) => each.kind !== 'create-card' && each.kind !== 'create-contact')) {
    try {
      await applyCardAction(actionDeps, action, counts);
    } catch (error) {
      if (error instanceof AuthError) throw error;
      failed(action, error);
    }
    applied(1);
  }
  for (const { action, error } of await applyCardCreates(actionDeps, plan.actions, counts, applied)) failed(action, error);
  for (const conflict of plan.conflicts) await deps.store.settle(conflict.localId, [], () => 'keep', [conflict]);
  if (failures.length === 0) await deps.links.setCursor(changes.cursor);
  return { ...counts, conflicts: plan.conflicts.length, failures, resynced };
}
