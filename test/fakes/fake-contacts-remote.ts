// FakeContactsRemote: the ContactsRemote port in memory, modelling Graph's per-folder contacts delta
// (snapshot rounds paged by nextLink, deltaLink tokens, @removed entries, expired tokens), the folder delta
// (any change to the folder map counts), first pages counted as Graph counts batches, changeKeys,
// non-idempotent creates and injectable faults. Test-side methods edit the "server" directly.
import type { ClientId, ContactFields, GraphId } from '../../src/core/contact/contact.js';
import { applyChanges } from '../../src/core/contact/diff-fields.js';
import { ConflictError, DeltaExpiredError, NotFoundError, RemoteError } from '../../src/core/errors.js';
import { MAX_BATCH_REQUESTS } from '../../src/core/sync/plan-batches.js';
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
} from '../../src/ports/contacts-remote.js';
import { firstPagesOneByOne } from './first-pages-one-by-one.js';

type Operation = 'folders' | 'folderDelta' | 'delta' | 'get' | 'find' | 'write' | 'folderWrite';

interface Fault {
  readonly operation: Operation | 'any';
  readonly error: Error;
  remaining: number;
  /** Calls to let through before failing. */
  skip: number;
}

interface Round {
  readonly folderId: GraphId;
  readonly ids: readonly GraphId[];
  readonly removed: readonly GraphId[];
  readonly endSeq: number;
}

export class FakeContactsRemote implements ContactsRemote {
  readonly folders = new Map<GraphId, RemoteFolder>();
  readonly #contacts = new Map<GraphId, RemoteContact & { readonly seq: number }>();
  readonly #tombstones = new Map<GraphId, { readonly folderId: GraphId; readonly seq: number }>();
  readonly #rounds = new Map<string, Round>();
  #seq = 0;
  #ids = 0;
  #folderIds = 0;
  /** Bumped when the server forgets its tokens: a link of an earlier epoch has expired. */
  #tokenEpoch = 0;
  #faults: Fault[] = [];
  #loseResponses = 0;
  /** Requests made, as Graph would count them (a batch of up to 20 writes is one request). */
  requests = 0;
  readonly calls: Record<Operation, number> = { folders: 0, folderDelta: 0, delta: 0, get: 0, find: 0, write: 0, folderWrite: 0 };
  /** Inside firstPages: its requests travel in batches, counted once per batch. */
  #batched = false;
  /** Writes the server refuses permanently: answered `ok: false` with this error. */
  rejectWrite: ((write: RemoteWrite) => RemoteError | undefined) | undefined;

  constructor(
    readonly now: () => number = () => 0,
    readonly pageSize = 200,
  ) {
    this.addFolder('Contacts', true);
  }

  get defaultFolderId(): GraphId {
    return [...this.folders.values()].find((folder) => folder.isDefault)!.id;
  }

  addFolder(displayName: string, isDefault = false, parentFolderId?: GraphId): GraphId {
    const id = `folder-${++this.#folderIds}` as GraphId;
    this.folders.set(id, { id, displayName, isDefault, ...(parentFolderId === undefined ? {} : { parentFolderId }) });
    return id;
  }

