import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { NotFoundError, ValidationError } from '../../../src/core/errors.js';
import { localIdForGraph } from '../../../src/core/sync/mirror-contact.js';
import { deleteContact, editContact } from '../../../src/engine/local-edits.js';
import { pullContacts } from '../../../src/engine/pull-contacts.js';
import { pushOutbox } from '../../../src/engine/push-outbox.js';
import { addSharedSource, isMailboxAddress, listSharedSources, READ_ONLY_MESSAGE, removeSharedSource, syncSources } from '../../../src/engine/shared-sources.js';
import type { ContactsRemote, MailboxRef, RemoteContact, RemoteWrite } from '../../../src/ports/contacts-remote.js';
import { aContact } from '../../fakes/contact-builders.js';
import { FakeContactsRemote } from '../../fakes/fake-contacts-remote.js';
import { firstPagesOneByOne } from '../../fakes/first-pages-one-by-one.js';
import { aSyncWorld } from '../../fakes/sync-world.js';

const RAVI = 'ravi.menon@contoso.example';

/** Routes a shared mailbox to its own fake server; its ids carry a prefix so they never clash with the user's own. */
function withSharedMailbox(own: FakeContactsRemote, userId: string, shared: FakeContactsRemote): ContactsRemote & { writes: { mailbox: MailboxRef; write: RemoteWrite }[] } {
  const prefix = 'shared-';
  const strip = (id: string) => id.slice(prefix.length) as GraphId;
  const rename = (contact: RemoteContact): RemoteContact => ({ ...contact, id: `${prefix}${contact.id}` as GraphId, folderId: `${prefix}${contact.folderId}` as GraphId });
  const isShared = (mailbox: MailboxRef) => mailbox.kind === 'user' && mailbox.userId === userId;
  const writes: { mailbox: MailboxRef; write: RemoteWrite }[] = [];
  return {
    writes,
    async listFolders(mailbox) {
      if (mailbox.kind === 'user' && !isShared(mailbox)) throw new NotFoundError('The requested user is invalid.', { status: 404 });
      if (!isShared(mailbox)) return own.listFolders(mailbox);
      return (await shared.listFolders(mailbox)).map((folder) => ({ ...folder, id: `${prefix}${folder.id}` as GraphId }));
    },
    async contactsDeltaPage(mailbox, folderId, link) {
      if (!isShared(mailbox)) return own.contactsDeltaPage(mailbox, folderId, link);
      const page = await shared.contactsDeltaPage(mailbox, strip(folderId), link);
      return { ...page, upserts: page.upserts.map(rename), removedIds: page.removedIds.map((id) => `${prefix}${id}` as GraphId) };
    },
    async folderChangesPage(mailbox, link) {
      return isShared(mailbox) ? shared.folderChangesPage(mailbox, link) : own.folderChangesPage(mailbox, link);
    },
    firstPages(mailbox, request) {
      return firstPagesOneByOne(this, mailbox, request);
    },
    getContact: (mailbox, id) => (isShared(mailbox) ? shared.getContact(mailbox, strip(id)).then(rename) : own.getContact(mailbox, id)),
    findByClientId: (mailbox, clientId) => (isShared(mailbox) ? shared.findByClientId(mailbox, clientId) : own.findByClientId(mailbox, clientId)),
    createFolder: (mailbox, name, parentId) => own.createFolder(mailbox, name, parentId),
    renameFolder: (mailbox, id, name) => own.renameFolder(mailbox, id, name),
    deleteFolder: (mailbox, id) => own.deleteFolder(mailbox, id),
    write(mailbox, list) {
      writes.push(...list.map((write) => ({ mailbox, write })));
      return own.write(mailbox, list);
    },
  };
}

async function aWorldWithSharedSource() {
  const world = aSyncWorld();
  const shared = new FakeContactsRemote();
  shared.serverCreate(aContact({ displayName: 'Team Lead', jobTitle: 'Lead' }));
  world.remote.serverCreate(aContact({ displayName: 'Mine' }));
  const remote = withSharedMailbox(world.remote, RAVI, shared);
  const deps = { ...world.deps, remote };
  await addSharedSource({ store: world.store, remote, now: 7 }, ` ${RAVI.toUpperCase()} `);
  await pullContacts({ ...deps, sources: await syncSources(world.store) });
  return { ...world, deps, remote, own: world.remote, shared };
}

