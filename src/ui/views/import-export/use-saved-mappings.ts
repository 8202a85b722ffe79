// The signed-in account's saved CSV mappings, read again whenever one is saved or removed.
import { useEffect, useState } from 'preact/hooks';
import type { MappingMirror, SavedMapping } from './mapping-mirror.js';

/** The saved mappings by name; empty without an account or while they are read. */
export function useSavedMappings(mirror: MappingMirror | undefined): readonly SavedMapping[] {
  const [mappings, setMappings] = useState<readonly SavedMapping[]>([]);
  useEffect(() => {
    if (mirror === undefined) {
      setMappings([]);
      return undefined;
    }
    let live = true;
    const read = (): void =>
      void mirror.listMappings().then(
        (list) => live && setMappings(list),
        () => live && setMappings([]),
      );
    read();
    const unsubscribe = mirror.onMappingsChanged(read);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [mirror]);
  return mappings;
}