  /** Removes a folder, its subfolders and their contacts, as Graph deletes a folder. */
  serverDeleteFolder(id: GraphId): void {
    for (const child of [...this.folders.values()].filter((folder) => folder.parentFolderId === id)) this.serverDeleteFolder(child.id);
    for (const contact of [...this.#contacts.values()].filter((each) => each.folderId === id)) this.serverDelete(contact.id);
    this.folders.delete(id);
  }

  async createFolder(_mailbox: MailboxRef, displayName: string, parentId?: GraphId): Promise<RemoteFolder> {
    this.#enter('folderWrite');
    const parent = parentId ?? this.defaultFolderId;
    if (!this.folders.has(parent)) throw new NotFoundError(`No contact folder ${parent}`, { status: 404, code: 'ErrorItemNotFound' });
    this.#refuseClash(parent, displayName);
    const id = this.addFolder(displayName, false, parent);
    return { ...this.folders.get(id)! };
  }

  async renameFolder(_mailbox: MailboxRef, id: GraphId, displayName: string): Promise<RemoteFolder> {
    this.#enter('folderWrite');
    const folder = this.folders.get(id);
    if (folder === undefined) throw new NotFoundError(`No contact folder ${id}`, { status: 404, code: 'ErrorItemNotFound' });
    if (folder.isDefault) throw new RemoteError('The default Contacts folder cannot be renamed.', { status: 403, code: 'ErrorAccessDenied' });
    this.#refuseClash(folder.parentFolderId ?? this.defaultFolderId, displayName, id);
    this.folders.set(id, { ...folder, displayName });
    return { ...folder, displayName };
  }

  async deleteFolder(_mailbox: MailboxRef, id: GraphId): Promise<void> {
    this.#enter('folderWrite');
    const folder = this.folders.get(id);
    if (folder === undefined) throw new NotFoundError(`No contact folder ${id}`, { status: 404, code: 'ErrorItemNotFound' });
    if (folder.isDefault) throw new RemoteError('Distinguished folders cannot be deleted.', { status: 400, code: 'ErrorDeleteDistinguishedFolder' });
    this.serverDeleteFolder(id);
  }

  /** Graph keeps folder names unique among a folder's children, ignoring case. */
  #refuseClash(parentId: GraphId, displayName: string, except?: GraphId): void {
    const clash = [...this.folders.values()].some(
      (folder) => !folder.isDefault && folder.id !== except && (folder.parentFolderId ?? this.defaultFolderId) === parentId && folder.displayName.toLowerCase() === displayName.toLowerCase(),
    );
    if (clash) throw new RemoteError('A folder with the specified name already exists.', { status: 409, code: 'ErrorFolderExists' });
  }

  /** Every contact on the server now. */
  contacts(): RemoteContact[] {
    return [...this.#contacts.values()].map(({ seq: _seq, ...contact }) => contact);
  }

  serverCreate(fields: ContactFields, folderId = this.defaultFolderId, clientId?: ClientId): RemoteContact {
    const id = `g${++this.#ids}` as GraphId;
    return this.#put({ id, folderId, changeKey: '', lastModifiedDateTime: '', ...(clientId ? { clientId } : {}), fields });
  }

  serverUpdate(id: GraphId, changes: Partial<ContactFields>): RemoteContact {
    const current = this.#contacts.get(id);
    if (current === undefined) throw new NotFoundError(`No contact ${id}`, { status: 404 });
    return this.#put({ ...current, fields: applyChanges(current.fields, changes) });
  }

  serverDelete(id: GraphId): void {
    const current = this.#contacts.get(id);
    if (current === undefined) throw new NotFoundError(`No contact ${id}`, { status: 404 });
    this.#contacts.delete(id);
    this.#tombstones.set(id, { folderId: current.folderId, seq: ++this.#seq });
  }

  /** After letting `after` calls through, the next `times` calls of `operation` fail with `error` before reaching the server. */
  failNext(operation: Operation | 'any', error: Error, times = 1, after = 0): void {
    if (times > 0) this.#faults.push({ operation, error, remaining: times, skip: after });
  }

  /** The next `times` write calls are applied, but their answer is lost (connection dropped). */
  loseNextWriteResponses(times = 1): void {
    this.#loseResponses += times;
  }

  /** Removes every pending fault: the network is quiet again. */
  clearFaults(): void {
    this.#faults = [];
    this.#loseResponses = 0;
  }

  /** The server forgets every delta token and round issued so far (Graph answers 410 Gone). */
  expireDeltaTokens(): void {
    this.#tokenEpoch += 1;
    this.#rounds.clear();
  }

  async listFolders(_mailbox: MailboxRef): Promise<readonly RemoteFolder[]> {
    this.#enter('folders');
    return [...this.folders.values()];
  }

  async contactsDeltaPage(_mailbox: MailboxRef, folderId: GraphId, link?: string): Promise<ContactsDeltaPage> {
    this.#enter('delta');
    if (!this.folders.has(folderId)) throw new NotFoundError(`No contact folder ${folderId}`, { status: 404, code: 'ErrorItemNotFound' });
    const [kind, key, offsetText] = (link ?? 'start').split('|');
    let roundKey = key ?? '';
    let offset = Number(offsetText ?? 0);
    if (kind === 'start' || kind === 'delta') {
      const since = kind === 'start' ? -1 : Number(key);
      if (since !== -1 && offsetText !== String(this.#tokenEpoch)) throw new DeltaExpiredError('The delta token has expired.', { status: 410, code: 'SyncStateNotFound' });
      roundKey = `${folderId}:${this.#rounds.size}:${this.#seq}:${since}`;
      this.#rounds.set(roundKey, this.#openRound(folderId, since));
      offset = 0;
    }
    const round = this.#rounds.get(roundKey);
    if (round === undefined || round.folderId !== folderId) throw new DeltaExpiredError('The delta link is unknown.', { status: 410, code: 'SyncStateNotFound' });
    const entries = [...round.removed.map((id) => ({ removed: id })), ...round.ids.map((id) => ({ id }))];
    const slice = entries.slice(offset, offset + this.pageSize);
    const upserts = slice.flatMap((entry) => {
      const contact = 'id' in entry ? this.#contacts.get(entry.id) : undefined;
      if (contact === undefined || contact.folderId !== folderId) return [];
      // Graph's contacts delta cannot expand extended properties: our client id is not in delta pages.
      const { clientId: _hidden, ...visible } = this.#public(contact);
      return [visible];
    });
    const removedIds = slice.flatMap((entry) => ('removed' in entry ? [entry.removed] : []));
    const done = offset + this.pageSize >= entries.length;
    return done ? { upserts, removedIds, deltaLink: `delta|${round.endSeq}|${this.#tokenEpoch}` } : { upserts, removedIds, nextLink: `next|${roundKey}|${offset + this.pageSize}` };
  }

  /** The folder hierarchy as the folder delta sees it: any change to `folders` changes it. */
  #folderFingerprint(): string {
    return JSON.stringify([...this.folders.values()].map((folder) => [folder.id, folder.displayName, folder.parentFolderId ?? '']).sort());
  }

  async folderChangesPage(_mailbox: MailboxRef, link?: string): Promise<FolderChangesPage> {
    this.#enter('folderDelta');
    const fingerprint = this.#folderFingerprint();
    const deltaLink = `folders|${this.#tokenEpoch}|${fingerprint}`;
    if (link === undefined) return { changed: true, deltaLink };
    const [kind, since, ...rest] = link.split('|');
    if (kind !== 'folders' || since !== String(this.#tokenEpoch)) throw new DeltaExpiredError('The folder delta token has expired.', { status: 410, code: 'SyncStateNotFound' });
    return { changed: rest.join('|') !== fingerprint, deltaLink };
  }

  async firstPages(mailbox: MailboxRef, request: FirstPagesRequest): Promise<FirstPages> {
    this.requests += Math.ceil((request.contacts.length + 1) / MAX_BATCH_REQUESTS);
    this.#batched = true;
    try {
      return await firstPagesOneByOne(this, mailbox, request);
    } finally {
      this.#batched = false;
    }
  }

  async getContact(_mailbox: MailboxRef, id: GraphId): Promise<RemoteContact> {
    this.#enter('get');
    const contact = this.#contacts.get(id);
    if (contact === undefined) throw new NotFoundError(`No contact ${id}`, { status: 404 });
    return this.#public(contact);
  }

  async findByClientId(_mailbox: MailboxRef, clientId: ClientId): Promise<RemoteContact | undefined> {
    this.#enter('find');
    const found = [...this.#contacts.values()].find((contact) => contact.clientId === clientId);
    return found && this.#public(found);
  }

  async write(_mailbox: MailboxRef, writes: readonly RemoteWrite[]): Promise<readonly RemoteWriteResult[]> {
    this.#enter('write');
    this.requests += Math.max(0, Math.ceil(writes.length / 20) - 1);
    const results = writes.map((write) => this.#applyWrite(write));
    if (this.#loseResponses > 0) {
      this.#loseResponses -= 1;
      throw new RemoteError('The connection closed before the answer arrived.', { status: 0 });
    }
    return results;
  }

  #applyWrite(write: RemoteWrite): RemoteWriteResult {
    const refused = this.rejectWrite?.(write);
    if (refused !== undefined) return { ok: false, error: refused };
    if (write.kind === 'create') {
      const contact = this.serverCreate(write.fields, write.folderId ?? this.defaultFolderId, write.clientId);
      return { ok: true, contact };
    }
    const current = this.#contacts.get(write.id);
    if (current === undefined) return { ok: false, error: new NotFoundError(`No contact ${write.id}`, { status: 404 }) };
    if (write.kind === 'delete') {
      this.serverDelete(write.id);
      return { ok: true };
    }
    if (write.ifMatchChangeKey !== undefined && write.ifMatchChangeKey !== current.changeKey) {
      return { ok: false, error: new ConflictError('The contact changed on the server.', { status: 412 }) };
    }
    return { ok: true, contact: this.serverUpdate(write.id, write.changes) };
  }

  #openRound(folderId: GraphId, since: number): Round {
    const ids = [...this.#contacts.values()].filter((c) => c.folderId === folderId && c.seq > since).sort((a, b) => a.seq - b.seq).map((c) => c.id);
    const removed = since === -1 ? [] : [...this.#tombstones].filter(([, t]) => t.folderId === folderId && t.seq > since).map(([id]) => id);
    return { folderId, ids, removed, endSeq: this.#seq };
  }

  #put(contact: RemoteContact): RemoteContact {
    const seq = ++this.#seq;
    const stored = { ...contact, changeKey: `ck-${seq}`, lastModifiedDateTime: new Date(this.now()).toISOString(), seq };
    this.#contacts.set(contact.id, stored);
    return this.#public(stored);
  }

  #public(contact: RemoteContact & { readonly seq: number }): RemoteContact {
    const { seq: _seq, ...rest } = contact;
    return structuredClone(rest);
  }

  #enter(operation: Operation): void {
    if (!this.#batched) this.requests += 1;
    this.calls[operation] += 1;
    const fault = this.#faults.find((entry) => entry.operation === operation || entry.operation === 'any');
    if (fault === undefined) return;
    if (fault.skip > 0) {
      fault.skip -= 1;
      return;
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults = this.#faults.filter((entry) => entry !== fault);
    throw fault.error;
  }
}
