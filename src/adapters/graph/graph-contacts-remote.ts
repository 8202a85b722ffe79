// ContactsRemote over Microsoft Graph: folders and their delta, per-folder contacts delta (the first pages of
// a run batched together), reads, lookups by our client id, folder create, rename and delete, and writes through
// sequenced JSON batches. Retry, throttling and token refresh live in the middleware chain.
import type { ClientId, GraphId } from '../../core/contact/contact.js';
import type {
  ContactsDeltaPage,
  ContactsRemote,
  FirstPages,
  FirstPagesRequest,
  FolderChangesPage,
  MailboxRef,
  RemoteContact,
  RemoteFolder,
  RemoteWrite,
  RemoteWriteResult,
} from '../../ports/contacts-remote.js';
import type { BatchRunner } from './batch.js';
import { CLIENT_ID_PROPERTY_ID, CONTACT_READ_QUERY, remoteContactFromGraph } from './contact-json.js';
import type { GraphContactJson } from './contact-json.js';
import { DELTA_MAX_PAGE_SIZE, firstDeltaUrl, firstFolderDeltaUrl, readDeltaPage, readFolderChangesPage } from './delta.js';
import { firstPagesOverGraph } from './first-pages.js';
import type { GraphClient } from './graph-client.js';
import { connectToGraph } from './graph-connection.js';
import type { GraphConnection, GraphConnectionOptions } from './graph-connection.js';
import { listContactFolders, toFolder } from './list-folders.js';
import type { FolderJson } from './list-folders.js';
import { mailboxKey, mailboxPath, odataString, segment } from './mailbox-path.js';
import type { ConcurrencyLimiter } from './middleware/concurrency-limiter.js';
import { writeContacts } from './write-contacts.js';

export { GRAPH_BASE_URL, defaultGraphScopes } from './graph-connection.js';

export interface GraphContactsRemoteOptions extends GraphConnectionOptions {
  /** The connection to share with the pane's other Graph readers; one is made from the options when absent. */
  readonly connection?: GraphConnection;
  /** Asked of delta with `Prefer: odata.maxpagesize`; Graph caps it at 200. */
  readonly deltaPageSize?: number;
}

export class GraphContactsRemote implements ContactsRemote {
  readonly #client: GraphClient;
  readonly #runner: BatchRunner;
  readonly #limiter: ConcurrencyLimiter;
  readonly #pageSize: number;

  constructor(options: GraphContactsRemoteOptions) {
    const connection = options.connection ?? connectToGraph(options);
    this.#client = connection.client;
    this.#runner = { client: connection.client, clock: connection.clock, random: connection.random };
    this.#limiter = connection.limiter;
    this.#pageSize = Math.min(options.deltaPageSize ?? DELTA_MAX_PAGE_SIZE, DELTA_MAX_PAGE_SIZE);
  }

  /** The most requests this adapter ever had in flight for one mailbox. */
  get peakRequestsInFlight(): number {
    return this.#limiter.peakInFlight;
  }

  listFolders(mailbox: MailboxRef): Promise<readonly RemoteFolder[]> {
    return listContactFolders(this.#client, mailboxPath(mailbox), mailboxKey(mailbox));
  }

  async contactsDeltaPage(mailbox: MailboxRef, folderId: GraphId, link?: string): Promise<ContactsDeltaPage> {
    const url = link ?? firstDeltaUrl(mailboxPath(mailbox), folderId);
    const body = await this.#client.json(
      { method: 'GET', url, headers: { Prefer: `odata.maxpagesize=${this.#pageSize}` }, mailboxKey: mailboxKey(mailbox) },
      { action: `reading the contacts delta of folder ${folderId}`, delta: true },
    );
    return readDeltaPage(body, folderId);
  }

