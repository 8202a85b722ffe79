// One user's contacts mailbox: folders (the default "Contacts" folder and nested folders), contacts,
// deletions remembered as tombstones, master categories, and the change logs that delta rounds read.
import { ChangeLog } from './change-log.js';
import type { LogEntry } from './change-log.js';
import { makeChangeKey, makeGraphId } from './ids.js';
import { LazyContact } from './lazy-contact.js';
import type { ContactPropsBuilder } from './lazy-contact.js';
import type { ContactProps, MailboxSnapshot, MasterCategory, StoredContact, StoredFolder, Tombstone } from './records.js';

/** Log key of the folder hierarchy (folder delta); contact logs are keyed by folder id. */
const FOLDERS_KEY = '#folders';

export type DeltaItem = { readonly kind: 'live'; readonly seq: number; readonly id: string } | { readonly kind: 'removed'; readonly seq: number; readonly id: string };

export class Mailbox {
  readonly ownerId: string;
  readonly folders = new Map<string, StoredFolder>();
  readonly contacts = new Map<string, StoredContact>();
  readonly tombstones = new Map<string, Tombstone>();
  readonly folderTombstones = new Map<string, Tombstone>();
  categories: MasterCategory[] = [];
  /** Bumped by the control API to invalidate every delta token of this mailbox. */
  deltaEpoch = 0;
  readonly rootId: string;
  readonly defaultFolderId: string;
  #seq = 0;
  #idCounter = 0;
  readonly #log = new ChangeLog();

  constructor(ownerId: string, private readonly now: () => number, snapshot?: MailboxSnapshot) {
    this.ownerId = ownerId;
    if (snapshot) {
      this.rootId = snapshot.rootId;
      this.defaultFolderId = snapshot.defaultFolderId;
      this.#restore(snapshot);
      return;
    }
    this.rootId = this.newId();
    this.defaultFolderId = this.newId();
    this.folders.set(this.defaultFolderId, { id: this.defaultFolderId, displayName: 'Contacts', parentFolderId: this.rootId, seq: 0, isDefault: true, extendedProperties: [] });
  }

  get seq(): number {
    return this.#seq;
  }

