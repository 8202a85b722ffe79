// ContactsRemote over Microsoft Graph: folders, per-folder contacts delta, reads, lookups by our client id,
// and writes through sequenced JSON batches. Retry, throttling and token refresh live in the middleware chain.
import type { ClientId, GraphId } from '../../core/contact/contact.js';
import type { Clock } from '../../ports/clock.js';
import type {
  ContactsDeltaPage,
  ContactsRemote,
  MailboxRef,
  RemoteContact,
  RemoteFolder,
  RemoteWrite,
  RemoteWriteResult,
} from '../../ports/contacts-remote.js';
import type { TokenProvider } from '../../ports/token-provider.js';
import type { BatchRunner } from './batch.js';
import { CLIENT_ID_PROPERTY_ID, CONTACT_READ_QUERY, remoteContactFromGraph } from './contact-json.js';
import type { GraphContactJson } from './contact-json.js';
import { DELTA_MAX_PAGE_SIZE, firstDeltaUrl, readDeltaPage } from './delta.js';
import { GraphClient } from './graph-client.js';
import { listContactFolders } from './list-folders.js';
import { mailboxKey, mailboxPath, odataString, segment } from './mailbox-path.js';
import type { ScopesFor } from './middleware/auth-handler.js';
import type { ConcurrencyLimiter } from './middleware/concurrency-limiter.js';
import { createGraphMiddleware } from './middleware/create-graph-middleware.js';
import type { FetchFn } from './middleware/fetch-handler.js';
import type { RetryOptions } from './middleware/retry-handler.js';
import { writeContacts } from './write-contacts.js';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
/** Least privilege per mailbox (learn.microsoft.com/graph/permissions-reference): own contacts read-write, a
 * shared mailbox read-only unless we write to it. */
export function defaultGraphScopes(request: { readonly mailboxKey: string; readonly method: string }): readonly string[] {
  if (!request.mailboxKey.startsWith('users/')) return ['Contacts.ReadWrite'];
  return request.method === 'GET' ? ['Contacts.Read.Shared'] : ['Contacts.ReadWrite.Shared'];
}

export interface GraphContactsRemoteOptions {
  /** `https://graph.microsoft.com/v1.0` in production; the emulator's `graphUrl` in tests and the demo. */
  readonly baseUrl?: string;
  readonly tokens: TokenProvider;
  readonly clock: Clock;
  /** Fixed scopes, or chosen per request; `defaultGraphScopes` when absent. */
  readonly scopes?: ScopesFor;
  readonly random?: () => number;
  readonly fetch?: FetchFn;
  readonly retry?: RetryOptions;
  readonly maxConcurrentPerMailbox?: number;
  /** A request still unanswered after this is aborted and treated as a dropped connection. */
  readonly requestTimeoutMs?: number;
  /** Asked of delta with `Prefer: odata.maxpagesize`; Graph caps it at 200. */
  readonly deltaPageSize?: number;
}

export class GraphContactsRemote implements ContactsRemote {
  readonly #client: GraphClient;
  readonly #runner: BatchRunner;
  readonly #limiter: ConcurrencyLimiter;
  readonly #pageSize: number;

  constructor(options: GraphContactsRemoteOptions) {
    const baseUrl = options.baseUrl ?? GRAPH_BASE_URL;
    const random = options.random ?? Math.random;
    const middleware = createGraphMiddleware({
      tokens: options.tokens,
      scopes: options.scopes ?? defaultGraphScopes,
      graphHosts: [new URL(baseUrl).host],
      clock: options.clock,
      random,
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.maxConcurrentPerMailbox === undefined ? {} : { maxConcurrentPerMailbox: options.maxConcurrentPerMailbox }),
      ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
    });
    this.#client = new GraphClient(baseUrl, middleware.first, options.clock);
    this.#runner = { client: this.#client, clock: options.clock, random };
    this.#limiter = middleware.limiter;
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

  write(mailbox: MailboxRef, writes: readonly RemoteWrite[]): Promise<readonly RemoteWriteResult[]> {
    return writeContacts(this.#runner, mailbox, writes);
  }
}
