// The decision table of a CardDAV pairing (vdirsyncer's sync table, with the Graph outbox's field-by-field
// merge): each link's base against the Outlook contact and the card. One-sided changes flow, changes on both
// sides merge field by field (mergeContact), true conflicts follow the pairing's policy and are logged.
// Local = Outlook, remote = CardDAV throughout, as in the conflict log.
import type { ClientId, ContactFields } from '../contact/contact.js';
import { changedFieldNames } from '../contact/diff-fields.js';
import type { ConflictEntry } from '../sync/conflict-entry.js';
import { mergeContact } from '../sync/merge-contact.js';
import type { LocalId } from '../sync/mirror-contact.js';
import { uidFor } from './card-link.js';
import type { CardLink, ConflictPolicy, Href, SyncDirection, Uid } from './card-link.js';
import type { CardItem, CardSide, CardSyncAction, CardSyncPlan, OutlookItem } from './card-sync-action.js';
import { safetyStopOf } from './safety-stop.js';

export interface CardSyncInput {
  readonly links: readonly CardLink[];
  readonly outlook: ReadonlyMap<LocalId, OutlookItem>;
  readonly cards: CardSide;
  readonly policy: ConflictPolicy;
  readonly direction: SyncDirection;
  /** Milliseconds since the epoch: stamps the conflict entries. */
  readonly now: number;
  readonly newClientId: () => ClientId;
  readonly hrefFor: (uid: Uid) => Href;
  /** The share of a side one run may delete before it stops and asks (0.2 = 20%). */
  readonly maxDeleteShare: number;
  /** The user agreed to the deletes of a stopped run. */
  readonly allowDeletes?: boolean;
}

type Side = 'same' | 'changed' | 'gone';

interface Decided {
  readonly actions: CardSyncAction[];
  readonly conflicts: ConflictEntry[];
}

const sameFields = (a: ContactFields, b: ContactFields): boolean => changedFieldNames(a, b).length === 0;

function cardOf(link: CardLink, side: CardSide): CardItem | 'gone' | 'unread' {
  const card = side.read.get(link.href);
  if (card !== undefined) return card;
  return (side.complete ? !side.listed.has(link.href) : side.removed.has(link.href)) ? 'gone' : 'unread';
}

function timesOf(policy: ConflictPolicy, outlook: OutlookItem, card: CardItem): { localChangedAt: number; remoteChangedAt: number } {
  if (policy === 'outlook') return { localChangedAt: 1, remoteChangedAt: 0 };
  if (policy === 'carddav') return { localChangedAt: 0, remoteChangedAt: 1 };
  return { localChangedAt: outlook.changedAt, remoteChangedAt: card.changedAt };
}

function merged(link: CardLink & { base: ContactFields }, outlook: OutlookItem, card: CardItem, input: CardSyncInput): Decided {
  const result = mergeContact(link.base, outlook.fields, card.fields, timesOf(input.policy, outlook, card));
  const conflicts = result.conflicts.map((conflict): ConflictEntry => ({ localId: link.localId, reason: 'both-changed', at: input.now, ...conflict }));
  const action: CardSyncAction = {
    kind: 'update',
    link,
    fields: result.fields,
    toCard: !sameFields(result.fields, card.fields),
    toContact: !sameFields(result.fields, outlook.fields),
    cardEtag: card.etag,
  };
  return { actions: [action], conflicts };
}

function recreateContact(link: CardLink, fields: ContactFields, etag: string, input: CardSyncInput): CardSyncAction[] {
  return [{ kind: 'forget', link }, { kind: 'create-contact', href: link.href, uid: link.uid, etag, fields, clientId: input.newClientId() }];
}