  newId(): string {
    this.#idCounter += 1;
    return makeGraphId(this.ownerId, this.#idCounter);
  }

  /** Master category ids are GUIDs. */
  newCategoryId(): string {
    const hex = makeGraphId(`${this.ownerId}#category`, ++this.#idCounter).replace(/[^0-9a-f]/gi, '').toLowerCase().padEnd(32, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }

  nextSeq(): number {
    this.#seq += 1;
    return this.#seq;
  }

  createFolder(parentFolderId: string, displayName: string): StoredFolder {
    const folder: StoredFolder = { id: this.newId(), displayName, parentFolderId, seq: this.nextSeq(), isDefault: false, extendedProperties: [] };
    this.folders.set(folder.id, folder);
    this.#log.append(FOLDERS_KEY, folder.seq, folder.id);
    return folder;
  }

  renameFolder(folder: StoredFolder, displayName: string): void {
    folder.displayName = displayName;
    folder.seq = this.nextSeq();
    this.#log.append(FOLDERS_KEY, folder.seq, folder.id);
  }

  /** Deletes the folder, its subfolders and every contact in them (each contact gets a tombstone). */
  deleteFolder(folder: StoredFolder): void {
    for (const child of [...this.folders.values()].filter((f) => f.parentFolderId === folder.id)) this.deleteFolder(child);
    for (const contact of [...this.contacts.values()].filter((c) => c.folderId === folder.id)) this.deleteContact(contact);
    this.folders.delete(folder.id);
    const tombstone = { id: folder.id, folderId: folder.parentFolderId, seq: this.nextSeq() };
    this.folderTombstones.set(folder.id, tombstone);
    this.#log.append(FOLDERS_KEY, tombstone.seq, folder.id);
  }

  /** Adds a contact. `at` (epoch ms) backdates seeded contacts; live writes use the clock. */
  createContact(folderId: string, props: ContactProps, at = this.now()): StoredContact {
    const id = this.newId();
    const stamp = new Date(at).toISOString();
    const contact: StoredContact = { id, folderId, props, createdDateTime: stamp, lastModifiedDateTime: stamp, changeKey: makeChangeKey(id, 1), version: 1, seq: 0, extensions: [], extendedProperties: [] };
    return this.#add(contact);
  }

  /** Adds a seeded contact whose properties `build(index)` makes on first read (fast start for large seeds). */
  createSeededContact(folderId: string, build: ContactPropsBuilder, index: number, at: number): StoredContact {
    const id = this.newId();
    return this.#add(new LazyContact(id, folderId, at, makeChangeKey, build, index));
  }

  #add(contact: StoredContact): StoredContact {
    this.contacts.set(contact.id, contact);
    this.#stampWrite(contact);
    return contact;
  }

  /** Records a write to the contact (its fields, photo or extensions): new change key, seq and timestamp. */
  touchContact(contact: StoredContact): void {
    contact.version += 1;
    contact.changeKey = makeChangeKey(contact.id, contact.version);
    contact.lastModifiedDateTime = new Date(this.now()).toISOString();
    this.#stampWrite(contact);
  }

  deleteContact(contact: StoredContact): void {
    this.contacts.delete(contact.id);
    const tombstone = { id: contact.id, folderId: contact.folderId, seq: this.nextSeq() };
    this.tombstones.set(contact.id, tombstone);
    this.#log.append(contact.folderId, tombstone.seq, contact.id);
  }

  /** Contact changes in a folder after `afterSeq`, oldest first; deletions only those after `removedAfter`. */
  *contactChanges(folderId: string, afterSeq: number, removedAfter: number): Generator<DeltaItem> {
    for (const entry of this.#log.after(folderId, afterSeq)) {
      const contact = this.contacts.get(entry.id);
      if (contact) {
        if (contact.seq === entry.seq && contact.folderId === folderId) yield { kind: 'live', ...entry };
      } else if (entry.seq > removedAfter && this.tombstones.get(entry.id)?.seq === entry.seq) {
        yield { kind: 'removed', ...entry };
      }
    }
  }

  /** Folder changes after `afterSeq` (the default folder itself is not listed), oldest first. */
  *folderChanges(afterSeq: number, removedAfter: number): Generator<DeltaItem> {
    for (const entry of this.#log.after(FOLDERS_KEY, afterSeq)) {
      const folder = this.folders.get(entry.id);
      if (folder) {
        if (folder.seq === entry.seq) yield { kind: 'live', ...entry };
      } else if (entry.seq > removedAfter && this.folderTombstones.get(entry.id)?.seq === entry.seq) {
        yield { kind: 'removed', ...entry };
      }
    }
  }

  snapshot(): MailboxSnapshot {
    return {
      ownerId: this.ownerId,
      seq: this.#seq,
      idCounter: this.#idCounter,
      deltaEpoch: this.deltaEpoch,
      rootId: this.rootId,
      defaultFolderId: this.defaultFolderId,
      folders: [...this.folders.values()],
      contacts: [...this.contacts.values()],
      tombstones: [...this.tombstones.values()],
      folderTombstones: [...this.folderTombstones.values()],
      categories: this.categories,
    };
  }

  #stampWrite(contact: StoredContact): void {
    contact.seq = this.nextSeq();
    this.#log.append(contact.folderId, contact.seq, contact.id);
    this.#log.compact(contact.folderId, this.contacts.size, (entry: LogEntry) => this.contacts.get(entry.id)?.seq === entry.seq || this.tombstones.get(entry.id)?.seq === entry.seq);
  }

  #restore(snapshot: MailboxSnapshot): void {
    this.#seq = snapshot.seq;
    this.#idCounter = snapshot.idCounter;
    this.deltaEpoch = snapshot.deltaEpoch;
    this.categories = [...snapshot.categories];
    for (const folder of snapshot.folders) this.folders.set(folder.id, { ...folder });
    for (const contact of snapshot.contacts) this.contacts.set(contact.id, { ...contact });
    for (const t of snapshot.tombstones) this.tombstones.set(t.id, t);
    for (const t of snapshot.folderTombstones) this.folderTombstones.set(t.id, t);
    const entries: { key: string; seq: number; id: string }[] = [
      ...snapshot.folders.filter((f) => !f.isDefault).map((f) => ({ key: FOLDERS_KEY, seq: f.seq, id: f.id })),
      ...snapshot.folderTombstones.map((t) => ({ key: FOLDERS_KEY, seq: t.seq, id: t.id })),
      ...snapshot.contacts.map((c) => ({ key: c.folderId, seq: c.seq, id: c.id })),
      ...snapshot.tombstones.map((t) => ({ key: t.folderId, seq: t.seq, id: t.id })),
    ];
    entries.sort((a, b) => a.seq - b.seq);
    for (const entry of entries) this.#log.append(entry.key, entry.seq, entry.id);
  }
}
