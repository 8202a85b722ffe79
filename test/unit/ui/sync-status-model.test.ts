import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import type { StoredConflict } from '../../../src/core/sync/conflict-entry.js';
import type { LocalId, MirrorContact } from '../../../src/core/sync/mirror-contact.js';
import type { MirrorFolder } from '../../../src/core/sync/plan-folders.js';
import type { FolderSyncState } from '../../../src/ports/mirror-store.js';
import type { SyncEvent } from '../../../src/ports/sync-events.js';
import { conflictRows, fieldLabel, folderStatuses, lastSyncedAt, progressBarOf, reduceSyncActivity, valueText } from '../../../src/ui/views/sync/sync-status-model.js';
import type { SyncActivityState } from '../../../src/ui/views/sync/sync-status-model.js';
import { aContact, aSyncedRow } from '../../fakes/contact-builders.js';

const SUMMARY = { folders: 1, contacts: 2, created: 0, updated: 0, deleted: 0, conflicts: 0, failures: 0 };
const progress = (contacts: number, pages: number, total?: number): SyncEvent => ({ kind: 'sync-progress', progress: { phase: 'pull', pages, contacts, ...(total !== undefined ? { total } : {}) } });

describe('reduceSyncActivity', () => {
  const run = (events: readonly SyncEvent[], from: SyncActivityState = { kind: 'idle' }) => events.reduce(reduceSyncActivity, from);

  it.each<[string, readonly SyncEvent[], SyncActivityState]>([
    ['runs from the start event', [{ kind: 'sync-started', at: 5 }], { kind: 'running', startedAt: 5 }],
    ['follows the latest progress', [{ kind: 'sync-started', at: 5 }, progress(200, 1), progress(400, 2)], { kind: 'running', startedAt: 5, progress: { phase: 'pull', pages: 2, contacts: 400 } }],
    ['runs when progress arrives without the start (the pane opened mid-sync)', [progress(200, 1)], { kind: 'running', startedAt: 0, progress: { phase: 'pull', pages: 1, contacts: 200 } }],
    ['is idle with the finish time after a finish', [{ kind: 'sync-started', at: 5 }, { kind: 'sync-finished', at: 9, summary: SUMMARY }], { kind: 'idle', lastFinishedAt: 9 }],
    [
      'keeps the last finish and shows the error after a failure',
      [{ kind: 'sync-finished', at: 9, summary: SUMMARY }, { kind: 'sync-started', at: 10 }, { kind: 'sync-failed', at: 11, message: 'offline' }],
      { kind: 'idle', lastFinishedAt: 9, lastError: 'offline' },
    ],
    ['clears the error after the next finish', [{ kind: 'sync-failed', at: 11, message: 'offline' }, { kind: 'sync-finished', at: 12, summary: SUMMARY }], { kind: 'idle', lastFinishedAt: 12 }],
  ])('%s', (_name, events, expected) => {
    expect(run(events)).toEqual(expected);
  });
});

describe('progressBarOf', () => {
  it('has no maximum while the total is unknown', () => {
    expect(progressBarOf({ phase: 'pull', pages: 3, contacts: 600 })).toEqual({ now: 600, pages: 3, phase: 'pull' });
  });

  it('never shows more received than the maximum', () => {
    expect(progressBarOf({ phase: 'pull', pages: 3, contacts: 600, total: 500 }).max).toBe(600);
  });

  it('starts empty before the first report', () => {
    expect(progressBarOf(undefined)).toEqual({ now: 0, pages: 0, phase: 'folders' });
  });
});

const folder = (id: string, displayName: string, extra: Partial<MirrorFolder> = {}): MirrorFolder => ({ id: id as GraphId, displayName, isDefault: false, mailbox: 'me', readOnly: false, ...extra });

describe('folderStatuses', () => {
  const folders = [
    folder('f-team', 'Team', { mailbox: 'user:ravi@contoso.example', readOnly: true }),
    folder('f-b', 'Suppliers'),
    folder('f-a', 'Contacts', { isDefault: true }),
  ];
  const states = new Map<string, FolderSyncState>([
    ['f-a', { folderId: 'f-a' as GraphId, deltaLink: 'd', lastSyncedAt: 100 }],
    ['f-b', { folderId: 'f-b' as GraphId, nextLink: 'n' }],
  ]);
  const counts = new Map([['f-a', 2]]);

  it('lists the default folder first, shared folders last, with counts, owners and states', () => {
    expect(folderStatuses(folders, states, counts)).toEqual([
      { id: 'f-a', name: 'Contacts', owner: 'me', readOnly: false, contacts: 2, state: 'synced', lastSyncedAt: 100 },
      { id: 'f-b', name: 'Suppliers', owner: 'me', readOnly: false, contacts: 0, state: 'in-progress' },
      { id: 'f-team', name: 'Team', owner: 'ravi@contoso.example', readOnly: true, contacts: 0, state: 'not-synced' },
    ]);
  });

  it('answers the latest completed round as the last sync', () => {
    expect(lastSyncedAt([...states.values(), { folderId: 'x' as GraphId, deltaLink: 'd', lastSyncedAt: 300 }])).toBe(300);
    expect(lastSyncedAt([])).toBeUndefined();
  });
});

describe('conflictRows', () => {
  const row = aSyncedRow('g1', aContact({ displayName: 'Ada <b>Lovelace</b>' }));
  const conflict = (seq: number, at: number, extra: Partial<StoredConflict> = {}): StoredConflict => ({
    seq, localId: row.localId, reason: 'both-changed', keptSide: 'local', kept: 'Poet', lost: 'Engineer', at, field: 'jobTitle', ...extra,
  });

  it('lists the newest first with the contact’s name, field, kept and lost values as text', () => {
    const rows = conflictRows([conflict(1, 10), conflict(2, 20, { field: 'emailAddresses', kept: [{ address: 'a@x.example' }], lost: [{ name: 'Ada', address: 'ada@y.example' }] })], new Map<LocalId, MirrorContact>([[row.localId, row]]));
    expect(rows).toEqual([
      { seq: 2, contact: 'Ada <b>Lovelace</b>', field: 'Email addresses', reason: 'both-changed', kept: 'a@x.example', lost: 'Ada, ada@y.example', at: 20 },
      { seq: 1, contact: 'Ada <b>Lovelace</b>', field: 'Job title', reason: 'both-changed', kept: 'Poet', lost: 'Engineer', at: 10 },
    ]);
  });

  it('leaves the name empty when the contact is gone, and keeps the server’s message', () => {
    const [only] = conflictRows([conflict(3, 30, { reason: 'rejected', message: 'Read-only.' })], new Map());
    expect(only).toMatchObject({ contact: '', message: 'Read-only.' });
  });

  it('carries the deleted folder’s name and where the contact was kept', () => {
    const [only] = conflictRows([conflict(4, 40, { reason: 'folder-deleted', field: undefined, kept: undefined, lost: undefined, folder: { id: 'f-c' as GraphId, name: 'Clients', keptIn: 'Contacts' } })], new Map([[row.localId, row]]));
    expect(only).toEqual({ seq: 4, contact: 'Ada <b>Lovelace</b>', reason: 'folder-deleted', kept: '', lost: '', at: 40, folder: { name: 'Clients', keptIn: 'Contacts' } });
  });

  it.each([
    ['jobTitle', 'Job title'],
    ['emailAddresses', 'Email addresses'],
    ['birthday', 'Birthday'],
  ])('names the field %s as %s', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });

  it('truncates long values', () => {
    expect(valueText('x'.repeat(500))).toHaveLength(120);
    expect(valueText(undefined)).toBe('');
  });
});
