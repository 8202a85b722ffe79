import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../../src/core/contact/contact.js';
import { folderNameProblem, folderWithDescendants } from '../../../../src/core/sync/folder-names.js';
import type { MirrorFolder } from '../../../../src/core/sync/plan-folders.js';

const folder = (id: string, displayName: string, extra: Partial<MirrorFolder> = {}): MirrorFolder => ({ id: id as GraphId, displayName, isDefault: false, mailbox: 'me', readOnly: false, ...extra });
const ROOT = folder('d', 'Contacts', { isDefault: true });
const WORK = folder('w', 'Work', { parentFolderId: 'd' as GraphId });
const CLIENTS = folder('c', 'Clients', { parentFolderId: 'w' as GraphId });
const KEY = folder('k', 'Key accounts', { parentFolderId: 'c' as GraphId });
const LOOSE = folder('l', 'Family');
const SHARED = folder('s', 'Team', { mailbox: 'user:ravi', readOnly: true });
const FOLDERS = [ROOT, WORK, CLIENTS, KEY, LOOSE, SHARED];

describe('folderNameProblem', () => {
  it.each([
    ['a new name', 'Suppliers', 'd', undefined, undefined],
    ['an empty name', '   ', 'd', undefined, 'empty'],
    ['a sibling’s name, in another case', ' work ', 'd', undefined, 'taken'],
    ['a folder with no parent counts as under the default folder', 'family', 'd', undefined, 'taken'],
    ['the name of a folder elsewhere in the tree', 'Clients', 'd', undefined, undefined],
    ['its own name when renaming', 'Work', 'd', 'w', undefined],
    ['the default folder’s own name', 'Contacts', 'd', undefined, undefined],
    ['a shared mailbox’s folder name', 'Team', 'd', undefined, undefined],
  ])('%s', (_case, name, parent, except, problem) => {
    expect(folderNameProblem(name, FOLDERS, parent as GraphId, 'me', except as GraphId | undefined)).toBe(problem);
  });
});

describe('folderWithDescendants', () => {
  it('answers the folder and every folder under it', () => {
    expect(folderWithDescendants(FOLDERS, 'w' as GraphId)).toEqual(['w', 'c', 'k']);
    expect(folderWithDescendants(FOLDERS, 'k' as GraphId)).toEqual(['k']);
  });

  it('stops on a parent cycle', () => {
    const cycle = [folder('a', 'A', { parentFolderId: 'b' as GraphId }), folder('b', 'B', { parentFolderId: 'a' as GraphId })];
    expect(folderWithDescendants(cycle, 'a' as GraphId)).toEqual(['a', 'b']);
  });
});
