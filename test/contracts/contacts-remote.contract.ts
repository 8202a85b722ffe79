// The behaviour every ContactsRemote must show (src/ports/contacts-remote.ts): GraphContactsRemote against the
// emulator and FakeContactsRemote both run it, so the fake the engine tests use is trusted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientId, ContactFields, GraphId } from '../../src/core/contact/contact.js';
import { ConflictError, DeltaExpiredError, NotFoundError } from '../../src/core/errors.js';
import type { ContactsDeltaPage, ContactsRemote, FolderChangesPage, MailboxRef, RemoteContact, RemoteWriteResult } from '../../src/ports/contacts-remote.js';

export interface ContactsRemoteFixture {
  readonly subject: ContactsRemote;
  readonly mailbox: MailboxRef;
  /** Adds a contact folder (under the default folder, or under `parentId`) the way another client would. */
  addFolder(displayName: string, parentId?: GraphId): Promise<GraphId>;
  /** Deletes a contact folder the way another client would. */
  removeFolder(id: GraphId): Promise<void>;
  /** The server forgets every delta token issued so far. */
  expireDeltaTokens(): Promise<void>;
  teardown(): Promise<void>;
}

let counter = 0;
const nextClientId = (): ClientId => `contract-${Date.now()}-${(counter += 1)}` as ClientId;

function created(result: RemoteWriteResult | undefined): RemoteContact {
  if (result === undefined || !result.ok || result.contact === undefined) throw new Error(`expected a created contact, got ${JSON.stringify(result)}`);
  return result.contact;
}

/** Reads delta pages from `link` (or a new round) until the deltaLink; answers everything seen. */
async function readRound(subject: ContactsRemote, mailbox: MailboxRef, folderId: GraphId, link?: string) {
  const upserts: RemoteContact[] = [];
  const removedIds: GraphId[] = [];
  let next = link;
  for (let page = 0; page < 1000; page += 1) {
    const answer = await subject.contactsDeltaPage(mailbox, folderId, next);
    upserts.push(...answer.upserts);
    removedIds.push(...answer.removedIds);
    expect((answer.nextLink === undefined) !== (answer.deltaLink === undefined)).toBe(true);
    if (answer.deltaLink !== undefined) return { upserts, removedIds, deltaLink: answer.deltaLink };
    next = answer.nextLink;
  }
  throw new Error('the delta round did not end');
}

/** Follows a folder delta round from `link` (or a new one) to its deltaLink: whether any page reported a change. */
async function readFolderRound(subject: ContactsRemote, mailbox: MailboxRef, link?: string) {
  let changed = false;
  let next = link;
  for (let page = 0; page < 100; page += 1) {
    const answer = await subject.folderChangesPage(mailbox, next);
    expect((answer.nextLink === undefined) !== (answer.deltaLink === undefined)).toBe(true);
    changed ||= answer.changed;
    if (answer.deltaLink !== undefined) return { changed, deltaLink: answer.deltaLink };
    next = answer.nextLink;
  }
  throw new Error('the folder delta round did not end');
}

function aPage(answer: ContactsDeltaPage | Error | undefined): ContactsDeltaPage {
  if (answer === undefined || answer instanceof Error) throw new Error(`expected a delta page, got ${String(answer)}`);
  return answer;
}

function aFolderPage(answer: FolderChangesPage | Error): FolderChangesPage {
  if (answer instanceof Error) throw answer;
  return answer;
}

