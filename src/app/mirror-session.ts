// The signed-in account's local mirror, composed for the pane: the Dexie mirror named by the account key,
// GraphContactsRemote with the session's tokens, and the SyncScheduler (on open — the pane renders from the
// mirror first —, on a timer, on focus and on demand), one sync at a time across panes (Web Locks) with news
// to the others (BroadcastChannel). It serves the Message view as its MessageMirror, the Contacts view as its ContactsMirror
// and the Import/Export view as its ExportMirror, ImportMirror and MappingMirror (the account's saved CSV mappings,
// in a table of the same database).
import { DexieMappingStore } from '../adapters/dexie/dexie-mapping-store.js';
import { DexieMirrorStore } from '../adapters/dexie/dexie-mirror-store.js';
import { DexiePhotoQueue } from '../adapters/dexie/dexie-photo-queue.js';
import { DexiePhotoCache } from '../adapters/dexie/dexie-photo-cache.js';
import { DexieCategoryCache } from '../adapters/dexie/dexie-category-cache.js';
import { GraphMasterCategories } from '../adapters/graph/graph-master-categories.js';
import type { CategoryColor, MasterCategory } from '../core/contact/master-category.js';
import { CategoryBook } from '../engine/category-book.js';
import type { CategoryBookState, CategoryMirror } from '../ui/ports/category-mirror.js';
import { chosenPhotoAsJpeg, fitPhotoInBrowser } from '../adapters/browser/fit-photo-in-browser.js';
import { lockForHost } from '../adapters/browser/web-locks-lock.js';
import { BroadcastSyncEvents, syncChannelName } from '../adapters/browser/broadcast-sync-events.js';
import { GraphContactsRemote } from '../adapters/graph/graph-contacts-remote.js';
import { connectToGraph } from '../adapters/graph/graph-connection.js';
import { GraphDirectory } from '../adapters/graph/graph-directory.js';
import { accountDatabaseName } from '../core/auth/account-key.js';
import type { ContactFields, GraphId } from '../core/contact/contact.js';
import { splitEmail } from '../core/contact/normalize-email.js';
import type { SignedInAccount } from '../core/auth/sign-in-state.js';
import type { SignatureInput } from '../core/match/signature/signature-types.js';
import type { LocalId, MirrorContact } from '../core/sync/mirror-contact.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import { addAddressToContact } from '../engine/capture-address.js';
import { captureAll } from '../engine/capture-all-unknown.js';
import type { CapturePreviewRow } from '../engine/capture-all-unknown.js';
import { captureContact } from '../engine/capture-contact.js';
import { createContact, editContact } from '../engine/local-edits.js';
import { findDuplicateGroups } from '../engine/find-duplicate-groups.js';
import type { DuplicateContacts } from '../engine/find-duplicate-groups.js';
import { mergeDuplicates, undoLocalChange } from '../engine/merge-duplicates.js';
import { canUndoDelete, deleteWithUndo, releaseDelete, undoDelete } from '../engine/undo-delete.js';
import type { DeleteTicket } from '../engine/undo-delete.js';
import { createContactFolder, deleteContactFolder, folderDeleteImpact, renameContactFolder } from '../engine/contact-folders.js';
import type { FolderDeleteImpact } from '../engine/contact-folders.js';
import { OpenItemMatcher } from '../engine/match-open-item.js';
import { syncOnce } from '../engine/sync-once.js';
import { SyncScheduler } from '../engine/sync-scheduler.js';
import { syncSources } from '../engine/shared-sources.js';
import type { MailboxHost } from '../ports/mailbox-host.js';
import type { ContactQuery, Unsubscribe } from '../ports/mirror-store.js';
import type { SyncEvent } from '../ports/sync-events.js';
import type { TokenProvider } from '../ports/token-provider.js';
import type { SyncPane } from '../ui/ports/sync-pane.js';
import { createSyncPane } from '../ui/views/sync/create-sync-pane.js';
import type { MessageMirror, SyncActivity } from '../ui/ports/message-mirror.js';
import type { ContactsMirror, QueuedMerge } from '../ui/ports/contacts-mirror.js';
import type { ExportMirror, ExportOutcome, ExportRequest } from '../ui/ports/export-mirror.js';
import type { CsvMappingDocument, MappingId, MappingMirror, MappingPreview, SavedMapping, SaveMappingOutcome } from '../ui/ports/mapping-mirror.js';
import type { FieldNotCarried } from '../core/mapping/fields-not-carried.js';
import { mappedFieldsTable } from '../core/mapping/mapped-fields-table.js';
import { readCsvHeaderRow } from '../core/import/read-csv-import.js';
import { UserError } from '../core/errors.js';
import { quoted } from '../core/mapping/document/transform-value.js';
import { mappingFileOf, readMappingFile, saveMapping } from '../engine/saved-mappings.js';
import { downloadFile } from '../adapters/files/browser-download.js';
import type { ImportReport } from '../core/import/import-report.js';
import { importReportCsv } from '../core/import/import-report.js';
import { importContacts } from '../engine/import-contacts.js';
import { previewImport } from '../engine/preview-import.js';
import type { ChosenFile, ImportMirror, ImportOptions, ImportPreview, RunImportOptions } from '../ui/ports/import-mirror.js';
import { readImportFileOffThread } from './workers/read-import-file-off-thread.js';
import { yieldToPage } from '../adapters/browser/yield-to-page.js';
import { exportContacts, fieldsNotExported, previewCsvExport } from '../engine/export-contacts.js';
import { contactPhoto, giveContactPhoto, keepGivenPhoto, photoVersionOf } from '../engine/contact-photo.js';
import { moveContactWithPhoto } from '../engine/move-contact.js';
import { lookUpPerson } from '../engine/look-up-person.js';
import type { OrganizationPerson } from '../ports/graph-directory.js';
import { systemClock } from '../adapters/browser/system-clock.js';
import { randomClientId } from '../adapters/browser/random-client-id.js';
import { extractSignatureOffThread } from './workers/extract-signature-off-thread.js';
import { WebCryptoCredentialVault } from '../adapters/browser/web-crypto-credential-vault.js';
import { CardDavSession } from './carddav-session.js';

