// The mapping editor's mirror (its interface is in src/ui/ports/), handed down by the composition root through a context.
import { createContext } from 'preact';
import { useAccountSource } from '../../hooks/use-account-source.js';
import type { AccountSource } from '../../hooks/use-account-source.js';
import type { MappingMirror } from '../../ports/mapping-mirror.js';

export type { CsvMappingDocument, MappingId, MappingMirror, MappingPreview, MappingProblem, SavedMapping, SaveMappingOutcome } from '../../ports/mapping-mirror.js';

export type MappingMirrorSource = AccountSource<MappingMirror>;

export const MappingMirrorContext = createContext<MappingMirrorSource | undefined>(undefined);

/** The signed-in account's saved mappings, re-rendering when the account changes; undefined without one. */
export function useMappingMirror(): MappingMirror | undefined {
  return useAccountSource(MappingMirrorContext);
}
