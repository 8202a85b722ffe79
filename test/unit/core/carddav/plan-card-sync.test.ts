import { describe, expect, it } from 'vitest';
import { uidFor } from '../../../../src/core/carddav/card-link.js';
import type { CardLink, ConflictPolicy, Href, Uid } from '../../../../src/core/carddav/card-link.js';
import type { CardItem, CardSide, OutlookItem } from '../../../../src/core/carddav/card-sync-action.js';
import { planCardSync } from '../../../../src/core/carddav/plan-card-sync.js';
import type { CardSyncInput } from '../../../../src/core/carddav/plan-card-sync.js';
import type { ClientId, ContactFields } from '../../../../src/core/contact/contact.js';
import type { LocalId } from '../../../../src/core/sync/mirror-contact.js';

const BOOK = '/alice/contacts/';
const hrefFor = (uid: Uid): Href => `${BOOK}${uid}.vcf` as Href;
const ada: ContactFields = { givenName: 'Ada', surname: 'Lovelace', jobTitle: 'Analyst' };

const link = (id: string, base: ContactFields = ada, extra: Partial<CardLink> = {}): CardLink => ({ localId: `c:${id}` as LocalId, uid: id as Uid, href: hrefFor(id as Uid), etag: `"${id}-1"`, base, ...extra });
const outlook = (id: string, fields: ContactFields = ada, changedAt = 1_000): OutlookItem => ({ localId: `c:${id}` as LocalId, fields, changedAt });
const card = (id: string, fields: ContactFields = ada, etag = `"${id}-2"`, changedAt = 2_000): CardItem => ({ href: hrefFor(id as Uid), etag, uid: id as Uid, fields, changedAt });

interface World {
  links?: CardLink[];
  outlook?: OutlookItem[];
  /** Cards read this run. */
  read?: CardItem[];
  /** Every href listed (a complete listing) or undefined: an incremental one. */
  listed?: string[];
  removed?: string[];
  policy?: ConflictPolicy;
  direction?: CardSyncInput['direction'];
  allowDeletes?: boolean;
}

function plan(world: World) {
  const cards: CardSide = {
    complete: world.listed !== undefined,
    listed: new Set((world.listed ?? []) as Href[]),
    read: new Map((world.read ?? []).map((item) => [item.href, item])),
    removed: new Set((world.removed ?? []) as Href[]),
  };
  let ids = 0;
  return planCardSync({
    links: world.links ?? [],
    outlook: new Map((world.outlook ?? []).map((item) => [item.localId, item])),
    cards,
    policy: world.policy ?? 'newest',
    direction: world.direction ?? 'two-way',
    now: 5_000,
    newClientId: () => `new-${++ids}` as ClientId,
    hrefFor,
    maxDeleteShare: 0.5,
    allowDeletes: world.allowDeletes,
  });
}

const kinds = (world: World): string[] => plan(world).actions.map((action) => action.kind);
const updateOf = (world: World) => plan(world).actions.find((action) => action.kind === 'update');