/** One agreed link against both sides: the table. */
function decideAgreed(link: CardLink & { base: ContactFields; etag: string }, outlook: OutlookItem | undefined, card: CardItem | 'gone' | 'unread', input: CardSyncInput): Decided {
  const none: Decided = { actions: [], conflicts: [] };
  let o: Side = outlook === undefined ? 'gone' : sameFields(link.base, outlook.fields) ? 'same' : 'changed';
  let c: Side = card === 'gone' ? 'gone' : card === 'unread' || sameFields(link.base, card.fields) ? 'same' : 'changed';
  if (input.direction === 'to-carddav' && c === 'changed') c = 'same';
  if (input.direction === 'to-outlook' && o === 'changed') o = 'same';
  const current: CardItem = typeof card === 'object' ? card : { href: link.href, etag: link.etag, uid: link.uid, fields: link.base, changedAt: 0 };
  const relink = current.etag !== link.etag ? [{ kind: 'update', link, fields: link.base, toCard: false, toContact: false, cardEtag: current.etag } as const] : [];
  if (o === 'same' && c === 'same') return { actions: relink, conflicts: [] };
  if (o === 'gone' && c === 'gone') return { actions: [{ kind: 'forget', link }], conflicts: [] };
  if (o === 'gone' && c === 'same') return input.direction === 'to-outlook' ? { actions: recreateContact(link, current.fields, current.etag, input), conflicts: [] } : { actions: [{ kind: 'delete-card', link: { ...link, etag: current.etag } }], conflicts: [] };
  if (o === 'gone') return { actions: recreateContact(link, current.fields, current.etag, input), conflicts: [] };
  if (outlook === undefined) return none;
  if (c === 'gone' && o === 'same' && input.direction !== 'to-carddav') return { actions: [{ kind: 'delete-contact', link }], conflicts: [] };
  if (c === 'gone') return { actions: [{ kind: 'forget', link }, createCard(outlook, link.uid, link.href)], conflicts: [] };
  if (c === 'same') return { actions: [{ kind: 'update', link, fields: outlook.fields, toCard: true, toContact: false, cardEtag: current.etag }], conflicts: [] };
  if (o === 'same') return { actions: [{ kind: 'update', link, fields: current.fields, toCard: false, toContact: true, cardEtag: current.etag }], conflicts: [] };
  return merged(link, outlook, current, input);
}

function createCard(outlook: OutlookItem, uid: Uid, href: Href): CardSyncAction {
  return { kind: 'create-card', localId: outlook.localId, uid, href, fields: outlook.fields };
}

/** A link whose create is unconfirmed: adopt what arrived, or create again under the same UID or local id. */
function decideLink(link: CardLink, input: CardSyncInput): Decided {
  const outlook = input.outlook.get(link.localId);
  const card = cardOf(link, input.cards);
  if (link.pending === 'card' || link.base === undefined || link.etag === undefined) {
    // An empty agreed ETag makes the plan store the adopted card's link even when nothing else changes.
    if (typeof card === 'object') return decideAgreed({ ...link, base: card.fields, etag: '' }, outlook, card, input);
    if (outlook === undefined) return { actions: [{ kind: 'forget', link }], conflicts: [] };
    return { actions: [createCard(outlook, link.uid, link.href)], conflicts: [] };
  }
  if (link.pending === 'contact' && outlook === undefined) {
    if (card === 'gone') return { actions: [{ kind: 'forget', link }], conflicts: [] };
    const fields = typeof card === 'object' ? card.fields : link.base;
    const etag = typeof card === 'object' ? card.etag : link.etag;
    return { actions: [{ kind: 'create-contact', href: link.href, uid: link.uid, etag, fields, clientId: link.localId.slice(2) as ClientId }], conflicts: [] };
  }
  return decideAgreed({ ...link, base: link.base, etag: link.etag }, outlook, card, input);
}

/** Contacts and cards no link names yet: each is created on the other side (a card made for a contact is adopted). */
function decideUnlinked(input: CardSyncInput): Decided {
  const linkedIds = new Set(input.links.map((link) => link.localId));
  const linkedHrefs = new Set(input.links.map((link) => link.href));
  const unlinkedCards = new Map([...input.cards.read.values()].filter((card) => !linkedHrefs.has(card.href)).map((card) => [card.href, card]));
  const actions: CardSyncAction[] = [];
  for (const outlook of input.outlook.values()) {
    if (linkedIds.has(outlook.localId) || input.direction === 'to-outlook') continue;
    const uid = uidFor(outlook.localId);
    const href = input.hrefFor(uid);
    const made = unlinkedCards.get(href);
    if (made === undefined) actions.push(createCard(outlook, uid, href));
    else {
      unlinkedCards.delete(href);
      const link: CardLink = { localId: outlook.localId, uid, href, etag: made.etag, base: made.fields };
      actions.push({ kind: 'update', link, fields: outlook.fields, toCard: !sameFields(outlook.fields, made.fields), toContact: false, cardEtag: made.etag });
    }
  }
  if (input.direction !== 'to-carddav') {
    for (const card of unlinkedCards.values()) {
      actions.push({ kind: 'create-contact', href: card.href, uid: card.uid ?? (card.href as string as Uid), etag: card.etag, fields: card.fields, clientId: input.newClientId() });
    }
  }
  return { actions, conflicts: [] };
}

export function planCardSync(input: CardSyncInput): CardSyncPlan {
  const decided = [...input.links.map((link) => decideLink(link, input)), decideUnlinked(input)];
  const actions = decided.flatMap((entry) => entry.actions);
  const conflicts = decided.flatMap((entry) => entry.conflicts);
  const stop = input.allowDeletes === true ? undefined : safetyStopOf(actions, input);
  return stop === undefined ? { actions, conflicts } : { actions: [], conflicts: [], stop };
}
