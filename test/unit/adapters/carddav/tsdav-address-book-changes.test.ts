// TsdavAddressBook's change listing when sync-collection fails: only a server that does not offer the report
// is listed by getctag and ETags from then on; a server in trouble (5xx) fails the run, so the pairing keeps
// its sync-collection cursor and asks again next time instead of listing the whole book on every later run.
import { describe, expect, it } from 'vitest';
import { TsdavAddressBook } from '../../../../src/adapters/carddav/tsdav-address-book.js';
import type { Href } from '../../../../src/core/carddav/card-link.js';
import { RemoteError } from '../../../../src/core/errors.js';
import { InstantClock } from '../graph/instant-clock.js';

const BOOK = '/alice/contacts/' as Href;
const multistatus = (responses: string): string => `<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">${responses}</d:multistatus>`;
const CTAG = multistatus(`<d:response><d:href>${BOOK}</d:href><d:propstat><d:prop><cs:getctag>ctag-1</cs:getctag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`);
const ETAGS = multistatus(`<d:response><d:href>${BOOK}</d:href><d:propstat><d:prop></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response><d:response><d:href>${BOOK}ada.vcf</d:href><d:propstat><d:prop><d:getetag>"e1"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`);

function bookWhoseReportAnswers(status: number): { book: TsdavAddressBook; methods: string[] } {
  const methods: string[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const method = init?.method ?? 'GET';
    methods.push(method);
    if (method === 'REPORT') return new Response('<html>trouble</html>', { status });
    const depth = new Headers(init?.headers).get('depth');
    return new Response(depth === '0' ? CTAG : ETAGS, { status: 207, headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
  };
  const book = new TsdavAddressBook({ serverUrl: 'http://dav.test/', credentials: { user: 'alice' }, fetch, clock: new InstantClock(), random: () => 0.5 });
  return { book, methods };
}

describe('TsdavAddressBook change listing', () => {
  it.each([500, 502])('rejects a first listing whose sync-collection answers %i, without falling back to ETag listings', async (status) => {
    const { book, methods } = bookWhoseReportAnswers(status);
    const error: unknown = await book.changesSince(BOOK).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).status).toBe(status);
    expect(methods.filter((method) => method === 'PROPFIND')).toEqual([]);
  });

  it.each([403, 405, 501])('lists the book by getctag and ETags when sync-collection answers %i (not offered)', async (status) => {
    const { book } = bookWhoseReportAnswers(status);
    expect(await book.changesSince(BOOK)).toEqual({ complete: true, changed: [{ href: `${BOOK}ada.vcf`, etag: '"e1"' }], removed: [], cursor: 'ctag:ctag-1' });
  });
});
