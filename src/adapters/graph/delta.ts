// Contacts delta pages (learn.microsoft.com/graph/api/contact-delta): the first request carries $select,
// later ones call the nextLink/deltaLink exactly as returned; entries with `@removed` are deletions. The folder
// hierarchy's delta only tells whether any folder changed: the folders themselves are then listed whole.
import type { GraphId } from '../../core/contact/contact.js';
import { RemoteError } from '../../core/errors.js';
import type { ContactsDeltaPage, FolderChangesPage, RemoteContact } from '../../ports/contacts-remote.js';
import { CONTACT_SELECT, remoteContactFromGraph } from './contact-json.js';
import type { GraphContactJson } from './contact-json.js';
import { segment } from './mailbox-path.js';

/** Graph caps contact delta pages at 200 whatever larger size is asked for. */
export const DELTA_MAX_PAGE_SIZE = 200;

/** The first request of a round for a folder, relative to the version root. */
export function firstDeltaUrl(root: string, folderId: GraphId): string {
  return `${root}/contactFolders/${segment(folderId)}/contacts/delta?$select=${CONTACT_SELECT.join(',')}`;
}

interface DeltaBody {
  readonly value?: unknown;
  readonly '@odata.nextLink'?: unknown;
  readonly '@odata.deltaLink'?: unknown;
}

/** A delta answer as our page; a body without exactly one link is a protocol error. */
export function readDeltaPage(body: unknown, folderId: GraphId): ContactsDeltaPage {
  const page = (typeof body === 'object' && body !== null ? body : {}) as DeltaBody;
  const nextLink = typeof page['@odata.nextLink'] === 'string' ? page['@odata.nextLink'] : undefined;
  const deltaLink = typeof page['@odata.deltaLink'] === 'string' ? page['@odata.deltaLink'] : undefined;
  if ((nextLink === undefined) === (deltaLink === undefined)) {
    throw new RemoteError('Microsoft Graph answered a delta page without exactly one of nextLink and deltaLink.', { status: 502, cause: body });
  }
  const upserts: RemoteContact[] = [];
  const removedIds: GraphId[] = [];
  for (const entry of Array.isArray(page.value) ? (page.value as GraphContactJson[]) : []) {
    if (typeof entry?.id !== 'string') continue;
    if (entry['@removed'] !== undefined) removedIds.push(entry.id as GraphId);
    else upserts.push(remoteContactFromGraph(entry, folderId));
  }
  return nextLink === undefined ? { upserts, removedIds, deltaLink } : { upserts, removedIds, nextLink };
}

/** The first request of a folder hierarchy round (learn.microsoft.com/graph/api/contactfolder-delta). */
export function firstFolderDeltaUrl(root: string): string {
  return `${root}/contactFolders/delta?$select=id,displayName,parentFolderId`;
}

/** A folder delta answer: whether it reports any folder, and its one link. */
export function readFolderChangesPage(body: unknown): FolderChangesPage {
  const page = (typeof body === 'object' && body !== null ? body : {}) as DeltaBody;
  const nextLink = typeof page['@odata.nextLink'] === 'string' ? page['@odata.nextLink'] : undefined;
  const deltaLink = typeof page['@odata.deltaLink'] === 'string' ? page['@odata.deltaLink'] : undefined;
  if ((nextLink === undefined) === (deltaLink === undefined)) {
    throw new RemoteError('Microsoft Graph answered a folder delta page without exactly one of nextLink and deltaLink.', { status: 502, cause: body });
  }
  const changed = Array.isArray(page.value) && page.value.some((entry: unknown) => typeof (entry as { id?: unknown } | null)?.id === 'string');
  return nextLink === undefined ? { changed, deltaLink } : { changed, nextLink };
}
