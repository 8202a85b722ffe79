import { describe, expect, it, vi } from 'vitest';
import { ConflictLog } from '../../../src/ui/views/sync/conflict-log.js';
import type { ConflictRow } from '../../../src/ui/views/sync/sync-status-model.js';
import { byTag, findAll, renderTree, textOf } from './render-tree.js';

const base: ConflictRow = { seq: 1, contact: 'Ada Lovelace', reason: 'folder-deleted', kept: '', lost: '', at: Date.UTC(2026, 0, 2, 9, 30) };

function entryText(row: ConflictRow): { facts: string[]; reason: string } {
  const root = renderTree(<ConflictLog conflicts={[row]} onDismiss={vi.fn()} />);
  const facts = findAll(root, (element) => element.tag === 'dt' || element.tag === 'dd').map(textOf);
  const [reason] = findAll(root, (element) => element.props.class === 'conflict__reason');
  return { facts, reason: reason === undefined ? '' : textOf(reason) };
}

describe('ConflictLog', () => {
  it('says which folder was deleted and where the contact was kept', () => {
    const { facts, reason } = entryText({ ...base, folder: { name: 'Clients', keptIn: 'Contacts' } });
    expect(facts).toEqual(['Contact', 'Ada Lovelace', 'Folder', 'Clients', 'Kept in', 'Contacts']);
    expect(reason).toContain('The folder “Clients” was deleted in Outlook while this contact had changes not yet saved there, so the contact was kept in Contacts and will be saved there as a new contact.');
  });

  it('shows the changes a deleted folder took with it when the contact could not be kept', () => {
    const { facts, reason } = entryText({ ...base, lost: 'Poet', folder: { name: 'Team' } });
    expect(facts).toEqual(['Contact', 'Ada Lovelace', 'Folder', 'Team', 'Lost', 'Poet']);
    expect(reason).toContain('The folder “Team” was deleted in Outlook while this contact had changes not yet saved there; the changes could not be kept.');
  });

  it('shows the field, kept and lost values of other entries', () => {
    const { facts, reason } = entryText({ ...base, reason: 'both-changed', field: 'Job title', kept: 'Poet', lost: 'Engineer' });
    expect(facts).toEqual(['Contact', 'Ada Lovelace', 'Field', 'Job title', 'Kept', 'Poet', 'Lost', 'Engineer']);
    expect(reason).toContain('Changed here and on the server; the newer change was kept.');
  });

  it('renders a folder name as text, never as markup', () => {
    const root = renderTree(<ConflictLog conflicts={[{ ...base, folder: { name: '<img src=x>', keptIn: 'Contacts' } }]} onDismiss={vi.fn()} />);
    expect(findAll(root, byTag('img'))).toEqual([]);
    expect(textOf(root)).toContain('<img src=x>');
  });
});
