import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import type { MirrorFolder } from '../../../src/core/sync/plan-folders.js';
import { folderChoices } from '../../../src/ui/views/contacts/folder-choices.js';

const folder = (id: string, displayName: string, extra: Partial<MirrorFolder> = {}): MirrorFolder => ({ id: id as GraphId, displayName, isDefault: false, mailbox: 'me', readOnly: false, ...extra });

describe('folderChoices', () => {
  it('names folders by their path under the default folder, default first, then by path', () => {
    const folders = [
      folder('keys', 'Key accounts', { parentFolderId: 'clients' as GraphId }),
      folder('family', 'Family', { parentFolderId: 'root' as GraphId }),
      folder('clients', 'Clients', { parentFolderId: 'work' as GraphId }),
      folder('work', 'Work', { parentFolderId: 'root' as GraphId }),
      folder('root', 'Contacts', { isDefault: true }),
    ];
    expect(folderChoices(folders).map((choice) => choice.path)).toEqual(['Contacts', 'Family', 'Work', 'Work › Clients', 'Work › Clients › Key accounts']);
  });

  it('puts shared mailboxes after the own one and keeps their read-only mark', () => {
    const folders = [folder('team', 'Team directory', { mailbox: 'user:ravi', readOnly: true }), folder('zeta', 'Zeta'), folder('root', 'Contacts', { isDefault: true })];
    expect(folderChoices(folders)).toEqual([
      { id: 'root', path: 'Contacts', readOnly: false, mailbox: 'me' },
      { id: 'zeta', path: 'Zeta', readOnly: false, mailbox: 'me' },
      { id: 'team', path: 'Team directory', readOnly: true, mailbox: 'user:ravi' },
    ]);
  });

  it('names a folder whose parent is not mirrored by its own name', () => {
    expect(folderChoices([folder('orphan', 'Orphan', { parentFolderId: 'gone' as GraphId })]).map((choice) => choice.path)).toEqual(['Orphan']);
  });

  it('stops at a parent cycle instead of looping', () => {
    const folders = [folder('a', 'A', { parentFolderId: 'b' as GraphId }), folder('b', 'B', { parentFolderId: 'a' as GraphId })];
    const [first] = folderChoices(folders);
    expect(first?.path.split(' › ').length).toBeLessThanOrEqual(32);
  });
});
