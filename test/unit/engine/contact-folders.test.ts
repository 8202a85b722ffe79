// Folder create, rename and delete over the fakes: Graph first, then the mirror, with names checked before anything
// is sent and the server's refusal of a taken name said as the user's error.
import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { UserError } from '../../../src/core/errors.js';
import { createContactFolder, deleteContactFolder, folderDeleteImpact, renameContactFolder } from '../../../src/engine/contact-folders.js';
import { pullContacts } from '../../../src/engine/pull-contacts.js';
import { aContact } from '../../fakes/contact-builders.js';
import { aSyncWorld } from '../../fakes/sync-world.js';

async function synced() {
  const world = aSyncWorld();
  const work = world.remote.addFolder('Work');
  const clients = world.remote.addFolder('Clients', false, work);
  world.remote.serverCreate(aContact({ displayName: 'At work' }), work);
  world.remote.serverCreate(aContact({ displayName: 'Client one' }), clients);
  world.remote.serverCreate(aContact({ displayName: 'Client two' }), clients);
  world.remote.serverCreate(aContact({ displayName: 'At home' }));
  await pullContacts(world.deps);
  return { world, work, clients, deps: { remote: world.remote, store: world.store } };
}

const names = async (world: Awaited<ReturnType<typeof synced>>['world']) => (await world.store.listFolders()).map((folder) => folder.displayName).sort();

describe('contact folders', () => {
  it('creates a folder on the server and in the mirror at once', async () => {
    const { world, deps } = await synced();
    const id = await createContactFolder(deps, '  Suppliers ');
    expect(world.remote.folders.get(id)).toMatchObject({ displayName: 'Suppliers', parentFolderId: world.remote.defaultFolderId });
    expect(await names(world)).toEqual(['Clients', 'Contacts', 'Suppliers', 'Work']);
    await pullContacts(world.deps);
    expect(await names(world)).toEqual(['Clients', 'Contacts', 'Suppliers', 'Work']);
  });

  it('refuses an empty or taken name before sending anything, and says the server’s refusal the same way', async () => {
    const { world, deps } = await synced();
    await expect(createContactFolder(deps, ' ')).rejects.toBeInstanceOf(UserError);
    await expect(createContactFolder(deps, 'work')).rejects.toThrow('A folder named “work” already exists here.');
    expect(world.remote.calls.folderWrite).toBe(0);
    world.remote.addFolder('Made elsewhere');
    await expect(createContactFolder(deps, 'Made elsewhere')).rejects.toThrow('A folder named “Made elsewhere” already exists here.');
  });

  it('renames a folder on the server and in the mirror', async () => {
    const { world, deps, clients } = await synced();
    await renameContactFolder(deps, clients, 'Customers');
    expect(world.remote.folders.get(clients)?.displayName).toBe('Customers');
    expect(await names(world)).toEqual(['Contacts', 'Customers', 'Work']);
    await expect(renameContactFolder(deps, world.remote.defaultFolderId, 'Mine')).rejects.toBeInstanceOf(UserError);
  });

  it('counts what a delete takes, then deletes the folder, its subfolder and their contacts everywhere', async () => {
    const { world, deps, work } = await synced();
    expect(await folderDeleteImpact(deps, work)).toEqual({ contacts: 3, subfolders: 1 });
    await deleteContactFolder(deps, work);
    expect([...world.remote.folders.values()].map((folder) => folder.displayName)).toEqual(['Contacts']);
    expect(world.remote.contacts().map((contact) => contact.fields.displayName)).toEqual(['At home']);
    expect(await names(world)).toEqual(['Contacts']);
    expect((await world.store.listContacts()).map((contact) => contact.fields.displayName)).toEqual(['At home']);
    await pullContacts(world.deps);
    expect((await world.store.listContacts()).map((contact) => contact.fields.displayName)).toEqual(['At home']);
  });

  it('follows a folder already deleted in Outlook, and never deletes the default folder', async () => {
    const { world, deps, clients } = await synced();
    world.remote.serverDeleteFolder(clients);
    await deleteContactFolder(deps, clients);
    expect(await names(world)).toEqual(['Contacts', 'Work']);
    await expect(deleteContactFolder(deps, world.remote.defaultFolderId)).rejects.toBeInstanceOf(UserError);
    await expect(deleteContactFolder(deps, 'nowhere' as GraphId)).rejects.toBeInstanceOf(UserError);
  });
});
