// InMemoryAddressBook: the AddressBook port over a map, with a change log for sync cursors (RFC 6578 shape).
// `expireCursors` makes every earlier cursor unknown, as a server that dropped its sync-token history;
// `failNext` makes the next calls fail, as a dropped connection or a throttling server would after retries.
import { ConflictError, DeltaExpiredError, RemoteError } from '../../src/core/errors.js';
import type { AddressBook, AddressBookInfo, BookChanges, CardBody, CardVersion, Href, Uid } from '../../src/ports/address-book.js';

interface StoredCard {
  readonly etag: string;
  readonly text: string;
}

export class InMemoryAddressBook implements AddressBook {
  readonly #books = new Map<Href, string>();
  readonly #cards = new Map<Href, StoredCard>();
  /** The sequence number of each href's last change (deletes included). */
  readonly #changedAt = new Map<Href, number>();
  #seq = 0;
  #expiredBefore = 0;
  #failures: Error[] = [];
  requests = 0;

  addBook(href: string, displayName: string): Href {
    this.#books.set(href as Href, displayName);
    return href as Href;
  }

  expireCursors(): void {
    this.#expiredBefore = this.#seq + 1;
  }

  failNext(...errors: Error[]): void {
    this.#failures.push(...errors);
  }

  /** The cards of a book, by href. */
  cardsOf(book: Href): ReadonlyMap<Href, CardBody> {
    return new Map([...this.#cards].filter(([href]) => href.startsWith(book)).map(([href, card]) => [href, { href, ...card }]));
  }

  async listBooks(): Promise<readonly AddressBookInfo[]> {
    this.#tick();
    return [...this.#books].map(([href, displayName]) => ({ href, displayName }));
  }

  async changesSince(book: Href, cursor?: string): Promise<BookChanges> {
    this.#tick();
    const now = `sync:${this.#seq}`;
    const members = [...this.#changedAt].filter(([href]) => href.startsWith(book));
    if (cursor === undefined) return { complete: true, changed: this.#versions(members.map(([href]) => href)), removed: [], cursor: now };
    const since = /^sync:(\d+)$/.exec(cursor);
    if (since === null || Number(since[1]) < this.#expiredBefore || Number(since[1]) > this.#seq) throw new DeltaExpiredError(`The sync-token of ${book} expired.`, { status: 403 });
    const recent = members.filter(([, seq]) => seq > Number(since[1])).map(([href]) => href);
    return { complete: false, changed: this.#versions(recent), removed: recent.filter((href) => !this.#cards.has(href)), cursor: now };
  }

  async getCards(_book: Href, hrefs: readonly Href[]): Promise<readonly CardBody[]> {
    this.#tick();
    return hrefs.flatMap((href) => {
      const card = this.#cards.get(href);
      return card === undefined ? [] : [{ href, ...card }];
    });
  }

  hrefFor(book: Href, uid: Uid): Href {
    return `${book.endsWith('/') ? book : `${book}/`}${encodeURIComponent(uid)}.vcf` as Href;
  }

  async createCard(book: Href, uid: Uid, text: string): Promise<CardVersion> {
    this.#tick();
    const href = this.hrefFor(book, uid);
    if (this.#cards.has(href)) throw new ConflictError(`A card exists at ${href}.`, { status: 412 });
    return this.#write(href, text);
  }

  async updateCard(href: Href, etag: string, text: string): Promise<CardVersion> {
    this.#tick();
    if (this.#cards.get(href)?.etag !== etag) throw new ConflictError(`The card ${href} changed.`, { status: 412 });
    return this.#write(href, text);
  }

  async deleteCard(href: Href, etag: string): Promise<void> {
    this.#tick();
    const card = this.#cards.get(href);
    if (card === undefined) return;
    if (card.etag !== etag) throw new ConflictError(`The card ${href} changed.`, { status: 412 });
    this.#cards.delete(href);
    this.#changedAt.set(href, ++this.#seq);
  }

  /** A change made by another client: writes the card as it is given, without conditions. */
  putDirectly(href: Href, text: string): CardVersion {
    return this.#write(href, text);
  }

  deleteDirectly(href: Href): void {
    this.#cards.delete(href);
    this.#changedAt.set(href, ++this.#seq);
  }

  #write(href: Href, text: string): CardVersion {
    const seq = ++this.#seq;
    const etag = `"e${seq}"`;
    this.#cards.set(href, { etag, text });
    this.#changedAt.set(href, seq);
    return { href, etag };
  }

  #versions(hrefs: readonly Href[]): CardVersion[] {
    return hrefs.flatMap((href) => {
      const card = this.#cards.get(href);
      return card === undefined ? [] : [{ href, etag: card.etag }];
    });
  }

  #tick(): void {
    this.requests += 1;
    const failure = this.#failures.shift();
    if (failure !== undefined) throw failure;
  }
}

export const aDroppedConnection = (): RemoteError => new RemoteError('The CardDAV server could not be reached.', { status: 0 });
