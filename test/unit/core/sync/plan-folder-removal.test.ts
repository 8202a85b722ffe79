import { describe, expect, it } from 'vitest';
import type { ClientId, GraphId } from '../../../../src/core/contact/contact.js';
import type { MirrorContact } from '../../../../src/core/sync/mirror-contact.js';
import { planFolderRemoval } from '../../../../src/core/sync/plan-folder-removal.js';
import type { FolderRemovalContext } from '../../../../src/core/sync/plan-folder-removal.js';
import type { MirrorFolder } from '../../../../src/core/sync/plan-folders.js';
import { aContact, aLocalRow, aSyncedRow } from '../../../fakes/contact-builders.js';

const CLIENTS = 'f-clients' as GraphId;
const clients: MirrorFolder = { id: CLIENTS, displayName: 'Clients', isDefault: false, mailbox: 'me', readOnly: false };
const contacts: MirrorFolder = { id: 'f-default' as GraphId, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false };
const shared: MirrorFolder = { id: 'f-team' as GraphId, displayName: 'Team', isDefault: false, mailbox: 'user:ravi', readOnly: true };

function context(extra: Partial<FolderRemovalContext> = {}): FolderRemovalContext {
  let ids = 0;
  return { defaultFolder: contacts, now: 500, newClientId: () => `fresh-${++ids}` as ClientId, ...extra };
}

const inClients = (row: MirrorContact): MirrorContact => ({ ...row, folderId: CLIENTS });
const synced = inClients(aSyncedRow('g1', aContact()));
const edited = inClients(aSyncedRow('g2', aContact(), 'ck-1', { fields: aContact({ jobTitle: 'Poet' }), localChangedAt: 40 }));
const created = inClients(aLocalRow('new-1', aContact({ givenName: 'Grace' }), { localChangedAt: 30 }));
const attempted = inClients(aLocalRow('new-2', aContact({ givenName: 'Alan' }), { createAttempted: true }));
const deleted = inClients(aSyncedRow('g3', aContact(), 'ck-1', { deleted: true, localChangedAt: 50 }));
const revertedEdit = inClients(aSyncedRow('g4', aContact(), 'ck-1', { localChangedAt: 60 }));

describe('planFolderRemoval', () => {
  const rows: [string, MirrorContact, 'goes' | 'kept'][] = [
    ['lets a contact without local changes go with the folder', synced, 'goes'],
    ['keeps a contact edited here', edited, 'kept'],
    ['keeps a contact created here and not yet on the server', created, 'kept'],
    ['keeps a contact whose create was sent without an answer', attempted, 'kept'],
    ['drops a pending delete: the contact is gone on the server already', deleted, 'goes'],
    ['lets go a contact whose edit was undone before it was sent', revertedEdit, 'goes'],
  ];
  it.each(rows)('%s', (_name, row, fate) => {
    const removal = planFolderRemoval([clients], [row], context());
    expect(removal.kept.length === 1 ? 'kept' : 'goes').toBe(fate);
    expect(removal.conflicts).toHaveLength(fate === 'kept' ? 1 : 0);
  });

  it('re-files a kept contact in the default folder as a new contact with a fresh client id and its current fields', () => {
    const { kept, conflicts } = planFolderRemoval([clients], [edited], context());
    expect(kept).toEqual([{ localId: 'c:fresh-1', folderId: contacts.id, clientId: 'fresh-1', fields: edited.fields, localChangedAt: 40 }]);
    expect(conflicts).toEqual([
      { localId: 'c:fresh-1', reason: 'folder-deleted', keptSide: 'local', kept: edited.fields, lost: undefined, at: 500, folder: { id: CLIENTS, name: 'Clients', keptIn: 'Contacts' } },
    ]);
  });

  it('gives a kept create a new client id too, so a copy that may have landed in the deleted folder is never adopted', () => {
    const { kept } = planFolderRemoval([clients], [attempted, created], context());
    expect(kept.map((row) => [row.clientId, row.createAttempted, row.localChangedAt])).toEqual([
      ['fresh-1', undefined, 1],
      ['fresh-2', undefined, 30],
    ]);
  });

  it('logs the changes as lost when the mailbox’s default folder is not known', () => {
    const { kept, conflicts } = planFolderRemoval([clients], [edited, created], context({ defaultFolder: undefined }));
    expect(kept).toEqual([]);
    expect(conflicts).toEqual([
      { localId: edited.localId, graphId: 'g2', reason: 'folder-deleted', keptSide: 'remote', kept: undefined, lost: { jobTitle: 'Poet' }, at: 500, folder: { id: CLIENTS, name: 'Clients' } },
      { localId: created.localId, reason: 'folder-deleted', keptSide: 'remote', kept: undefined, lost: created.fields, at: 500, folder: { id: CLIENTS, name: 'Clients' } },
    ]);
  });

  it('keeps nothing of another user’s read-only folder in the signed-in user’s own folder', () => {
    const teamEdit = { ...edited, folderId: shared.id };
    const { kept, conflicts } = planFolderRemoval([shared], [teamEdit], context());
    expect(kept).toEqual([]);
    expect(conflicts.map((entry) => [entry.reason, entry.folder?.keptIn])).toEqual([['folder-deleted', undefined]]);
  });

  it('keeps nothing in a default folder that is itself being removed', () => {
    const { kept } = planFolderRemoval([clients, contacts], [edited], context());
    expect(kept).toEqual([]);
  });

  it('ignores rows of folders it was not asked about', () => {
    const elsewhere = { ...edited, folderId: 'f-other' as GraphId };
    expect(planFolderRemoval([clients], [elsewhere], context())).toEqual({ kept: [], conflicts: [] });
  });
});
