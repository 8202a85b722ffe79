// Which folder --folder names, and the folders listed when it names none or several.
import { describe, expect, it } from 'vitest';
import { findFolder } from '../../../src/cli/find-folder.js';
import type { GraphId } from '../../../src/core/contact/contact.js';
import type { MirrorFolder } from '../../../src/core/sync/plan-folders.js';

const folder = (id: string, displayName: string): MirrorFolder => ({ id: id as GraphId, displayName, isDefault: id === 'f-1', mailbox: 'me', readOnly: false });
const FOLDERS = [folder('f-1', 'Contacts'), folder('f-2', 'Family'), folder('f-3', 'family'), folder('f-4', 'Work')];

describe('findFolder', () => {
  it.each([
    ['Family', 'f-2'],
    ['family', 'f-3'],
    ['WORK', 'f-4'],
  ])('finds %s', (name, id) => {
    expect(findFolder(FOLDERS, name).id).toBe(id);
  });

  it('lists the folders for a name none has', () => {
    expect(() => findFolder(FOLDERS, 'Friends')).toThrow(expect.objectContaining({ message: "There is no contact folder named 'Friends'.", details: 'Folders: Contacts, Family, family, Work.' }));
    expect(() => findFolder([], 'Friends')).toThrow(expect.objectContaining({ details: 'There are no contact folders in the mirror.' }));
  });

  it('refuses a name that differs only in case from several folders', () => {
    expect(() => findFolder(FOLDERS, 'FAMILY')).toThrow(expect.objectContaining({ message: "2 contact folders are named 'FAMILY'." }));
  });
});