describe('planCardSync', () => {
  it.each([
    ['creates the card of a new Outlook contact', { outlook: [outlook('a')] }, ['create-card']],
    ['creates the contact of a new card', { read: [card('a')] }, ['create-contact']],
    ['does nothing when neither side changed', { links: [link('a')], outlook: [outlook('a')] }, []],
    ['deletes the card of a contact deleted in Outlook', { links: [link('a'), link('b')], outlook: [outlook('b')] }, ['delete-card']],
    ['deletes the contact of a card deleted on the server', { links: [link('a'), link('b')], outlook: [outlook('a'), outlook('b')], removed: [hrefFor('a' as Uid)] }, ['delete-contact']],
    ['takes a card missing from a complete listing as deleted', { links: [link('a'), link('b')], outlook: [outlook('a'), outlook('b')], listed: [hrefFor('b' as Uid)] }, ['delete-contact']],
    ['forgets a pair deleted on both sides', { links: [link('a'), link('b')], outlook: [outlook('b')], removed: [hrefFor('a' as Uid)] }, ['forget']],
    ['recreates the contact when Outlook deleted what the card changed', { links: [link('a'), link('b')], outlook: [outlook('b')], read: [card('a', { ...ada, jobTitle: 'Poet' })] }, ['forget', 'create-contact']],
    ['recreates the card when the server deleted what Outlook changed', { links: [link('a')], outlook: [outlook('a', { ...ada, jobTitle: 'Poet' })], removed: [hrefFor('a' as Uid)] }, ['forget', 'create-card']],
    ['creates a pending card again under the same UID', { links: [link('a', undefined, { pending: 'card', etag: undefined, base: undefined })], outlook: [outlook('a')] }, ['create-card']],
    ['creates a pending contact again', { links: [link('a', ada, { pending: 'contact' })] }, ['create-contact']],
    ['ignores card changes going to CardDAV only', { links: [link('a')], outlook: [outlook('a')], read: [card('a', { ...ada, jobTitle: 'Poet' })], direction: 'to-carddav' as const }, ['update']],
    ['ignores new Outlook contacts going to Outlook only', { outlook: [outlook('a')], direction: 'to-outlook' as const }, []],
  ])('%s', (_name, world: World, expected) => {
    expect(kinds(world)).toEqual(expected);
  });

  it('sends an Outlook edit to the card and a card edit to Outlook', () => {
    const poet = { ...ada, jobTitle: 'Poet' };
    expect(updateOf({ links: [link('a')], outlook: [outlook('a', poet)] })).toMatchObject({ fields: poet, toCard: true, toContact: false, cardEtag: '"a-1"' });
    expect(updateOf({ links: [link('a')], outlook: [outlook('a')], read: [card('a', poet)] })).toMatchObject({ fields: poet, toCard: false, toContact: true, cardEtag: '"a-2"' });
  });

  it('merges edits of different fields on both sides without a conflict', () => {
    const result = plan({ links: [link('a')], outlook: [outlook('a', { ...ada, jobTitle: 'Poet' })], read: [card('a', { ...ada, surname: 'King' })] });
    expect(result.actions[0]).toMatchObject({ kind: 'update', fields: { ...ada, jobTitle: 'Poet', surname: 'King' }, toCard: true, toContact: true });
    expect(result.conflicts).toEqual([]);
  });

  it.each([
    ['newest', 'Card title', 'remote'],
    ['outlook', 'Outlook title', 'local'],
    ['carddav', 'Card title', 'remote'],
  ] as const)('resolves one field changed on both sides by the %s policy and logs it', (policy, kept, keptSide) => {
    const result = plan({ policy, links: [link('a')], outlook: [outlook('a', { ...ada, jobTitle: 'Outlook title' }, 1_000)], read: [card('a', { ...ada, jobTitle: 'Card title' }, '"a-2"', 2_000)] });
    expect(result.actions[0]).toMatchObject({ kind: 'update', fields: { jobTitle: kept } });
    expect(result.conflicts).toEqual([expect.objectContaining({ localId: 'c:a', field: 'jobTitle', reason: 'both-changed', keptSide, kept, at: 5_000 })]);
  });

  it('only moves the ETag when a card changed outside the mapped fields', () => {
    expect(updateOf({ links: [link('a')], outlook: [outlook('a')], read: [card('a')] })).toMatchObject({ toCard: false, toContact: false, cardEtag: '"a-2"' });
  });

  it('adopts the card a lost answer created instead of creating a second one', () => {
    const localId = 'c:a' as LocalId;
    const made: CardItem = { ...card('a'), href: hrefFor(uidFor(localId)), uid: uidFor(localId) };
    expect(plan({ outlook: [outlook('a')], read: [made] }).actions).toEqual([expect.objectContaining({ kind: 'update', toCard: false, toContact: false })]);
    expect(kinds({ links: [link('a', undefined, { pending: 'card', etag: undefined, base: undefined })], outlook: [outlook('a')], read: [card('a')] })).toEqual(['update']);
  });

  it('stops before deleting more than the allowed share of a side, unless allowed', () => {
    const world: World = { links: [link('a'), link('b'), link('c')], outlook: [outlook('c')] };
    expect(plan(world)).toEqual({ actions: [], conflicts: [], stop: { side: 'carddav', deletes: 2, of: 3 } });
    expect(kinds({ ...world, allowDeletes: true })).toEqual(['delete-card', 'delete-card']);
  });

  it('stops when a side suddenly looks empty', () => {
    expect(plan({ links: [link('a')], outlook: [outlook('a')], listed: [] }).stop).toEqual({ side: 'outlook', deletes: 1, of: 1 });
  });
});