export interface MirrorSessionOptions {
  readonly account: SignedInAccount;
  readonly tokens: TokenProvider;
  /** Absolute Graph base URL, e.g. `https://graph.microsoft.com/v1.0`. */
  readonly graphBaseUrl: string;
  readonly mailbox: MailboxHost;
  /** Asks for the permissions a refused token request named (the Sync view's shared sources); never throws. */
  readonly grantConsent?: () => Promise<void>;
  /** Signs out and deletes the account's local data (Settings). */
  readonly removeLocalData?: () => Promise<void>;
  /** The connect-src sources CardDAV servers may be reached at. */
  readonly carddavSources?: readonly string[];
}

export class MirrorSession implements MessageMirror, ContactsMirror, ExportMirror, ImportMirror, MappingMirror, CategoryMirror {
  readonly store: DexieMirrorStore;
  readonly mappings: DexieMappingStore;
  readonly scheduler: SyncScheduler;
  readonly matcher: OpenItemMatcher;
  /** What the Sync and Settings views use: sync news, Sync now, shared sources, removing local data. */
  readonly sync: SyncPane;
  /** What the CardDAV section uses: servers, pairings, passwords and runs. */
  readonly carddav: CardDavSession;
  readonly organizationDomain: string | undefined;
  /** The account key the mirror belongs to. */
  readonly key: string;
  readonly #options: MirrorSessionOptions;
  readonly #events: BroadcastSyncEvents;
  readonly #changed = new Set<() => void>();
  readonly #activityListeners = new Set<() => void>();
  readonly #mappingListeners = new Set<() => void>();
  readonly #photos = new Map<string, Promise<string | undefined>>();
  readonly #directory: GraphDirectory;
  readonly #photoQueue: DexiePhotoQueue;
  readonly #photoCache: DexiePhotoCache;
  readonly #vault: WebCryptoCredentialVault;
  readonly #categoryCache: DexieCategoryCache;
  readonly #categories: CategoryBook;
  readonly #cleanups: (() => void)[] = [];
  readonly #lock = lockForHost();
  readonly #lockName: string;
  readonly #deleteTimers = new Set<number>();
  readonly #remote: GraphContactsRemote;
  #activity: SyncActivity = { state: 'idle' };

