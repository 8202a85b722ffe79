// Delta queries: contacts per folder (learn.microsoft.com/graph/api/contact-delta) and the folder hierarchy
// (contactfolder-delta). Pages hold at most `Prefer: odata.maxpagesize` items, capped (200 by default, as Outlook
// does); a page has `@odata.nextLink` or `@odata.deltaLink`, never both; deletions come as `@removed` entries.
import type { Mailbox } from '../store/mailbox.js';
import { JsonItems, SerialisedCollection } from '../http/json-body.js';
import { SELECTABLE } from './contact-json.js';
import { contactJsonText } from './contact-json-text.js';
import { decodeDeltaState, encodeDeltaState, syncStateGone } from './delta-token.js';
import type { DeltaState } from './delta-token.js';
import { badRequest } from './errors.js';
import { resolveFolder, renderFolder } from './folders.js';
import { jsonResult } from './graph-call.js';
import type { GraphResult, RouteInput } from './graph-call.js';
import { parseODataQuery } from './odata-query.js';

const FOLDER_PROPERTIES = new Set(['id', 'displayName', 'parentFolderId']);
const UNSUPPORTED = ['$filter', '$orderby', '$skip', '$search', '$expand', '$top', '$count'];

/** The page size from `Prefer: odata.maxpagesize=n` (any of several preferences), if present. */
export function preferredPageSize(prefer: string | undefined): number | undefined {
  const match = prefer ? /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer) : null;
  return match ? Math.max(1, Number(match[1])) : undefined;
}

function startOrResume(input: RouteInput, kind: DeltaState['kind'], folderId: string | undefined, selectable: ReadonlySet<string>): DeltaState {
  const { call, mailbox } = input;
  const token = call.query.get('$deltatoken') ?? call.query.get('$skiptoken');
  if (token !== null) {
    const state = decodeDeltaState(token);
    if (state.kind !== kind || state.ownerId !== mailbox.ownerId || state.folderId !== folderId) throw badRequest('The delta token belongs to another collection.');
    if (state.epoch !== mailbox.deltaEpoch || state.cursor > mailbox.seq) throw syncStateGone();
    return state;
  }
  for (const name of UNSUPPORTED) if (call.query.has(name)) throw badRequest(`The query parameter '${name}' is not supported with change tracking over the '${kind}' resource.`);
  const query = parseODataQuery(call.query, selectable);
  const pageSize = preferredPageSize(call.headers.prefer);
  return { kind, ownerId: mailbox.ownerId, ...(folderId ? { folderId } : {}), epoch: mailbox.deltaEpoch, cursor: 0, removedAfter: mailbox.seq, ...(query.select ? { select: [...query.select] } : {}), ...(pageSize ? { pageSize } : {}) };
}

interface Collected {
  /** The page's entries, encoded one by one as they are rendered: a large page is never serialised whole. */
  readonly entries: JsonItems;
  readonly cursor: number;
  readonly complete: boolean;
}

const CONTACT_TYPE = '#microsoft.graph.contact';
const FOLDER_TYPE = '#microsoft.graph.contactFolder';

function collect(mailbox: Mailbox, state: DeltaState, limit: number, render: (id: string) => string | undefined): Collected {
  const changes = state.kind === 'contacts' ? mailbox.contactChanges(state.folderId as string, state.cursor, state.removedAfter) : mailbox.folderChanges(state.cursor, state.removedAfter);
  const type = state.kind === 'contacts' ? CONTACT_TYPE : FOLDER_TYPE;
  const entries = new JsonItems();
  let cursor = state.cursor;
  for (const change of changes) {
    if (entries.count >= limit) return { entries, cursor, complete: false };
    const json = change.kind === 'removed' ? JSON.stringify({ '@odata.type': type, id: change.id, '@removed': { reason: 'deleted' } }) : render(change.id);
    if (json) entries.add(json);
    cursor = change.seq;
  }
  return { entries, cursor: mailbox.seq, complete: true };
}

/** An armed empty-page fault: no items and a nextLink that resumes exactly here (Graph may do this). */
function emptyPage(input: RouteInput, state: DeltaState, linkPath: string): Collected | undefined {
  const fault = input.ctx.faults?.take('emptyDeltaPage', input.call.method, `/v1.0/${linkPath}`);
  return fault ? { entries: new JsonItems(), cursor: state.cursor, complete: false } : undefined;
}

function answer(input: RouteInput, state: DeltaState, collected: Collected, pageSize: number, linkPath: string): GraphResult {
  const next: DeltaState = { ...state, cursor: collected.cursor, removedAfter: collected.complete ? 0 : state.removedAfter };
  const token = encodeDeltaState(next);
  const link = collected.complete ? { '@odata.deltaLink': `${input.ctx.graphUrl}/${linkPath}?$deltatoken=${token}` } : { '@odata.nextLink': `${input.ctx.graphUrl}/${linkPath}?$skiptoken=${token}` };
  const head = { '@odata.context': `${input.ctx.graphUrl}/$metadata#Collection(${state.kind === 'contacts' ? 'contact' : 'contactFolder'})`, ...link };
  return jsonResult(new SerialisedCollection(head, collected.entries), 200, { 'Preference-Applied': `odata.maxpagesize=${pageSize}` });
}

export function contactsDelta(input: RouteInput, folderIdOrName: string): GraphResult {
  const folder = resolveFolder(input.mailbox, folderIdOrName);
  const state = startOrResume(input, 'contacts', folder.id, SELECTABLE);
  const asked = preferredPageSize(input.call.headers.prefer) ?? state.pageSize ?? input.ctx.maxDeltaPageSize;
  const pageSize = Math.min(asked, input.ctx.maxDeltaPageSize);
  const select = state.select ? new Set(state.select) : undefined;
  const linkPath = `${input.mailboxPath}/contactFolders/${encodeURIComponent(folder.id)}/contacts/delta`;
  const collected =
    emptyPage(input, state, linkPath) ??
    collect(input.mailbox, state, pageSize, (id) => {
      const contact = input.mailbox.contacts.get(id);
      return contact ? contactJsonText(contact, select, CONTACT_TYPE) : undefined;
    });
  return answer(input, state, collected, pageSize, linkPath);
}

export function foldersDelta(input: RouteInput): GraphResult {
  const state = startOrResume(input, 'folders', undefined, FOLDER_PROPERTIES);
  const pageSize = Math.min(preferredPageSize(input.call.headers.prefer) ?? state.pageSize ?? input.ctx.maxDeltaPageSize, input.ctx.maxDeltaPageSize);
  const select = state.select ? new Set(state.select) : undefined;
  const linkPath = `${input.mailboxPath}/contactFolders/delta`;
  const collected =
    emptyPage(input, state, linkPath) ??
    collect(input.mailbox, state, pageSize, (id) => {
      const folder = input.mailbox.folders.get(id);
      return folder ? JSON.stringify({ '@odata.type': FOLDER_TYPE, ...renderFolder(folder, select) }) : undefined;
    });
  return answer(input, state, collected, pageSize, linkPath);
}
