// Finds the contact folder a command's --folder names: the exact name, else the one name that differs only in
// case. An unknown or ambiguous name is a UserError listing the folders there are.
import { UserError } from '../core/errors.js';
import { quoted } from '../core/mapping/document/transform-value.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';

function listed(folders: readonly MirrorFolder[]): string {
  return folders.length === 0 ? 'There are no contact folders in the mirror.' : `Folders: ${folders.map((folder) => folder.displayName).join(', ')}.`;
}

/** The folder among `folders` named `name`. */
export function findFolder(folders: readonly MirrorFolder[], name: string): MirrorFolder {
  const exact = folders.filter((folder) => folder.displayName === name);
  const found = exact.length > 0 ? exact : folders.filter((folder) => folder.displayName.toLowerCase() === name.toLowerCase());
  const [only] = found;
  if (found.length === 1 && only !== undefined) return only;
  if (found.length > 1) throw new UserError(`${found.length} contact folders are named '${quoted(name)}'.`, listed(folders), 'Rename one of them in Outlook, or leave out --folder.');
  throw new UserError(`There is no contact folder named '${quoted(name)}'.`, listed(folders), 'Pass one of these names with --folder.');
}
