// What the contacts and folders routes share: the `@odata.context` of a mailbox's collections, single-entity
// answers, one `$top`/`$skip` page of a list (OData v4 server-driven paging) and lookups by item id.
import { isGraphId } from '../store/ids.js';
import { malformedId, notFound } from './errors.js';
import { jsonResult } from './graph-call.js';
import type { GraphResult, RouteInput } from './graph-call.js';
import type { ODataQuery } from './odata-query.js';

/** Page size of lists when `$top` is absent (Outlook's default). */
export const DEFAULT_PAGE_SIZE = 10;

/** `…/$metadata#users('{owner}')/{collection}`, as Graph names what an answer holds. */
export const contextUrl = (input: RouteInput, collection: string): string => `${input.ctx.graphUrl}/$metadata#users('${input.mailbox.ownerId}')/${collection}`;

/** One item of `collection` with its `@odata.context`. */
export function entityResult(input: RouteInput, collection: string, item: Record<string, unknown>, status = 200, headers?: Record<string, string>): GraphResult {
  return jsonResult({ '@odata.context': contextUrl(input, `${collection}/$entity`), ...item }, status, headers);
}

/** The page `$skip`/`$top` asks for, `@odata.count` when `$count=true`, and a nextLink carrying the query on. */
export function listPage<T>(input: RouteInput, query: ODataQuery, collection: string, items: readonly T[], render: (item: T) => Record<string, unknown>): GraphResult {
  const { call, ctx } = input;
  const top = query.top ?? DEFAULT_PAGE_SIZE;
  const body: Record<string, unknown> = { '@odata.context': contextUrl(input, collection) };
  if (query.count) body['@odata.count'] = items.length;
  body.value = items.slice(query.skip, query.skip + top).map(render);
  if (query.skip + top < items.length) {
    const next = new URLSearchParams(call.query);
    next.set('$top', String(top));
    next.set('$skip', String(query.skip + top));
    body['@odata.nextLink'] = `${ctx.graphUrl}/${call.segments.join('/')}?${next.toString().replaceAll('%24', '$')}`;
  }
  return jsonResult(body);
}

/** The item `id` of `items`: 400 ErrorInvalidIdMalformed for a malformed id, 404 when there is none. */
export function findById<T>(items: ReadonlyMap<string, T>, id: string): T {
  if (!isGraphId(id)) throw malformedId();
  const item = items.get(id);
  if (item === undefined) throw notFound();
  return item;
}