const SHARED_ROW = localIdForGraph('shared-g1' as GraphId);

describe('shared sources', () => {
  it.each([
    ['ravi.menon@contoso.example', true],
    ['ravi@sub.contoso.example', true],
    ['ravi menon@contoso.example', false],
    ['<script>@x.y', false],
    ['contoso.example', false],
  ])('tells whether %s is a mailbox address (%s)', (text, expected) => {
    expect(isMailboxAddress(text)).toBe(expected);
  });

  it('keeps a source once Graph lists its folders, and pulls them read-only after the user’s own', async () => {
    const world = await aWorldWithSharedSource();
    expect(await listSharedSources(world.store)).toEqual([{ userId: RAVI, addedAt: 7 }]);
    expect((await syncSources(world.store)).map((source) => [source.mailbox, source.readOnly])).toEqual([
      [{ kind: 'me' }, false],
      [{ kind: 'user', userId: RAVI }, true],
    ]);
    const folders = await world.store.listFolders();
    expect(folders.map((folder) => [folder.mailbox, folder.readOnly])).toEqual(expect.arrayContaining([['me', false], [`user:${RAVI}`, true]]));
    expect((await world.store.listContacts()).map((contact) => contact.fields.displayName).sort()).toEqual(['Mine', 'Team Lead']);
  });

  it('refuses a text that is no address, and a mailbox Graph does not share, without keeping it', async () => {
    const world = await aWorldWithSharedSource();
    await expect(addSharedSource({ store: world.store, remote: world.remote, now: 8 }, 'not an address')).rejects.toBeInstanceOf(ValidationError);
    await expect(addSharedSource({ store: world.store, remote: world.remote, now: 8 }, 'nobody@contoso.example')).rejects.toBeInstanceOf(NotFoundError);
    expect((await listSharedSources(world.store)).map((source) => source.userId)).toEqual([RAVI]);
  });

  it('removes a source with its folders and contacts, and keeps the user’s own', async () => {
    const world = await aWorldWithSharedSource();
    expect(await removeSharedSource(world.store, RAVI)).toEqual([]);
    expect((await world.store.listFolders()).every((folder) => folder.mailbox === 'me')).toBe(true);
    expect((await world.store.listContacts()).map((contact) => contact.fields.displayName)).toEqual(['Mine']);
  });

  it('never sends an edit of a read-only contact: logs the lost value and shows the server’s again', async () => {
    const world = await aWorldWithSharedSource();
    const before = await world.store.getContact(SHARED_ROW);
    await editContact(world.store, SHARED_ROW, { ...before!.fields, jobTitle: 'Changed here' }, 9);
    const report = await pushOutbox(world.deps);
    expect(world.remote.writes).toEqual([]);
    expect(report).toMatchObject({ failures: 1, conflicts: 1 });
    expect((await world.store.getContact(SHARED_ROW))?.fields.jobTitle).toBe('Lead');
    expect(await world.store.countPending()).toBe(0);
    expect(await world.store.listConflicts()).toEqual([
      expect.objectContaining({ localId: SHARED_ROW, field: 'jobTitle', kept: 'Lead', lost: 'Changed here', reason: 'rejected', message: READ_ONLY_MESSAGE }),
    ]);
  });

  it('never sends a delete of a read-only contact and brings it back', async () => {
    const world = await aWorldWithSharedSource();
    await deleteContact(world.store, SHARED_ROW, 9);
    await pushOutbox(world.deps);
    expect(world.remote.writes).toEqual([]);
    expect((await world.store.getContact(SHARED_ROW))?.deleted).toBe(false);
    expect(world.shared.contacts()).toHaveLength(1);
  });

  it('still sends edits of the user’s own contacts in the same run', async () => {
    const world = await aWorldWithSharedSource();
    const mine = localIdForGraph('g1' as GraphId);
    const row = await world.store.getContact(mine);
    await editContact(world.store, mine, { ...row!.fields, jobTitle: 'Poet' }, 9);
    const shared = await world.store.getContact(SHARED_ROW);
    await editContact(world.store, SHARED_ROW, { ...shared!.fields, jobTitle: 'Nope' }, 9);
    await pushOutbox(world.deps);
    expect(world.remote.writes.map((entry) => [entry.mailbox, entry.write.kind])).toEqual([[{ kind: 'me' }, 'update']]);
    expect(world.own.contacts()[0]?.fields.jobTitle).toBe('Poet');
  });
});
