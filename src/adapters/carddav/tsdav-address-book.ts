// AddressBook over tsdav (natelindev/tsdav), which builds and parses the DAV XML; every request goes through the
// fetch it is given (wrapped by carddavFetch for credentials and retries), so the pane and the CLI share it.
// Changes come from sync-collection (RFC 6578); a server without it is listed by getctag and a PROPFIND Depth 1
// ETag listing. Cursors are `sync:<token>` or `ctag:<ctag>`.
import { createAccount, createObject, davRequest, deleteObject, fetchAddressBooks, propfind, syncCollection, updateObject } from 'tsdav';
import type { DAVRequest, DAVResponse } from 'tsdav';
import { AuthError, DeltaExpiredError, RemoteError } from '../../core/errors.js';
import type { AddressBook, AddressBookInfo, BookChanges, CardBody, CardVersion, Href, Uid } from '../../ports/address-book.js';
import type { Clock } from '../../ports/clock.js';
import { carddavFetch } from './carddav-fetch.js';
import type { CardDavCredentials } from './carddav-fetch.js';
import { davErrorOf, davText } from './dav-error.js';
import { cardBodiesOf, etagListingOf, hrefPath, syncListingOf } from './dav-listing.js';

/** Hrefs per addressbook-multiget REPORT, and how many run at once. */
export const MULTIGET_BATCH = 200;
export const MULTIGET_PARALLEL = 3;
const VCARD_TYPE = 'text/vcard; charset=utf-8';
/** The answers of a server that does not offer sync-collection (RFC 6578 3.1: it is not in supported-report-set). */
const NO_SYNC_REPORT_STATUSES: ReadonlySet<number> = new Set([400, 403, 405, 415, 501]);

/** RFC 6352 8.7: the bodies and ETags of `hrefs` in one REPORT. (tsdav's own helper throws on a 404 answer.) */
function multigetRequest(hrefs: readonly Href[]): DAVRequest {
  const attributes = { 'xmlns:d': 'DAV:', 'xmlns:card': 'urn:ietf:params:xml:ns:carddav' };
  const body = { 'card:addressbook-multiget': { _attributes: attributes, 'd:prop': { 'd:getetag': {}, 'card:address-data': {} }, 'd:href': [...hrefs] } };
  return { method: 'REPORT', headers: { depth: '1' }, namespace: 'd', body };
}

export interface TsdavAddressBookOptions {
  /** The server's URL (its root, a principal or a book: discovery starts at its /.well-known/carddav). */
  readonly serverUrl: string;
  readonly credentials: CardDavCredentials;
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  readonly random: () => number;
  /**
   * Start discovery at `serverUrl` itself, not at its /.well-known/carddav: a browser cannot follow the
   * well-known redirect when the server redirects the CORS preflight too (Radicale, Nextcloud do).
   */
  readonly skipWellKnown?: boolean;
}

export class TsdavAddressBook implements AddressBook {
  readonly #base: string;
  readonly #fetch: typeof fetch;
  readonly #clock: Clock;
  readonly #skipWellKnown: boolean;

  constructor(options: TsdavAddressBookOptions) {
    this.#base = options.serverUrl;
    this.#skipWellKnown = options.skipWellKnown === true;
    this.#clock = options.clock;
    this.#fetch = carddavFetch({ fetch: options.fetch, credentials: options.credentials, clock: options.clock, random: options.random });
  }

