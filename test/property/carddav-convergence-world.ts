// The three sides of a CardDAV pairing as the convergence model edits them, each by contact name: the pane
// (local edits through the outbox of the mirror), Outlook (another Graph client, on the emulator) and the
// address book (another CardDAV client, plain HTTP to Radicale). Faults are queued per protocol: CardDAV
// answers and dropped connections through the world's fetch hook, Graph faults through the control API, on the
// batch endpoint the pane sends through (so the other clients' requests are not hit).
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContactFields, GraphId } from '../../src/core/contact/contact.js';
import { revText } from '../../src/core/carddav/card-text.js';
import type { LocalId } from '../../src/core/sync/mirror-contact.js';
import { createContact, deleteContact, editContact } from '../../src/engine/local-edits.js';
import { aCardDavWorld } from '../integration/carddav-world.js';
import type { CardDavFault, CardDavWorld } from '../integration/carddav-world.js';
import type { RadicaleServer } from '../support/start-radicale.js';

export type Side = 'pane' | 'outlook' | 'carddav';
/** The fields the model edits: carried by the vCard 3.0 mapping, each edit writes a value never used before. */
export type EditedField = 'jobTitle' | 'companyName' | 'categories';
export type DavFaultKind = '503' | '429' | '500' | 'drop-before' | 'drop-after';

const CARD_PROPERTY: Record<EditedField, string> = { jobTitle: 'TITLE', companyName: 'ORG', categories: 'CATEGORIES' };

export interface PairingSides {
  readonly world: CardDavWorld;
  /** The names each side holds now (the pane: the mirror's rows of the paired folder). */
  names(side: Side): Promise<string[]>;
  create(side: Side, name: string, fields: ContactFields): Promise<void>;
  /** Sets one field of the contact named `name`; false when that side does not hold it. `withRev: false` leaves a card without REV, as some clients write it. */
  edit(side: Side, name: string, field: EditedField, value: string, withRev?: boolean): Promise<boolean>;
  remove(side: Side, name: string): Promise<boolean>;
  /** The next `count` CardDAV requests meet `kind`. */
  davFault(kind: DavFaultKind, count: number): void;
  /** Radicale forgets every sync-token of the book (its token cache is removed). */
  forgetSyncTokens(): Promise<void>;
  graphFault(kind: 'throttle' | 'lose-write' | 'expire-delta', count: number): Promise<void>;
  quiet(): Promise<void>;
}

const davResponse = (kind: DavFaultKind): Response | 'drop-before' | 'drop-after' => {
  if (kind === 'drop-before' || kind === 'drop-after') return kind;
  return new Response('trouble', { status: Number(kind), headers: kind === '500' ? {} : { 'Retry-After': '1' } });
};

/** `text` with the property carrying `field` set to `value`, and REV stamped now or dropped, as CardDAV clients write it. */
function editedCard(text: string, field: EditedField, value: string, now: number, withRev: boolean): string {
  const property = CARD_PROPERTY[field];
  const lines = text.split(/\r?\n/).filter((line) => line !== '' && !line.startsWith(`${property}:`) && !line.startsWith(`${property};`) && !line.startsWith('REV:'));
  const end = lines.lastIndexOf('END:VCARD');
  lines.splice(end, 0, `${property}:${value}`, ...(withRev ? [`REV:${revText(now)}`] : []));
  return `${lines.join('\r\n')}\r\n`;
}

export async function pairingSides(radicale: RadicaleServer, user: string): Promise<PairingSides> {
  const world = await aCardDavWorld(radicale, user);
  const queue: DavFaultKind[] = [];
  world.fault = (): ReturnType<CardDavFault> => {
    const next = queue.shift();
    return next === undefined ? undefined : davResponse(next);
  };
  const outlookContacts = async (): Promise<{ id: GraphId; displayName?: string }[]> => {
    const response = await world.graph.asOtherClient('GET', 'me/contacts?$top=1000&$select=id,displayName');
    if (response.status !== 200) throw new Error(`listing Outlook contacts answered ${response.status}`);
    return ((await response.json()) as { value: { id: GraphId; displayName?: string }[] }).value;
  };
  const paneRow = async (name: string): Promise<LocalId | undefined> =>
    (await world.store.listContacts({ folderId: world.folderId })).find((row) => row.fields.displayName === name)?.localId;
  const graphFaults = { throttle: { type: 'status', status: 429, retryAfterSeconds: 1, pathPrefix: '/v1.0/$batch' }, 'lose-write': { type: 'drop', pathPrefix: '/v1.0/$batch' }, 'expire-delta': undefined } as const;

  const names = async (side: Side): Promise<string[]> => {
    if (side === 'pane') return (await world.store.listContacts({ folderId: world.folderId })).map((row) => row.fields.displayName ?? '');
    if (side === 'outlook') return (await outlookContacts()).map((contact) => contact.displayName ?? '');
    return (await world.cards()).map((card) => card.fields.displayName ?? '');
  };

  return {
    world,
    names,
    async create(side, name, fields) {
      if (side === 'outlook') await world.createInOutlook({ displayName: name, ...fields });
      else if (side === 'carddav') await world.putCard(encodeURIComponent(name), ['BEGIN:VCARD', 'VERSION:3.0', `UID:${name}`, `FN:${name}`, `N:${name};;;;`, `TITLE:${fields.jobTitle ?? ''}`, 'END:VCARD', ''].join('\r\n'));
      else await createContact(world.store, { clientId: `pane-${name}` as never, folderId: world.folderId, fields: { displayName: name, ...fields }, now: Date.now() });
    },
    async edit(side, name, field, value, withRev = true) {
      const typed = field === 'categories' ? [value] : value;
      if (side === 'pane') {
        const localId = await paneRow(name);
        const row = localId === undefined ? undefined : await world.store.getContact(localId);
        return row !== undefined && (await editContact(world.store, row.localId, { ...row.fields, [field]: typed }, Date.now()));
      }
      if (!(await names(side)).includes(name)) return false;
      if (side === 'outlook') await world.editInOutlook(name, { [field]: typed });
      else await world.editCard(name, (text) => editedCard(text, field, value, Date.now(), withRev));
      return true;
    },
    async remove(side, name) {
      if (side === 'pane') {
        const localId = await paneRow(name);
        return localId !== undefined && (await deleteContact(world.store, localId, Date.now()));
      }
      if (!(await names(side)).includes(name)) return false;
      if (side === 'outlook') await world.deleteInOutlook(name);
      else await world.deleteCard(name);
      return true;
    },
    davFault(kind, count) {
      for (let i = 0; i < count; i += 1) queue.push(kind);
    },
    forgetSyncTokens: () => rm(join(radicale.storageDir, 'collection-root', user, 'contacts', '.Radicale.cache', 'sync-token'), { recursive: true, force: true }),
    async graphFault(kind, count) {
      const fault = graphFaults[kind];
      const response = fault === undefined ? await world.graph.control('POST', 'delta-tokens/expire') : await world.graph.control('POST', 'faults', { ...fault, count });
      if (response.status >= 300) throw new Error(`arming the Graph fault ${kind} answered ${response.status}`);
    },
    async quiet() {
      queue.length = 0;
      await world.graph.control('DELETE', 'faults');
    },
  };
}
