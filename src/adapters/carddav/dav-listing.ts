// Reads tsdav's parsed multistatus answers into the port's shapes: sync-collection (RFC 6578 3.5: changed
// members with their ETag, removed members as 404), PROPFIND Depth 1 ETag listings and multiget bodies.
// Server answers are untrusted: entries without an href or an ETag are left out.
import type { DAVResponse } from 'tsdav';
import type { CardBody, CardVersion, Href } from '../../ports/address-book.js';
import { davText } from './dav-error.js';

/** The path of an href (servers answer paths or full URLs), so hrefs compare equal however they were written. */
export function hrefPath(href: string, base: string): Href {
  return new URL(href, base).pathname as Href;
}

function isMember(response: DAVResponse, book: Href, base: string): response is DAVResponse & { href: string } {
  if (response.href === undefined || response.href === null) return false;
  return hrefPath(String(response.href), base) !== book;
}

export interface SyncListing {
  readonly changed: CardVersion[];
  readonly removed: Href[];
  readonly token: string | undefined;
}

export function syncListingOf(responses: readonly DAVResponse[], book: Href, base: string): SyncListing {
  const changed: CardVersion[] = [];
  const removed: Href[] = [];
  for (const response of responses) {
    if (!isMember(response, book, base)) continue;
    const href = hrefPath(String(response.href), base);
    const etag = davText(response.props?.getetag);
    if (response.status === 404) removed.push(href);
    else if (response.ok && etag !== undefined) changed.push({ href, etag });
  }
  const raw = responses[0]?.raw as { multistatus?: { syncToken?: unknown } } | undefined;
  return { changed, removed, token: davText(raw?.multistatus?.syncToken) };
}

/** The cards of a PROPFIND Depth 1 listing (the collection itself and members without an ETag left out). */
export function etagListingOf(responses: readonly DAVResponse[], book: Href, base: string): CardVersion[] {
  return syncListingOf(responses, book, base).changed;
}

export function cardBodiesOf(responses: readonly DAVResponse[], book: Href, base: string): CardBody[] {
  const bodies: CardBody[] = [];
  for (const response of responses) {
    if (!isMember(response, book, base) || !response.ok) continue;
    const etag = davText(response.props?.getetag);
    const text = davText(response.props?.addressData);
    if (etag !== undefined && text !== undefined) bodies.push({ href: hrefPath(String(response.href), base), etag, text });
  }
  return bodies;
}
