// The Import/Export view's mirror (its interface is in src/ui/ports/), handed down by the composition root through a context.
import { createContext } from 'preact';
import { useAccountSource } from '../../hooks/use-account-source.js';
import type { AccountSource } from '../../hooks/use-account-source.js';
import type { ExportMirror } from '../../ports/export-mirror.js';

export type { ExportTarget, ExportMirror, ExportOutcome, ExportRequest, FieldNotCarried } from '../../ports/export-mirror.js';

export type ExportMirrorSource = AccountSource<ExportMirror>;

export const ExportMirrorContext = createContext<ExportMirrorSource | undefined>(undefined);

/** The signed-in account's mirror for exports, re-rendering when the account changes; undefined without one. */
export function useExportMirror(): ExportMirror | undefined {
  return useAccountSource(ExportMirrorContext);
}