export function runContactsRemoteContract(name: string, setup: () => Promise<ContactsRemoteFixture>): void {
  describe(`ContactsRemote contract: ${name}`, () => {
    let fixture: ContactsRemoteFixture;
    let subject: ContactsRemote;
    let mailbox: MailboxRef;
    let defaultFolder: GraphId;

    beforeEach(async () => {
      fixture = await setup();
      ({ subject, mailbox } = fixture);
      const folders = await subject.listFolders(mailbox);
      defaultFolder = folders.find((folder) => folder.isDefault)?.id as GraphId;
    });
    afterEach(async () => {
      await fixture.teardown();
    });

    const create = async (fields: ContactFields, folderId?: GraphId) => {
      const clientId = nextClientId();
      const [result] = await subject.write(mailbox, [{ kind: 'create', clientId, fields, ...(folderId === undefined ? {} : { folderId }) }]);
      return created(result);
    };

    it('lists exactly one default folder, and nested folders flattened', async () => {
      const parent = await fixture.addFolder('Contract parent');
      const child = await fixture.addFolder('Contract child', parent);
      const folders = await subject.listFolders(mailbox);
      expect(folders.filter((folder) => folder.isDefault)).toHaveLength(1);
      expect(folders.find((folder) => folder.id === parent)?.displayName).toBe('Contract parent');
      expect(folders.find((folder) => folder.id === child)).toMatchObject({ displayName: 'Contract child', parentFolderId: parent, isDefault: false });
    });

    it('creates a contact in the default folder and answers it as stored, with the client id', async () => {
      const clientId = nextClientId();
      const fields: ContactFields = {
        givenName: 'Ana',
        surname: 'López',
        emailAddresses: [{ name: 'Ana López', address: 'ana@contoso.test' }],
        businessPhones: ['+1 425 555 0100'],
        homeAddress: { city: 'Redmond', countryOrRegion: 'USA' },
        birthday: '1980-05-17',
        categories: ['Blue category'],
      };
      const [result] = await subject.write(mailbox, [{ kind: 'create', clientId, fields }]);
      const contact = created(result);
      expect(contact).toMatchObject({ folderId: defaultFolder, clientId });
      expect(contact.fields).toMatchObject(fields);
      expect(contact.changeKey).not.toBe('');
      const read = await subject.getContact(mailbox, contact.id);
      expect(read).toMatchObject({ id: contact.id, clientId, changeKey: contact.changeKey, folderId: defaultFolder });
      expect(read.fields).toMatchObject(fields);
    });

    it('creates a contact in a given folder', async () => {
      const folderId = await fixture.addFolder('Contract target');
      const contact = await create({ displayName: 'In a folder' }, folderId);
      expect(contact.folderId).toBe(folderId);
      expect((await subject.getContact(mailbox, contact.id)).folderId).toBe(folderId);
    });

    it('finds a contact by its client id, in any folder, and answers undefined for an unknown one', async () => {
      const folderId = await fixture.addFolder('Contract lookup');
      const clientId = nextClientId();
      const [result] = await subject.write(mailbox, [{ kind: 'create', clientId, folderId, fields: { givenName: 'Bo' } }]);
      const contact = created(result);
      expect(await subject.findByClientId(mailbox, clientId)).toMatchObject({ id: contact.id, clientId });
      expect(await subject.findByClientId(mailbox, nextClientId())).toBeUndefined();
    });

    it('updates only the given fields, clears a field given as undefined, and moves the changeKey on', async () => {
      const contact = await create({ givenName: 'Cy', jobTitle: 'Clerk', mobilePhone: '+1 555 0100' });
      const [result] = await subject.write(mailbox, [
        { kind: 'update', id: contact.id, changes: { jobTitle: 'Lead', mobilePhone: undefined }, ifMatchChangeKey: contact.changeKey },
      ]);
      const updated = created(result);
      expect(updated.fields).toEqual({ givenName: 'Cy', jobTitle: 'Lead' });
      expect(updated.changeKey).not.toBe(contact.changeKey);
      expect((await subject.getContact(mailbox, contact.id)).fields).toEqual({ givenName: 'Cy', jobTitle: 'Lead' });
    });

    it('refuses an update against a stale changeKey with ConflictError and changes nothing', async () => {
      const contact = await create({ givenName: 'Di' });
      created((await subject.write(mailbox, [{ kind: 'update', id: contact.id, changes: { surname: 'First' } }]))[0]);
      const [stale] = await subject.write(mailbox, [{ kind: 'update', id: contact.id, changes: { surname: 'Second' }, ifMatchChangeKey: contact.changeKey }]);
      expect(stale?.ok).toBe(false);
      expect(stale?.ok === false && stale.error).toBeInstanceOf(ConflictError);
      expect((await subject.getContact(mailbox, contact.id)).fields.surname).toBe('First');
    });

    it('deletes a contact; reading or deleting it again answers NotFoundError', async () => {
      const contact = await create({ givenName: 'Ed' });
      const [deleted] = await subject.write(mailbox, [{ kind: 'delete', id: contact.id }]);
      expect(deleted).toEqual({ ok: true });
      await expect(subject.getContact(mailbox, contact.id)).rejects.toBeInstanceOf(NotFoundError);
      const [again] = await subject.write(mailbox, [{ kind: 'delete', id: contact.id }]);
      expect(again?.ok === false && again.error).toBeInstanceOf(NotFoundError);
    });

    it('answers one result per write, in order, across more writes than one batch holds', async () => {
      const victim = await create({ givenName: 'Gone' });
      expect(await subject.write(mailbox, [{ kind: 'delete', id: victim.id }])).toEqual([{ ok: true }]);
      const writes = Array.from({ length: 45 }, (_, i) => ({ kind: 'create' as const, clientId: nextClientId(), fields: { givenName: `Many ${i}` } }));
      const results = await subject.write(mailbox, [...writes.slice(0, 30), { kind: 'delete', id: victim.id }, ...writes.slice(30)]);
      expect(results).toHaveLength(46);
      expect(results[30]?.ok === false && results[30].error).toBeInstanceOf(NotFoundError);
      const names = results.filter((r, i) => i !== 30 && r.ok).map((r) => (r.ok ? r.contact?.fields.givenName : undefined));
      expect(names).toEqual(writes.map((w) => w.fields.givenName));
    });

    it('reports the current state in a first delta round, then only changes and deletions', async () => {
      const folderId = await fixture.addFolder('Contract delta');
      const keep = await create({ givenName: 'Keep' }, folderId);
      const change = await create({ givenName: 'Change' }, folderId);
      const drop = await create({ givenName: 'Drop' }, folderId);
      const first = await readRound(subject, mailbox, folderId);
      expect(first.upserts.map((c) => c.id).sort()).toEqual([keep.id, change.id, drop.id].sort());
      expect(first.upserts.find((c) => c.id === change.id)).toMatchObject({ folderId, fields: { givenName: 'Change' } });

      const quiet = await readRound(subject, mailbox, folderId, first.deltaLink);
      expect(quiet.upserts).toEqual([]);
      expect(quiet.removedIds).toEqual([]);

      await subject.write(mailbox, [
        { kind: 'update', id: change.id, changes: { givenName: 'Changed' } },
        { kind: 'delete', id: drop.id },
      ]);
      const second = await readRound(subject, mailbox, folderId, quiet.deltaLink);
      expect(second.upserts.map((c) => [c.id, c.fields.givenName])).toEqual([[change.id, 'Changed']]);
      expect(second.removedIds).toEqual([drop.id]);
    });

    it('tells through the folder delta whether any folder changed since its link', async () => {
      const first = await readFolderRound(subject, mailbox);
      expect(first.changed).toBe(true);
      await create({ givenName: 'Not a folder change' });
      const quiet = await readFolderRound(subject, mailbox, first.deltaLink);
      expect(quiet.changed).toBe(false);
      await fixture.addFolder('Contract folder delta');
      const added = await readFolderRound(subject, mailbox, quiet.deltaLink);
      expect(added.changed).toBe(true);
      expect((await readFolderRound(subject, mailbox, added.deltaLink)).changed).toBe(false);
    });

    it('answers the first pages of a run together, as the single requests do, each failure in its place', async () => {
      const folderId = await fixture.addFolder('Contract first pages');
      const gone = await fixture.addFolder('Contract gone');
      await fixture.removeFolder(gone);
      const folders = await readFolderRound(subject, mailbox);
      const before = await readRound(subject, mailbox, defaultFolder);
      const added = await create({ givenName: 'Arrived since' });
      const pages = await subject.firstPages(mailbox, {
        foldersLink: folders.deltaLink,
        contacts: [{ folderId: defaultFolder, link: before.deltaLink }, { folderId }, { folderId: gone }],
      });
      expect(aFolderPage(pages.folders)).toMatchObject({ changed: false });
      expect(pages.contacts).toHaveLength(3);
      const changes = aPage(pages.contacts[0]);
      expect(changes.upserts.map((contact) => contact.id)).toEqual([added.id]);
      expect(changes.deltaLink).toBeDefined();
      expect(aPage(pages.contacts[1])).toMatchObject({ upserts: [], removedIds: [] });
      expect(pages.contacts[2]).toBeInstanceOf(NotFoundError);

      await fixture.expireDeltaTokens();
      const expired = await subject.firstPages(mailbox, { foldersLink: folders.deltaLink, contacts: [{ folderId: defaultFolder, link: changes.deltaLink }] });
      expect(expired.folders).toBeInstanceOf(DeltaExpiredError);
      expect(expired.contacts[0]).toBeInstanceOf(DeltaExpiredError);
    });

    it('keeps folders apart in delta', async () => {
      const folderId = await fixture.addFolder('Contract apart');
      const elsewhere = await create({ givenName: 'Default folder' });
      const here = await create({ givenName: 'Here' }, folderId);
      const round = await readRound(subject, mailbox, folderId);
      expect(round.upserts.map((c) => c.id)).toEqual([here.id]);
      expect(round.upserts.map((c) => c.id)).not.toContain(elsewhere.id);
    });

    it('creates a folder under the default folder or another folder, and refuses a name taken beside it', async () => {
      const top = await subject.createFolder(mailbox, 'Contract made');
      expect(top).toMatchObject({ displayName: 'Contract made', isDefault: false });
      const child = await subject.createFolder(mailbox, 'Contract inner', top.id);
      const folders = await subject.listFolders(mailbox);
      expect(folders.find((folder) => folder.id === top.id)?.displayName).toBe('Contract made');
      expect(folders.find((folder) => folder.id === child.id)).toMatchObject({ displayName: 'Contract inner', parentFolderId: top.id });
      await expect(subject.createFolder(mailbox, 'contract MADE')).rejects.toMatchObject({ status: 409, code: 'ErrorFolderExists' });
      // The same name is fine under another parent.
      expect((await subject.createFolder(mailbox, 'Contract made', top.id)).displayName).toBe('Contract made');
    });

    it('renames a folder, seen by the folder delta; refuses a taken name and the default folder', async () => {
      const folder = await subject.createFolder(mailbox, 'Contract old name');
      await subject.createFolder(mailbox, 'Contract taken');
      const before = await readFolderRound(subject, mailbox);
      expect((await subject.renameFolder(mailbox, folder.id, 'Contract new name')).displayName).toBe('Contract new name');
      expect((await readFolderRound(subject, mailbox, before.deltaLink)).changed).toBe(true);
      expect((await subject.listFolders(mailbox)).find((each) => each.id === folder.id)?.displayName).toBe('Contract new name');
      await expect(subject.renameFolder(mailbox, folder.id, 'Contract taken')).rejects.toMatchObject({ status: 409 });
      await expect(subject.renameFolder(mailbox, defaultFolder, 'Not the default')).rejects.toMatchObject({ status: 403 });
    });

    it('deletes a folder with its subfolders and contacts; the default folder stays; a gone folder answers NotFoundError', async () => {
      const folder = await subject.createFolder(mailbox, 'Contract doomed');
      const inner = await subject.createFolder(mailbox, 'Contract doomed inner', folder.id);
      const contact = await create({ givenName: 'Doomed' }, folder.id);
      const nested = await create({ givenName: 'Nested' }, inner.id);
      await subject.deleteFolder(mailbox, folder.id);
      const ids = (await subject.listFolders(mailbox)).map((each) => each.id);
      expect(ids).not.toContain(folder.id);
      expect(ids).not.toContain(inner.id);
      await expect(subject.getContact(mailbox, contact.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(subject.getContact(mailbox, nested.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(subject.deleteFolder(mailbox, folder.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(subject.deleteFolder(mailbox, defaultFolder)).rejects.toMatchObject({ status: 400 });
    });
  });
}