  async folderChangesPage(mailbox: MailboxRef, link?: string): Promise<FolderChangesPage> {
    const body = await this.#client.json(
      { method: 'GET', url: link ?? firstFolderDeltaUrl(mailboxPath(mailbox)), mailboxKey: mailboxKey(mailbox) },
      { action: 'reading the contact folders delta', delta: true },
    );
    return readFolderChangesPage(body);
  }

  firstPages(mailbox: MailboxRef, request: FirstPagesRequest): Promise<FirstPages> {
    return firstPagesOverGraph(
      {
        runner: this.#runner,
        pageSize: this.#pageSize,
        single: (one) => (one.kind === 'folders' ? this.folderChangesPage(mailbox, one.link) : this.contactsDeltaPage(mailbox, one.folderId, one.link)),
      },
      mailbox,
      request,
    );
  }

  async getContact(mailbox: MailboxRef, id: GraphId): Promise<RemoteContact> {
    const body = await this.#client.json(
      { method: 'GET', url: `${mailboxPath(mailbox)}/contacts/${segment(id)}?${CONTACT_READ_QUERY}`, mailboxKey: mailboxKey(mailbox) },
      { action: `reading contact ${id}` },
    );
    return remoteContactFromGraph(body as GraphContactJson);
  }

  async findByClientId(mailbox: MailboxRef, clientId: ClientId): Promise<RemoteContact | undefined> {
    const root = mailboxPath(mailbox);
    const filter = `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(CLIENT_ID_PROPERTY_ID)} and ep/value eq ${odataString(clientId)})`;
    const query = `$filter=${encodeURIComponent(filter)}&${CONTACT_READ_QUERY}`;
    const found = await this.#findIn(mailbox, `${root}/contacts?${query}`, clientId);
    if (found !== undefined) return found;
    for (const folder of await this.listFolders(mailbox)) {
      if (folder.isDefault) continue;
      const inFolder = await this.#findIn(mailbox, `${root}/contactFolders/${segment(folder.id)}/contacts?${query}`, clientId);
      if (inFolder !== undefined) return inFolder;
    }
    return undefined;
  }

  async #findIn(mailbox: MailboxRef, url: string, clientId: ClientId): Promise<RemoteContact | undefined> {
    const body = (await this.#client.json(
      { method: 'GET', url, mailboxKey: mailboxKey(mailbox) },
      { action: `looking up the contact with client id ${clientId}` },
    )) as { value?: unknown };
    const first = Array.isArray(body?.value) ? (body.value[0] as GraphContactJson | undefined) : undefined;
    return first === undefined ? undefined : { ...remoteContactFromGraph(first), clientId };
  }

  async createFolder(mailbox: MailboxRef, displayName: string, parentId?: GraphId): Promise<RemoteFolder> {
    const root = mailboxPath(mailbox);
    const url = parentId === undefined ? `${root}/contactFolders` : `${root}/contactFolders/${segment(parentId)}/childFolders`;
    const body = await this.#client.json(
      { method: 'POST', url, body: { displayName }, mailboxKey: mailboxKey(mailbox) },
      { action: `creating the contact folder ${JSON.stringify(displayName.slice(0, 80))}` },
    );
    return toFolder(body as FolderJson, false);
  }

  async renameFolder(mailbox: MailboxRef, id: GraphId, displayName: string): Promise<RemoteFolder> {
    const body = await this.#client.json(
      { method: 'PATCH', url: `${mailboxPath(mailbox)}/contactFolders/${segment(id)}`, body: { displayName }, mailboxKey: mailboxKey(mailbox) },
      { action: `renaming contact folder ${id}` },
    );
    return toFolder(body as FolderJson, false);
  }

  async deleteFolder(mailbox: MailboxRef, id: GraphId): Promise<void> {
    await this.#client.json({ method: 'DELETE', url: `${mailboxPath(mailbox)}/contactFolders/${segment(id)}`, mailboxKey: mailboxKey(mailbox) }, { action: `deleting contact folder ${id}` });
  }

  write(mailbox: MailboxRef, writes: readonly RemoteWrite[]): Promise<readonly RemoteWriteResult[]> {
    return writeContacts(this.#runner, mailbox, writes);
  }
}
