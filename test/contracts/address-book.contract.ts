// The AddressBook contract: the in-memory fake and TsdavAddressBook over a real Radicale run this suite, so
// engine tests can use the fake and trust the adapter.
import { describe, expect, it } from 'vitest';
import { ConflictError, DeltaExpiredError } from '../../src/core/errors.js';
import type { AddressBook, Href, Uid } from '../../src/ports/address-book.js';

export interface AddressBookFixture {
  readonly subject: AddressBook;
  /** An empty address book of the user. */
  readonly book: Href;
  readonly bookName: string;
  /** Makes the server forget every sync cursor it handed out so far. */
  expireCursors(): Promise<void>;
  teardown(): Promise<void>;
}

export type AddressBookSetup = () => Promise<AddressBookFixture>;

export const aCard = (uid: string, name: string, extra: readonly string[] = []): string =>
  ['BEGIN:VCARD', 'VERSION:3.0', `UID:${uid}`, `FN:${name}`, `N:${name};;;;`, ...extra, 'END:VCARD', ''].join('\r\n');

async function withBook(setup: AddressBookSetup, test: (fixture: AddressBookFixture) => Promise<void>): Promise<void> {
  const fixture = await setup();
  try {
    await test(fixture);
  } finally {
    await fixture.teardown();
  }
}

export function runAddressBookContract(name: string, setup: AddressBookSetup): void {
  describe(`AddressBook contract: ${name}`, () => {
    it('lists the user’s address book by its href and name', () =>
      withBook(setup, async ({ subject, book, bookName }) => {
        expect(await subject.listBooks()).toContainEqual({ href: book, displayName: bookName });
      }));

    it('lists a created card with the ETag the create answered and serves its body', () =>
      withBook(setup, async ({ subject, book }) => {
        const created = await subject.createCard(book, 'uid-1' as Uid, aCard('uid-1', 'Ada'));
        expect(created.href).toBe(subject.hrefFor(book, 'uid-1' as Uid));
        const changes = await subject.changesSince(book);
        expect(changes).toMatchObject({ complete: true, changed: [created], removed: [] });
        const [body] = await subject.getCards(book, [created.href]);
        expect(body).toMatchObject({ href: created.href, etag: created.etag });
        expect(body?.text).toContain('UID:uid-1');
      }));

    it('refuses a second create with the same UID as a conflict', () =>
      withBook(setup, async ({ subject, book }) => {
        await subject.createCard(book, 'uid-1' as Uid, aCard('uid-1', 'Ada'));
        await expect(subject.createCard(book, 'uid-1' as Uid, aCard('uid-1', 'Ada'))).rejects.toBeInstanceOf(ConflictError);
        expect((await subject.changesSince(book)).changed).toHaveLength(1);
      }));

    it('updates with the current ETag and refuses a stale one', () =>
      withBook(setup, async ({ subject, book }) => {
        const first = await subject.createCard(book, 'uid-1' as Uid, aCard('uid-1', 'Ada'));
        const second = await subject.updateCard(first.href, first.etag, aCard('uid-1', 'Ada Lovelace'));
        expect(second.etag).not.toBe(first.etag);
        await expect(subject.updateCard(first.href, first.etag, aCard('uid-1', 'Lost'))).rejects.toBeInstanceOf(ConflictError);
        await expect(subject.deleteCard(first.href, first.etag)).rejects.toBeInstanceOf(ConflictError);
        const [body] = await subject.getCards(book, [first.href]);
        expect(body?.text).toContain('FN:Ada Lovelace');
      }));

    it('lists only what changed since a cursor, deletions included', () =>
      withBook(setup, async ({ subject, book }) => {
        const kept = await subject.createCard(book, 'uid-1' as Uid, aCard('uid-1', 'Ada'));
        const gone = await subject.createCard(book, 'uid-2' as Uid, aCard('uid-2', 'Bob'));
        const { cursor } = await subject.changesSince(book);
        expect((await subject.changesSince(book, cursor)).changed).toEqual([]);
        const added = await subject.createCard(book, 'uid-3' as Uid, aCard('uid-3', 'Cy'));
        await subject.deleteCard(gone.href, gone.etag);
        const changes = await subject.changesSince(book, cursor);
        expect(changes.complete).toBe(false);
        expect(changes.changed).toEqual([added]);
        expect(changes.removed).toEqual([gone.href]);
        expect(changes.changed.map((card) => card.href)).not.toContain(kept.href);
      }));

    it('leaves cards that are gone out of a multiget and deletes a gone card without error', () =>
      withBook(setup, async ({ subject, book }) => {
        const card = await subject.createCard(book, 'uid-1' as Uid, aCard('uid-1', 'Ada'));
        await subject.deleteCard(card.href, card.etag);
        await subject.deleteCard(card.href, card.etag);
        expect(await subject.getCards(book, [card.href])).toEqual([]);
      }));

    it('rejects an expired cursor with DeltaExpiredError and lists everything without one', () =>
      withBook(setup, async ({ subject, book, expireCursors }) => {
        const card = await subject.createCard(book, 'uid-1' as Uid, aCard('uid-1', 'Ada'));
        const { cursor } = await subject.changesSince(book);
        await expireCursors();
        const later = await subject.createCard(book, 'uid-2' as Uid, aCard('uid-2', 'Bob'));
        await expect(subject.changesSince(book, cursor)).rejects.toBeInstanceOf(DeltaExpiredError);
        expect(new Set((await subject.changesSince(book)).changed)).toEqual(new Set([card, later]));
      }));

    it('serves many cards through batched multigets', () =>
      withBook(setup, async ({ subject, book }) => {
        const hrefs: Href[] = [];
        for (let index = 0; index < 30; index += 1) hrefs.push((await subject.createCard(book, `uid-${index}` as Uid, aCard(`uid-${index}`, `Person ${index}`))).href);
        const bodies = await subject.getCards(book, hrefs);
        expect(bodies.map((body) => body.href).sort()).toEqual([...hrefs].sort());
      }));
  });
}