  async listBooks(): Promise<readonly AddressBookInfo[]> {
    // tsdav's discovery throws its own errors (or finds nothing) on a refused request: the statuses seen say why.
    let failedStatus: number | undefined;
    const watching: typeof fetch = async (input, init) => {
      const response = await this.#fetch(input, init);
      if (response.status === 401 || (response.status >= 500 && failedStatus !== 401)) failedStatus = response.status;
      return response;
    };
    const where = JSON.stringify(this.#base.slice(0, 200));
    const refused = (cause?: unknown): AuthError => new AuthError(`CardDAV discovery at ${where} was refused (HTTP 401). Check the user name and password.`, 'failed', undefined, { cause });
    let books;
    try {
      const account = await createAccount({ account: { serverUrl: this.#base, accountType: 'carddav', ...(this.#skipWellKnown ? { rootUrl: this.#base } : {}) }, fetch: watching });
      books = await fetchAddressBooks({ account, fetch: watching });
    } catch (error) {
      if (error instanceof AuthError || error instanceof RemoteError) throw error;
      if (failedStatus === 401) throw refused(error);
      throw new RemoteError(`CardDAV discovery at ${where} failed${failedStatus === undefined ? '' : ` with HTTP ${failedStatus}`}: no address book home was found.`, { status: failedStatus ?? 502, cause: error });
    }
    if (books.length === 0 && failedStatus === 401) throw refused();
    return books.map((book) => ({ href: hrefPath(book.url, this.#base), displayName: String(book.displayName ?? '') }));
  }

  async changesSince(book: Href, cursor?: string): Promise<BookChanges> {
    if (cursor?.startsWith('ctag:') === true) return this.#ctagChanges(book, cursor.slice('ctag:'.length));
    const token = cursor?.startsWith('sync:') === true ? cursor.slice('sync:'.length) : undefined;
    const responses = await syncCollection({ url: this.#url(book), props: { 'd:getetag': {} }, syncLevel: 1, syncToken: token ?? '', fetch: this.#fetch });
    const failed = responses.length === 1 && responses[0]?.href !== undefined && !responses[0].ok && responses[0].props === undefined ? responses[0] : undefined;
    if (failed !== undefined) {
      if (/valid-sync-token/.test(String(failed.raw ?? ''))) throw new DeltaExpiredError(`The sync-token of ${JSON.stringify(book)} expired.`, { status: failed.status });
      // Only a server that does not offer the report is listed by getctag from then on; one in trouble fails the
      // run, or the pairing would keep a ctag cursor and list the whole book on every later change.
      if (token !== undefined || !NO_SYNC_REPORT_STATUSES.has(failed.status)) throw davErrorOf('sync-collection', book, failed, this.#clock.now());
      return this.#ctagChanges(book, undefined);
    }
    const listing = syncListingOf(responses, book, this.#base);
    if (listing.token === undefined) return this.#ctagChanges(book, undefined);
    const complete = token === undefined;
    return { complete, changed: listing.changed, removed: complete ? [] : listing.removed, cursor: `sync:${listing.token}` };
  }

  async getCards(book: Href, hrefs: readonly Href[]): Promise<readonly CardBody[]> {
    const batches: Href[][] = [];
    for (let start = 0; start < hrefs.length; start += MULTIGET_BATCH) batches.push(hrefs.slice(start, start + MULTIGET_BATCH));
    const out: CardBody[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batches.length) {
        const batch = batches[next++] ?? [];
        const responses = await davRequest({ url: this.#url(book), init: multigetRequest(batch), fetch: this.#fetch });
        if (responses.length === 1 && responses[0]?.status === 404) continue;
        this.#throwIfFailed('addressbook-multiget', book, responses);
        out.push(...cardBodiesOf(responses, book, this.#base));
      }
    };
    await Promise.all(Array.from({ length: Math.min(MULTIGET_PARALLEL, batches.length) }, worker));
    return out;
  }

  hrefFor(book: Href, uid: Uid): Href {
    const folder = book.endsWith('/') ? book : `${book}/`;
    return `${folder}${encodeURIComponent(uid)}.vcf` as Href;
  }

  async createCard(book: Href, uid: Uid, text: string): Promise<CardVersion> {
    const href = this.hrefFor(book, uid);
    const response = await createObject({ url: this.#url(href), data: text, headers: { 'If-None-Match': '*', 'Content-Type': VCARD_TYPE }, fetch: this.#fetch });
    return this.#written('create', href, response);
  }

  async updateCard(href: Href, etag: string, text: string): Promise<CardVersion> {
    const response = await updateObject({ url: this.#url(href), data: text, etag, headers: { 'Content-Type': VCARD_TYPE }, fetch: this.#fetch });
    return this.#written('update', href, response);
  }

  async deleteCard(href: Href, etag: string): Promise<void> {
    const response = await deleteObject({ url: this.#url(href), etag, fetch: this.#fetch });
    await response.body?.cancel();
    if (response.ok || response.status === 404) return;
    throw davErrorOf('delete', href, { status: response.status, retryAfter: response.headers.get('Retry-After') }, this.#clock.now());
  }

  #url(href: string): string {
    return new URL(href, this.#base).href;
  }

  async #written(what: string, href: Href, response: Response): Promise<CardVersion> {
    await response.body?.cancel();
    if (!response.ok) throw davErrorOf(what, href, { status: response.status, retryAfter: response.headers.get('Retry-After') }, this.#clock.now());
    const etag = response.headers.get('ETag') ?? (await this.#etagOf(href));
    if (etag === undefined) throw davErrorOf(`${what} (no ETag)`, href, { status: 502 }, this.#clock.now());
    return { href, etag };
  }

  async #etagOf(href: Href): Promise<string | undefined> {
    const responses = await propfind({ url: this.#url(href), props: { 'd:getetag': {} }, depth: '0', fetch: this.#fetch });
    return davText(responses[0]?.props?.getetag);
  }

  async #ctagChanges(book: Href, previous: string | undefined): Promise<BookChanges> {
    const head = await propfind({ url: this.#url(book), props: { 'cs:getctag': {} }, depth: '0', fetch: this.#fetch });
    this.#throwIfFailed('PROPFIND', book, head);
    const ctag = davText(head[0]?.props?.getctag) ?? '';
    if (previous !== undefined && ctag !== '' && ctag === previous) return { complete: false, changed: [], removed: [], cursor: `ctag:${ctag}` };
    const listing = await propfind({ url: this.#url(book), props: { 'd:getetag': {} }, depth: '1', fetch: this.#fetch });
    this.#throwIfFailed('PROPFIND', book, listing);
    return { complete: true, changed: etagListingOf(listing, book, this.#base), removed: [], cursor: `ctag:${ctag}` };
  }

  #throwIfFailed(what: string, target: string, responses: readonly DAVResponse[]): void {
    const only = responses[0];
    if (responses.length === 1 && only !== undefined && !only.ok && only.props === undefined) throw davErrorOf(what, target, only, this.#clock.now());
  }
}