  constructor(options: MirrorSessionOptions) {
    this.#options = options;
    const key = options.account.key;
    this.key = key;
    this.#lockName = `contact-bridge-sync@${key}`;
    this.store = new DexieMirrorStore(accountDatabaseName('mirror', key));
    this.mappings = new DexieMappingStore(accountDatabaseName('mirror', key));
    this.#photoQueue = new DexiePhotoQueue(accountDatabaseName('mirror', key));
    this.#photoCache = new DexiePhotoCache(accountDatabaseName('cache', key));
    this.#events = new BroadcastSyncEvents(syncChannelName(key));
    // One connection: the sync, people lookups and photos share its token refresh, retries and mailbox limit.
    const connection = connectToGraph({ baseUrl: options.graphBaseUrl, tokens: options.tokens, clock: systemClock });
    const remote = new GraphContactsRemote({ connection, tokens: options.tokens, clock: systemClock });
    this.#remote = remote;
    this.#directory = new GraphDirectory(connection);
    this.#categoryCache = new DexieCategoryCache(accountDatabaseName('cache', key));
    this.#categories = new CategoryBook({
      remote: new GraphMasterCategories(connection),
      cache: this.#categoryCache,
      clock: systemClock,
      ...(options.grantConsent === undefined ? {} : { grantConsent: options.grantConsent }),
    });
    const photoUploads = { queue: this.#photoQueue, photos: this.#directory, fit: fitPhotoInBrowser };
    const movePhotos = { photos: this.#directory, cache: this.#photoCache };
    const deps = { remote, store: this.store, clock: systemClock, newClientId: randomClientId, photoUploads, movePhotos };
    this.scheduler = new SyncScheduler({
      lock: this.#lock,
      events: this.#events,
      clock: systemClock,
      lockName: this.#lockName,
      run: async (onProgress) => syncOnce({ ...deps, onProgress, sources: await syncSources(this.store) }),
    });
    this.sync = createSyncPane({
      key,
      store: this.store,
      events: this.#events,
      remote,
      now: () => systemClock.now(),
      tokens: options.tokens,
      requestSync: () => this.scheduler.requestSync('demand'),
      grantConsent: options.grantConsent ?? (() => Promise.resolve()),
      removeLocalData: options.removeLocalData ?? (() => Promise.resolve()),
    });
    this.#vault = new WebCryptoCredentialVault(accountDatabaseName('vault', key));
    this.carddav = new CardDavSession({
      key,
      store: this.store,
      vault: this.#vault,
      allowedSources: options.carddavSources ?? [],
      requestSync: () => void this.#afterCardDavRun(),
    });
    const own = options.mailbox.user().emailAddress;
    this.matcher = new OpenItemMatcher(this.store, () => [own, options.account.username]);
    const domain = splitEmail(own)?.domain;
    this.organizationDomain = domain;
    this.#cleanups.push(this.#events.subscribe((event) => this.#onSyncEvent(event)));
  }

  /** Starts syncing (the first run now) and follows focus; the mirror can be read before it finishes. */
  start(): void {
    void this.scheduler.start();
    // The match index is built once the pane has drawn: until then matching reads IndexedDB directly.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => void this.store.warmMatchIndex().catch(() => undefined));
    const onFocus = (): void => void this.scheduler.onFocus();
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') onFocus();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    this.#cleanups.push(() => window.removeEventListener('focus', onFocus), () => document.removeEventListener('visibilitychange', onVisible));
  }

  async close(): Promise<void> {
    this.scheduler.stop();
    for (const timer of this.#deleteTimers) window.clearTimeout(timer);
    this.#deleteTimers.clear();
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    this.#events.close();
    for (const photo of this.#photos.values()) void photo.then((url) => url !== undefined && URL.revokeObjectURL(url));
    this.#changed.clear();
    this.#activityListeners.clear();
    this.#mappingListeners.clear();
    await this.mappings.close();
    await this.#photoQueue.close();
    await this.#photoCache.close();
    await this.#vault.close();
    await this.#categoryCache.close();
    await this.store.close();
  }

  folders(): Promise<readonly MirrorFolder[]> {
    return this.store.listFolders();
  }

  watchContacts(query: ContactQuery, listener: (contacts: readonly MirrorContact[]) => void, onError?: (error: Error) => void): Unsubscribe {
    return this.store.watchContacts(query, listener, onError);
  }

  /** Counts the matching contacts from the mirror's index keys: the Contacts view asks when its window is full, once per change. */
  countContacts({ text, folderId }: ContactQuery): Promise<number> {
    return this.store.countContacts({ text, folderId });
  }

  /** Exports the live contacts and downloads the file (none when there is nothing to export); papaparse loads on first use. */
  async exportContacts(request: ExportRequest): Promise<ExportOutcome> {
    const { writeCsv } = await import(/* webpackChunkName: "files" */ '../adapters/files/papaparse-csv.js');
    const now = new Date(systemClock.now());
    const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-');
    const file = await exportContacts({ store: this.store, writeCsv }, { ...request, date });
    if (file.count > 0) downloadFile(file.name, file.mediaType, file.text);
    return { fileName: file.name, count: file.count };
  }

  fieldsNotCarried(request: ExportRequest): Promise<readonly FieldNotCarried[]> {
    return fieldsNotExported(this.store, request, yieldToPage);
  }

  listMappings(): Promise<readonly SavedMapping[]> {
    return this.mappings.listMappings();
  }

  onMappingsChanged(listener: () => void): () => void {
    this.#mappingListeners.add(listener);
    return () => this.#mappingListeners.delete(listener);
  }

  async saveMapping(document: CsvMappingDocument, id?: MappingId): Promise<SaveMappingOutcome> {
    const outcome = await saveMapping(this.mappings, { id: id ?? (randomClientId() as string as MappingId), document, now: systemClock.now() });
    if (outcome.ok) this.#notifyMappings();
    return outcome;
  }

  async deleteMapping(id: MappingId): Promise<void> {
    await this.mappings.deleteMapping(id);
    this.#notifyMappings();
  }

  downloadMapping(document: CsvMappingDocument): void {
    const file = mappingFileOf(document);
    downloadFile(file.name, file.mediaType, file.text);
  }

  async loadMappingFile(file: ChosenFile): Promise<SavedMapping> {
    const document = readMappingFile({ name: file.name, text: new TextDecoder().decode(file.bytes) });
    const outcome = await this.saveMapping(document);
    if (!outcome.ok) throw new UserError(`“${quoted(file.name)}” could not be saved.`, outcome.problems.map((problem) => problem.message).join('; '));
    return outcome.saved;
  }

  async readHeaderRow(file: ChosenFile): Promise<readonly string[]> {
    const { parseCsvRows } = await import(/* webpackChunkName: "files" */ '../adapters/files/papaparse-csv.js');
    return readCsvHeaderRow(file, parseCsvRows);
  }

  /** A CSV file's first rows read through the document; without one (or for a vCard file), the CSV the first mirror contacts export to. */
  async previewMapping(document: CsvMappingDocument, limit: number, file?: ChosenFile): Promise<MappingPreview> {
    const read = file === undefined ? undefined : await readImportFileOffThread(file, { mapping: document });
    if (file !== undefined && read?.kind === 'csv') {
      const table = mappedFieldsTable(document, read.drafts.slice(0, limit).map((draft) => draft.fields));
      return { source: 'file', file: file.name, fields: table.fields, rows: table.rows };
    }
    const [headers = [], ...rows] = await previewCsvExport(this.store, document, limit);
    return { source: 'mirror', headers, rows };
  }

  /** Reads the file and plans its first rows against the mirror; changes nothing. */
  async previewImport(file: ChosenFile, options: ImportOptions): Promise<ImportPreview> {
    const read = await readImportFileOffThread(file, options);
    const rows = await previewImport(this.store, { drafts: read.drafts, fileIdentity: read.fileIdentity }, yieldToPage);
    return {
      file: file.name,
      kind: read.kind,
      ...(read.preset === undefined ? {} : { preset: read.preset }),
      ...(options.mapping === undefined ? {} : { mappingName: options.mapping.name }),
      recognized: read.recognized,
      ...(read.versions === undefined ? {} : { versions: read.versions }),
      rows,
      total: read.drafts.length,
      fileProblems: read.problems.map((problem) => problem.message),
    };
  }

  /** Imports the file through the outbox; the sync requested afterwards pushes it. */
  async runImport(file: ChosenFile, options: RunImportOptions): Promise<ImportReport> {
    const read = await readImportFileOffThread(file, options);
    return this.#locally(
      importContacts(
        { store: this.store, now: () => systemClock.now(), pause: yieldToPage, photos: this.#photoQueue },
        {
          file: file.name,
          fileIdentity: read.fileIdentity,
          drafts: read.drafts,
          fileProblems: read.problems,
          onMatch: options.onMatch,
          folderId: options.folderId,
          ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
        },
      ),
    );
  }

  downloadReport(report: ImportReport): void {
    const base = report.file.replace(/\.[^.]*$/, '');
    downloadFile(`${base}-import-report.csv`, 'text/csv', importReportCsv(report));
  }

  capture(fields: ContactFields): Promise<LocalId> {
    return this.#locally(captureContact(this.#captureDeps(), fields));
  }

  captureAll(preview: readonly CapturePreviewRow[], keep: ReadonlySet<string>): Promise<readonly LocalId[]> {
    return this.#locally(captureAll(this.#captureDeps(), preview, keep));
  }

  addAddress(localId: LocalId, entry: { readonly address: string; readonly name?: string }) {
    return this.#locally(addAddressToContact(this.store, localId, entry, systemClock.now()));
  }

  categoriesInUse(): Promise<readonly string[]> {
    return this.store.categoriesInUse();
  }

  create(folderId: GraphId, fields: ContactFields): Promise<LocalId> {
    return this.#locally(createContact(this.store, { clientId: randomClientId(), folderId, fields, now: systemClock.now() }));
  }

  edit(localId: LocalId, fields: ContactFields): Promise<boolean> {
    return this.#locally(editContact(this.store, localId, fields, systemClock.now()));
  }

  /** The photo the pane has for the contact shows on its copy at once, before Graph has it there. */
  async move(localId: LocalId, folderId: GraphId): Promise<LocalId | undefined> {
    const moved = await moveContactWithPhoto({ store: this.store, photoQueue: this.#photoQueue }, { localId, folderId, clientId: randomClientId(), now: systemClock.now() });
    if (moved !== undefined && moved !== localId) {
      const kept = await this.#photoCache.cachedPhoto(localId);
      const copy = await this.store.getContact(moved);
      if (kept?.photo !== undefined && copy !== undefined) await keepGivenPhoto(this.#photoCache, copy, kept.photo);
    }
    return this.#locally(Promise.resolve(moved));
  }

  findDuplicates(): Promise<readonly DuplicateContacts[]> {
    return findDuplicateGroups(this.store);
  }

  async mergeDuplicates(keep: LocalId, remove: readonly LocalId[], fields: ContactFields): Promise<QueuedMerge | undefined> {
    const queued = await mergeDuplicates(this.store, { keep, remove, fields, now: systemClock.now() });
    this.#notifyChanged();
    if (queued === undefined) return undefined;
    return {
      // Under the sync lock: a push under way finishes first, so the merge is either still queued or sent.
      undo: async () => {
        const outcome = await this.#lock.withLock(this.#lockName, () => undoLocalChange(this.store, queued));
        this.#notifyChanged();
        return outcome.acquired && outcome.value;
      },
      send: () => void this.scheduler.requestSync('demand'),
    };
  }

  /** Deletes locally at once; the push holds the delete for the undo window and a sync is asked for when it ends. */
  async delete(localId: LocalId): Promise<DeleteTicket | undefined> {
    const now = systemClock.now();
    const ticket = await deleteWithUndo(this.store, localId, now);
    this.#notifyChanged();
    if (ticket !== undefined) {
      const timer = window.setTimeout(() => {
        this.#deleteTimers.delete(timer);
        void this.scheduler.requestSync('demand');
      }, Math.max(0, ticket.undoUntil - now));
      this.#deleteTimers.add(timer);
    }
    return ticket;
  }

  async undoDelete(ticket: DeleteTicket): Promise<boolean> {
    const undone = await undoDelete(this.store, ticket);
    if (undone) this.#notifyChanged();
    return undone;
  }

  releaseDelete(ticket: DeleteTicket): Promise<void> {
    return this.#locally(releaseDelete(this.store, ticket));
  }

  canUndoDelete(ticket: DeleteTicket): Promise<boolean> {
    return canUndoDelete(this.store, ticket);
  }

  createFolder(name: string): Promise<GraphId> {
    return this.#locally(createContactFolder(this.#folderDeps(), name));
  }

  renameFolder(id: GraphId, name: string): Promise<void> {
    return this.#locally(renameContactFolder(this.#folderDeps(), id, name));
  }

  folderDeleteImpact(id: GraphId): Promise<FolderDeleteImpact> {
    return folderDeleteImpact(this.#folderDeps(), id);
  }

  deleteFolder(id: GraphId): Promise<void> {
    return this.#locally(deleteContactFolder(this.#folderDeps(), id));
  }

  #folderDeps() {
    return { remote: this.#remote, store: this.store };
  }

  extractSignature(input: SignatureInput) {
    return extractSignatureOffThread(input);
  }

  lookUpPerson(address: string): Promise<OrganizationPerson | undefined> {
    return lookUpPerson(this.#directory, address, this.#options.grantConsent);
  }

  /** One object URL per contact version for the session; the bytes come from the photo cache, or Graph once. */
  photoOf(contact: MirrorContact): Promise<string | undefined> {
    const key = `${contact.localId}|${photoVersionOf(contact)}`;
    let photo = this.#photos.get(key);
    if (photo === undefined) {
      photo = this.store
        .listFolders()
        .then((folders) => contactPhoto({ photos: this.#directory, cache: this.#photoCache }, folders, contact))
        .then((bytes) => (bytes === undefined ? undefined : URL.createObjectURL(new Blob([bytes.bytes.slice()], { type: bytes.mediaType }))))
        .catch(() => {
          // Not kept: a photo that could not be read now is asked for again the next time it is shown.
          this.#photos.delete(key);
          return undefined;
        });
      this.#photos.set(key, photo);
    }
    return photo;
  }

  async setPhoto(localId: LocalId, bytes: Uint8Array): Promise<boolean> {
    const contact = await this.store.getContact(localId);
    if (contact === undefined) return false;
    const deps = { queue: this.#photoQueue, cache: this.#photoCache, now: () => systemClock.now(), fit: chosenPhotoAsJpeg };
    const fitted = await giveContactPhoto(deps, contact, bytes);
    if (!fitted.ok) return false;
    // The object URL made for this version shows the old photo: the next read takes the given one from the cache.
    for (const [key, photo] of this.#photos) {
      if (!key.startsWith(`${localId}|`)) continue;
      this.#photos.delete(key);
      void photo.then((url) => url !== undefined && URL.revokeObjectURL(url));
    }
    await this.#locally(Promise.resolve());
    return true;
  }

  categoryState(): CategoryBookState {
    return this.#categories.state();
  }

  onCategoriesChanged(listener: () => void): () => void {
    return this.#categories.subscribe(listener);
  }

  ensureCategories(options: { readonly passive?: boolean } = {}): void {
    void this.#categories.ensureRead(options);
  }

  refreshCategories(): Promise<void> {
    return this.#categories.refresh();
  }

  createCategory(displayName: string, color: CategoryColor): Promise<MasterCategory> {
    return this.#categories.create(displayName, color);
  }

  /** The account is signed in again (after a consent prompt): a list refused for want of permission is read again. */
  accountResumed(): void {
    const state = this.#categories.state();
    if (state.status === 'failed' && state.reason === 'permission') void this.#categories.refresh();
  }

  onChanged(listener: () => void): () => void {
    this.#changed.add(listener);
    return () => this.#changed.delete(listener);
  }

  syncActivity(): SyncActivity {
    return this.#activity;
  }

  onSyncActivity(listener: () => void): () => void {
    this.#activityListeners.add(listener);
    return () => this.#activityListeners.delete(listener);
  }

  /** A CardDAV run changed the mirror: the views redraw, and the sync sends what it queued for Outlook. */
  async #afterCardDavRun(): Promise<void> {
    this.#notifyChanged();
    await this.scheduler.requestSync('demand');
  }

  #captureDeps() {
    return { store: this.store, now: () => systemClock.now(), newClientId: randomClientId };
  }

  /** A local change is visible at once; the outbox is pushed right after, in the background. */
  async #locally<T>(change: Promise<T>): Promise<T> {
    const result = await change;
    this.#notifyChanged();
    void this.scheduler.requestSync('demand');
    return result;
  }

  #onSyncEvent(event: SyncEvent): void {
    if (event.kind === 'sync-started') this.#setActivity({ state: 'running', contacts: 0 });
    else if (event.kind === 'sync-progress') {
      this.#setActivity({ state: 'running', contacts: event.progress.contacts });
      if (event.progress.phase === 'pull') this.#notifyChanged();
    }
    else if (event.kind === 'sync-failed') this.#setActivity({ state: 'failed', message: event.message });
    else {
      this.#setActivity({ state: 'idle' });
      this.#notifyChanged();
    }
  }

  #setActivity(activity: SyncActivity): void {
    this.#activity = activity;
    for (const listener of [...this.#activityListeners]) listener();
  }

  #notifyMappings(): void {
    for (const listener of [...this.#mappingListeners]) listener();
  }

  #notifyChanged(): void {
    for (const listener of [...this.#changed]) listener();
  }
}
