// The Import section's mirror (its interface is in src/ui/ports/), handed down by the composition root through a context.
import { createContext } from 'preact';
import { useAccountSource } from '../../hooks/use-account-source.js';
import type { AccountSource } from '../../hooks/use-account-source.js';
import type { ImportMirror } from '../../ports/import-mirror.js';

export type { ChosenFile, CsvPresetId, ImportMirror, ImportOptions, ImportPreview, ImportPreviewRow, ImportReport, OnMatch, RunImportOptions } from '../../ports/import-mirror.js';

export type ImportMirrorSource = AccountSource<ImportMirror>;

export const ImportMirrorContext = createContext<ImportMirrorSource | undefined>(undefined);

/** The signed-in account's mirror for imports, re-rendering when the account changes; undefined without one. */
export function useImportMirror(): ImportMirror | undefined {
  return useAccountSource(ImportMirrorContext);
}
