// Every contact folder of a mailbox: the default Contacts folder (well-known name `contacts`), the folders
// `GET /contactFolders` lists under it, and their `childFolders`, followed page by page, flattened.
import type { GraphId } from '../../core/contact/contact.js';
import type { RemoteFolder } from '../../ports/contacts-remote.js';
import type { GraphClient } from './graph-client.js';
import { segment } from './mailbox-path.js';

/** contactFolder has no child count (unlike mailFolder), so every folder's childFolders is listed. */
const FOLDER_SELECT = '$select=id,displayName,parentFolderId';
/** Nesting deeper than this is treated as a server loop, not followed. */
const MAX_FOLDER_DEPTH = 16;

export interface FolderJson {
  readonly id?: unknown;
  readonly displayName?: unknown;
  readonly parentFolderId?: unknown;
}

export function toFolder(json: FolderJson, isDefault: boolean): RemoteFolder {
  const parent = typeof json.parentFolderId === 'string' && json.parentFolderId !== '' ? (json.parentFolderId as GraphId) : undefined;
  return {
    id: String(json.id) as GraphId,
    displayName: typeof json.displayName === 'string' ? json.displayName : '',
    ...(parent === undefined || isDefault ? {} : { parentFolderId: parent }),
    isDefault,
  };
}

async function listAll(client: GraphClient, url: string, key: string): Promise<FolderJson[]> {
  const folders: FolderJson[] = [];
  for (let link: string | undefined = url; link !== undefined; ) {
    const body = (await client.json({ method: 'GET', url: link, mailboxKey: key }, { action: 'listing contact folders' })) as {
      value?: unknown;
      '@odata.nextLink'?: unknown;
    };
    if (Array.isArray(body?.value)) folders.push(...(body.value as FolderJson[]).filter((f) => typeof f?.id === 'string'));
    link = typeof body?.['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
  }
  return folders;
}

/** Lists level by level; the requests of a level travel together (the client's limiter keeps four in flight). */
export async function listContactFolders(client: GraphClient, root: string, key: string): Promise<RemoteFolder[]> {
  const [defaultJson, top] = await Promise.all([
    client.json({ method: 'GET', url: `${root}/contactFolders/contacts?${FOLDER_SELECT}`, mailboxKey: key }, { action: 'reading the default contacts folder' }) as Promise<FolderJson>,
    listAll(client, `${root}/contactFolders?${FOLDER_SELECT}`, key),
  ]);
  const result: RemoteFolder[] = [toFolder(defaultJson, true)];
  const seen = new Set<string>([result[0]?.id ?? '']);
  let level = top;
  for (let depth = 0; level.length > 0 && depth < MAX_FOLDER_DEPTH; depth += 1) {
    const fresh = level.filter((json) => {
      if (seen.has(String(json.id))) return false;
      seen.add(String(json.id));
      return true;
    });
    result.push(...fresh.map((json) => toFolder(json, false)));
    const children = await Promise.all(fresh.map((json) => listAll(client, `${root}/contactFolders/${segment(String(json.id))}/childFolders?${FOLDER_SELECT}`, key)));
    level = children.flat();
  }
  return result;
}
