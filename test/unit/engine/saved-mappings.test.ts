import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { renameColumn } from '../../../src/core/mapping/document/edit-csv-mapping.js';
import { OUTLOOK_CSV_MAPPING } from '../../../src/core/mapping/presets/outlook-csv.js';
import { VCARD_40_MAPPING } from '../../../src/core/mapping/presets/vcard-mapping.js';
import { mappingFileOf, readMappingFile, saveMapping } from '../../../src/engine/saved-mappings.js';
import type { MappingId } from '../../../src/ports/mapping-store.js';
import { InMemoryMappingStore } from '../../fakes/in-memory-mapping-store.js';

const MINE = { ...OUTLOOK_CSV_MAPPING, name: 'My CRM' };
const failureOf = (run: () => unknown): UserError => {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('Expected a UserError.');
};

describe('saveMapping', () => {
  it('saves a valid CSV mapping under its id', async () => {
    const store = new InMemoryMappingStore();
    const outcome = await saveMapping(store, { id: 'm-1' as MappingId, document: MINE, now: 7 });
    expect(outcome).toEqual({ ok: true, saved: { id: 'm-1', document: MINE, savedAt: 7 } });
    expect(await store.listMappings()).toHaveLength(1);
  });

  it('saves nothing and names the rule when the mapping is invalid', async () => {
    const store = new InMemoryMappingStore();
    const outcome = await saveMapping(store, { id: 'm-1' as MappingId, document: renameColumn(MINE, 2, ''), now: 7 });
    expect(outcome).toEqual({ ok: false, problems: [{ path: 'rules[2].column', message: 'rules[2].column: required text' }] });
    expect(await store.listMappings()).toEqual([]);
  });

  it('refuses a vCard mapping', async () => {
    const outcome = await saveMapping(new InMemoryMappingStore(), { id: 'm-1' as MappingId, document: VCARD_40_MAPPING, now: 7 });
    expect(outcome.ok).toBe(false);
  });
});

describe('readMappingFile and mappingFileOf', () => {
  it('reads back the file a mapping downloads as', () => {
    const file = mappingFileOf(MINE);
    expect(file.name).toBe('my-crm.mapping.json');
    expect(file.mediaType).toBe('application/json');
    expect(readMappingFile({ name: file.name, text: file.text })).toEqual(MINE);
  });

  it('names the file and says it is not JSON', () => {
    const error = failureOf(() => readMappingFile({ name: 'notes.json', text: '{ "version": 1,' }));
    expect(error.message).toBe('“notes.json” is not a mapping file: it is not valid JSON.');
    expect(error.fix).toContain('Choose a mapping file');
  });

  it('names the file, the rule position, the field and why', () => {
    const bad = { ...MINE, rules: [MINE.rules[0], { column: 'Spouse', field: 'spouse' }] };
    const error = failureOf(() => readMappingFile({ name: 'crm.json', text: JSON.stringify(bad) }));
    expect(error.message).toBe("“crm.json” is not a valid mapping: rules[1].field: unknown field 'spouse'.");
    expect(error.fix).toContain('Nothing was saved.');
  });

  it('names the file and says it is too large for a mapping', () => {
    const error = failureOf(() => readMappingFile({ name: 'contacts.csv', text: 'x'.repeat(1024 * 1024 + 1) }));
    expect(error.message).toBe('“contacts.csv” is not a mapping file: it is larger than 1 MB.');
  });

  it('shows the first five problems and counts the rest', () => {
    const bad = { ...MINE, rules: Array.from({ length: 7 }, (_, index) => ({ column: `C${index}`, field: 'nope' })) };
    const error = failureOf(() => readMappingFile({ name: 'crm.json', text: JSON.stringify(bad) }));
    expect(error.message).toContain('rules[4].field');
    expect(error.message).not.toContain('rules[5].field');
    expect(error.message).toContain('(and 2 more)');
  });
});
