// The MappingStore contract: the in-memory fake and Dexie on fake-indexeddb run this suite, so engine tests
// can use the fake and trust the real store.
import { describe, expect, it } from 'vitest';
import type { CsvMappingDocument } from '../../src/core/mapping/document/mapping-document.js';
import { OUTLOOK_CSV_MAPPING } from '../../src/core/mapping/presets/outlook-csv.js';
import type { MappingId, MappingStore, SavedMapping } from '../../src/ports/mapping-store.js';

export type MappingStoreSetup = () => Promise<{ subject: MappingStore; teardown: () => Promise<void> }>;

const documentNamed = (name: string): CsvMappingDocument => ({ ...OUTLOOK_CSV_MAPPING, name, rules: OUTLOOK_CSV_MAPPING.rules.slice(0, 3) });
const saved = (id: string, name: string, savedAt = 1_000): SavedMapping => ({ id: id as MappingId, document: documentNamed(name), savedAt });

async function withStore(setup: MappingStoreSetup, test: (store: MappingStore) => Promise<void>): Promise<void> {
  const { subject, teardown } = await setup();
  try {
    await test(subject);
  } finally {
    await teardown();
  }
}

export function runMappingStoreContract(name: string, setup: MappingStoreSetup): void {
  describe(`MappingStore contract: ${name}`, () => {
    it('lists nothing before a mapping is saved', () =>
      withStore(setup, async (store) => {
        expect(await store.listMappings()).toEqual([]);
        expect(await store.getMapping('m-1' as MappingId)).toBeUndefined();
      }));

    it('keeps a saved mapping as it was saved', () =>
      withStore(setup, async (store) => {
        const mapping = saved('m-1', 'CRM export');
        await store.putMapping(mapping);
        expect(await store.getMapping(mapping.id)).toEqual(mapping);
        expect(await store.listMappings()).toEqual([mapping]);
      }));

    it('lists mappings by name, ignoring case, then by id', () =>
      withStore(setup, async (store) => {
        for (const mapping of [saved('m-3', 'zoho'), saved('m-2', 'Billing'), saved('m-1', 'billing'), saved('m-4', 'CRM')]) await store.putMapping(mapping);
        expect((await store.listMappings()).map((mapping) => mapping.id)).toEqual(['m-1', 'm-2', 'm-4', 'm-3']);
      }));

    it('replaces the mapping saved under the same id', () =>
      withStore(setup, async (store) => {
        await store.putMapping(saved('m-1', 'First'));
        await store.putMapping(saved('m-1', 'Renamed', 2_000));
        expect(await store.listMappings()).toEqual([saved('m-1', 'Renamed', 2_000)]);
      }));

    it('removes a mapping, and removing one that is not there does nothing', () =>
      withStore(setup, async (store) => {
        await store.putMapping(saved('m-1', 'One'));
        await store.putMapping(saved('m-2', 'Two'));
        await store.deleteMapping('m-1' as MappingId);
        await store.deleteMapping('m-9' as MappingId);
        expect((await store.listMappings()).map((mapping) => mapping.id)).toEqual(['m-2']);
      }));

    it('hands out copies: changing an answer changes nothing stored', () =>
      withStore(setup, async (store) => {
        await store.putMapping(saved('m-1', 'One'));
        const [first] = await store.listMappings();
        (first?.document.rules as unknown as { column: string }[])[0]!.column = 'Changed';
        expect((await store.getMapping('m-1' as MappingId))?.document.rules[0]?.column).toBe('First Name');
      }));
  });
}
