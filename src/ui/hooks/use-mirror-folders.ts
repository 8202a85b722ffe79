// The mirror's contact folders for a view, read again whenever the mirror changes: the first sync (or a folder
// added in Outlook) may bring folders after the view opened.
import { useEffect, useState } from 'preact/hooks';
import type { MirrorFolder } from '../../core/sync/plan-folders.js';

export interface FolderSource {
  folders(): Promise<readonly MirrorFolder[]>;
  /** Calls `listener` after each change to the mirror; answers the unsubscribe. */
  onChanged(listener: () => void): () => void;
}

/** The folders `keep` accepts, kept current; an empty list until they are read or when reading fails. */
export function useMirrorFolders(source: FolderSource, keep: (folder: MirrorFolder) => boolean = () => true): readonly MirrorFolder[] {
  const [folders, setFolders] = useState<readonly MirrorFolder[]>([]);
  useEffect(() => {
    let live = true;
    const read = (): void =>
      void source.folders().then(
        (list) => live && setFolders(list.filter(keep)),
        () => live && setFolders([]),
      );
    read();
    const unsubscribe = source.onChanged(read);
    return () => {
      live = false;
      unsubscribe();
    };
    // `keep` is a fixed filter of the caller's: the folders are read again when the source changes.
  }, [source]);
  return folders;
}
