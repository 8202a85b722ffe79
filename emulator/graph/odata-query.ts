// OData system query options for collections and items: $select, $top, $skip, $orderby, $count, $filter, $expand,
// $search (OData v4 URL conventions, section 5.1). Invalid options answer 400 as Graph does.
import { GraphError, badRequest } from './errors.js';
import { parseFilter } from './odata-filter.js';
import type { FilterNode } from './odata-filter.js';

export interface ExpandOption {
  readonly name: string;
  readonly filter?: FilterNode;
}

export interface ODataQuery {
  readonly select?: ReadonlySet<string>;
  readonly top?: number;
  readonly skip: number;
  readonly orderBy: readonly { readonly property: string; readonly descending: boolean }[];
  readonly filter?: FilterNode;
  readonly count: boolean;
  readonly expand: readonly ExpandOption[];
  readonly search?: string;
}

/** Outlook answers at most this many items per page, whatever $top asks. */
export const MAX_TOP = 1000;
const KNOWN = new Set(['$select', '$top', '$skip', '$orderby', '$count', '$filter', '$expand', '$search', '$skiptoken', '$deltatoken', '$format']);

const parseUriError = (message: string): GraphError => new GraphError(400, 'RequestBroker--ParseUri', message);

/** Splits on commas outside parentheses: `a,b($filter=x eq 'y,z'),c`. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth += 1;
    else if (!quoted && ch === ')') depth -= 1;
    else if (!quoted && depth === 0 && ch === ',') {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

function parseInteger(name: string, raw: string | null): number | undefined {
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw badRequest(`Invalid value '${raw.slice(0, 40)}' for query option '${name}'.`);
  return Number(raw);
}

function parseExpand(raw: string, expandable: ReadonlySet<string>): ExpandOption[] {
  return splitTopLevel(raw).map((part) => {
    const match = /^([A-Za-z]+)(?:\((.*)\))?$/s.exec(part);
    if (!match || !expandable.has(match[1] as string)) throw parseUriError(`Could not find a property named '${part.slice(0, 60)}' on type 'microsoft.graph.contact'.`);
    const inner = match[2];
    if (!inner) return { name: match[1] as string };
    const filter = /^\$filter=(.*)$/s.exec(inner.trim());
    if (!filter) throw badRequest(`Invalid $expand option: ${inner.slice(0, 60)}`);
    return { name: match[1] as string, filter: parseFilter(filter[1] as string) };
  });
}

/** Parses the query options against the properties the resource has (`selectable`) and navigations (`expandable`). */
export function parseODataQuery(query: URLSearchParams, selectable: ReadonlySet<string>, expandable: ReadonlySet<string> = new Set()): ODataQuery {
  for (const key of query.keys()) {
    if (key.startsWith('$') && !KNOWN.has(key.toLowerCase())) throw badRequest(`The query parameter '${key.slice(0, 40)}' is not supported.`);
  }
  const selectRaw = query.get('$select');
  let select: Set<string> | undefined;
  if (selectRaw) {
    select = new Set(selectRaw.split(',').map((s) => s.trim()).filter(Boolean));
    for (const name of select) if (!selectable.has(name)) throw parseUriError(`Could not find a property named '${name.slice(0, 60)}' on type 'microsoft.graph.contact'.`);
  }
  const orderBy = (query.get('$orderby') ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((clause) => {
    const [property = '', direction = 'asc', ...rest] = clause.split(/\s+/);
    if (!selectable.has(property) || rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase())) throw badRequest(`Invalid $orderby clause: ${clause.slice(0, 60)}`);
    return { property, descending: direction.toLowerCase() === 'desc' };
  });
  const countRaw = query.get('$count');
  if (countRaw !== null && !['true', 'false'].includes(countRaw)) throw badRequest(`Invalid value '${countRaw.slice(0, 20)}' for query option '$count'.`);
  const filterRaw = query.get('$filter');
  const expandRaw = query.get('$expand');
  const search = query.get('$search');
  const top = parseInteger('$top', query.get('$top'));
  return {
    ...(select ? { select } : {}),
    ...(top !== undefined ? { top: Math.min(top, MAX_TOP) } : {}),
    skip: parseInteger('$skip', query.get('$skip')) ?? 0,
    orderBy,
    ...(filterRaw ? { filter: parseFilter(filterRaw) } : {}),
    count: countRaw === 'true',
    expand: expandRaw ? parseExpand(expandRaw, expandable) : [],
    ...(search ? { search: search.replace(/^"(.*)"$/s, '$1') } : {}),
  };
}
