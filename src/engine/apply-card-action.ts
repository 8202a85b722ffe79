// The executor of a CardDAV pairing plan: applies one action through the AddressBook port and the outbox
// (Outlook changes are local edits, sent to Graph by the normal push), and moves the link only when the action
// succeeded. A create stores its link as pending first, so a lost answer is adopted next time, never repeated
// as a second card or contact. A 412 leaves the link alone: the next run re-reads the card and merges.
import type { CardMapping } from '../core/carddav/card-text.js';
import { projectFields, readCard, writeCard } from '../core/carddav/card-text.js';
import type { CardSyncAction } from '../core/carddav/card-sync-action.js';
import type { Href, Uid } from '../core/carddav/card-link.js';
import type { ContactFields, GraphId } from '../core/contact/contact.js';
import { applyChanges, diffFields } from '../core/contact/diff-fields.js';
import { ConflictError } from '../core/errors.js';
import { localIdForClient } from '../core/sync/mirror-contact.js';
import type { AddressBook, CardBody, CardVersion } from '../ports/address-book.js';
import type { CardLinkStore } from '../ports/card-link-store.js';
import type { ContactReader } from '../ports/mirror-store.js';
import type { OutboxStore } from '../ports/outbox-store.js';
import { createContact, deleteContact, editContact } from './local-edits.js';

export interface CardActionDeps {
  readonly book: AddressBook;
  readonly bookHref: Href;
  readonly contacts: ContactReader;
  readonly outbox: OutboxStore;
  readonly links: CardLinkStore;
  readonly folderId: GraphId;
  readonly mapping: CardMapping;
  readonly now: () => number;
  /** Bodies read this run, by href: an update keeps the card's unknown properties from them. */
  readonly bodies: ReadonlyMap<Href, CardBody>;
}

export interface SideCounts {
  created: number;
  updated: number;
  deleted: number;
}

export interface ActionCounts {
  readonly outlook: SideCounts;
  readonly carddav: SideCounts;
}

async function bodyAt(deps: CardActionDeps, href: Href): Promise<CardBody | undefined> {
  return deps.bodies.get(href) ?? (await deps.book.getCards(deps.bookHref, [href]))[0];
}

/** Creates the card; when one is there already under our UID (a lost answer), that card is ours. */
export async function createCardOrAdopt(deps: CardActionDeps, uid: Uid, href: Href, fields: ContactFields): Promise<CardVersion> {
  try {
    return await deps.book.createCard(deps.bookHref, uid, writeCard(fields, uid, deps.mapping, deps.now()));
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const there = await bodyAt(deps, href);
    if (there === undefined || readCard(there.text, deps.mapping)?.uid !== uid) throw error;
    return there;
  }
}

async function writeCardUpdate(deps: CardActionDeps, href: Href, uid: Uid, etag: string, fields: ContactFields): Promise<string> {
  const current = await bodyAt(deps, href);
  if (current === undefined || current.etag !== etag) throw new ConflictError(`The card ${JSON.stringify(href)} changed while this run read it.`, { status: 412 });
  const previous = readCard(current.text, deps.mapping)?.properties ?? [];
  return (await deps.book.updateCard(href, etag, writeCard(fields, uid, deps.mapping, deps.now(), previous))).etag;
}

/** Lays the merged mapped fields over the Outlook contact: fields the mapping does not carry stay as they are. */
async function writeContactUpdate(deps: CardActionDeps, localId: Parameters<ContactReader['getContact']>[0], fields: ContactFields): Promise<void> {
  const row = await deps.contacts.getContact(localId);
  if (row === undefined || row.deleted === true) return;
  const next = applyChanges(row.fields, diffFields(projectFields(row.fields, deps.mapping), fields));
  await editContact(deps.outbox, localId, next, deps.now());
}

export async function applyCardAction(deps: CardActionDeps, action: CardSyncAction, counts: ActionCounts): Promise<void> {
  switch (action.kind) {
    case 'create-card': {
      await deps.links.putLink({ localId: action.localId, uid: action.uid, href: action.href, pending: 'card' });
      const version = await createCardOrAdopt(deps, action.uid, action.href, action.fields);
      await deps.links.putLink({ localId: action.localId, uid: action.uid, href: version.href, etag: version.etag, base: action.fields });
      counts.carddav.created += 1;
      return;
    }
    case 'create-contact': {
      const localId = localIdForClient(action.clientId);
      const link = { localId, uid: action.uid, href: action.href, etag: action.etag, base: action.fields };
      await deps.links.putLink({ ...link, pending: 'contact' });
      await createContact(deps.outbox, { clientId: action.clientId, folderId: deps.folderId, fields: action.fields, now: deps.now() });
      await deps.links.putLink(link);
      counts.outlook.created += 1;
      return;
    }
    case 'update': {
      const { link } = action;
      const etag = action.toCard ? await writeCardUpdate(deps, link.href, link.uid, action.cardEtag, action.fields) : action.cardEtag;
      if (action.toContact) await writeContactUpdate(deps, link.localId, action.fields);
      await deps.links.putLink({ localId: link.localId, uid: link.uid, href: link.href, etag, base: action.fields });
      if (action.toCard) counts.carddav.updated += 1;
      if (action.toContact) counts.outlook.updated += 1;
      return;
    }
    case 'delete-card':
      await deps.book.deleteCard(action.link.href, action.link.etag ?? '');
      await deps.links.removeLink(action.link.localId);
      counts.carddav.deleted += 1;
      return;
    case 'delete-contact':
      await deleteContact(deps.outbox, action.link.localId, deps.now());
      await deps.links.removeLink(action.link.localId);
      counts.outlook.deleted += 1;
      return;
    case 'forget':
      await deps.links.removeLink(action.link.localId);
      return;
  }
}
