// `contact-bridge import`: reads a CSV or vCard file (refused before anything is touched when it cannot be
// read), syncs the store like `mirror`, plans the file against the mirror and imports it through the engine's
// importContacts into the outbox, then drains the outbox with the same sync run. A dry run only pulls and plans.
import { systemClock } from '../adapters/browser/system-clock.js';
import { UserError } from '../core/errors.js';
import { fileIdentityOf } from '../core/import/import-key.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import { captureFolderOf } from '../engine/capture-contact.js';
import { importContacts } from '../engine/import-contacts.js';
import type { TokenProviderDependencies } from './choose-token-provider.js';
import { findFolder } from './find-folder.js';
import { parseImportArgs } from './parse-import-args.js';
import { readContactsFile, readMappingFile } from './read-contacts-file.js';
import { summarizeImport } from './summarize-import.js';
import type { ImportSummary } from './summarize-import.js';
import { withSyncedMirror } from './synced-mirror.js';

export interface ImportOutcome {
  readonly summary: ImportSummary;
  /** 0 everything applied; 1 some rows rejected or changes left unsent (the others applied). */
  readonly code: 0 | 1;
}

export interface RunImportDependencies extends TokenProviderDependencies {
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The folder new contacts go to: the one --folder names among the user's own writable folders, else the default one. */
function targetFolder(folders: readonly MirrorFolder[], name: string | undefined): MirrorFolder {
  if (name !== undefined) return findFolder(folders.filter((folder) => folder.mailbox === 'me' && !folder.readOnly), name);
  const folder = captureFolderOf(folders);
  if (folder === undefined) throw new UserError('There is no contact folder of yours to import into.', 'The mailbox has no contact folder the import can write to.', 'Create a contact folder in Outlook, or check the mailbox --token signs in to.');
  return folder;
}

/** Runs the command. Throws UserError for a bad command line, an unreadable file or mapping, or an unknown folder. */
export async function runImport(argv: readonly string[], dependencies: RunImportDependencies = {}): Promise<ImportOutcome> {
  const options = parseImportArgs(argv, dependencies.env);
  const mapping = options.mapping === undefined ? undefined : await readMappingFile(options.mapping);
  const read = await readContactsFile(options.file, mapping === undefined ? {} : { mapping });
  return withSyncedMirror(options.connection, dependencies, async (mirror) => {
    // A dry run brings the mirror up to date to plan against, and sends nothing, not even earlier changes.
    await mirror.sync({ pullOnly: options.dryRun });
    const folder = targetFolder(await mirror.file.store.listFolders(), options.folder);
    const report = await importContacts(
      { store: mirror.file.store, now: () => systemClock.now(), photos: mirror.file.photos },
      { file: read.name, fileIdentity: fileIdentityOf(read.name, read.bytes), drafts: read.drafts, fileProblems: read.problems, onMatch: options.onMatch, folderId: folder.id, dryRun: options.dryRun },
    );
    if (!options.dryRun && (await mirror.file.store.countPending()) > 0) await mirror.sync();
    const pendingOutbox = await mirror.file.store.countPending();
    const summary = summarizeImport({ file: options.file, folder: folder.displayName, onMatch: options.onMatch, dryRun: options.dryRun, drafts: read.drafts, fileProblems: read.problems, report, pendingOutbox });
    return { summary, code: summary.rejected > 0 || pendingOutbox > 0 ? 1 : 0 };
  });
}
