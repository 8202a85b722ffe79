import { describe, expect, it } from 'vitest';
import { progressText } from '../../../src/ui/views/sync/progress-text.js';
import { SyncProgress } from '../../../src/ui/views/sync/sync-progress.js';
import { progressBarOf } from '../../../src/ui/views/sync/sync-status-model.js';
import type { SyncProgress as Progress } from '../../../src/ports/sync-events.js';
import { findAll, renderTree, textOf } from './render-tree.js';

const pull = (contacts: number, extra: Partial<Progress> = {}): Progress => ({ phase: 'pull', pages: Math.ceil(contacts / 100), contacts, ...extra });

describe('progressText', () => {
  it.each<[string, Progress | undefined, number | undefined, string]>([
    ['before any folder is listed', undefined, 2000, 'Listing contact folders…'],
    ['a first sync, with nothing to compare', pull(1234), undefined, '1,234 contacts so far'],
    ['a later sync, against the last count', pull(500), 2000, '500 of about 2,000 contacts'],
    ['a later sync reaching the last count', pull(2000), 2000, '2,000 of about 2,000 contacts'],
    ['a later sync past the last count', pull(2050), 2000, '2,050 contacts so far'],
    ['a mirror that was empty', pull(12), 0, '12 contacts so far'],
    ['a total the server gave', pull(40, { total: 80 }), 2000, '40 of 80 contacts received (1 page)'],
    ['pushing changes', { phase: 'push', pages: 0, contacts: 3 }, 2000, '3 changes sent'],
  ])('words %s', (_, progress, previousCount, text) => {
    expect(progressText(progressBarOf(progress), previousCount)).toBe(text);
  });
});

describe('SyncProgress', () => {
  it('shows the estimate in words and keeps the bar indeterminate, never a percentage', () => {
    const root = renderTree(<SyncProgress model={progressBarOf(pull(500))} previousCount={2000} />);
    const [bar] = findAll(root, (element) => element.props.role === 'progressbar');
    expect(bar?.props).toMatchObject({ 'aria-label': 'Sync progress', 'aria-valuenow': 500, 'aria-valuetext': '500 of about 2,000 contacts' });
    expect(bar?.props).not.toHaveProperty('aria-valuemax');
    expect(bar?.props.class).toContain('sync-progress__track--indeterminate');
    expect(findAll(root, (element) => element.props.style !== undefined)).toEqual([]);
    expect(textOf(root)).toBe('500 of about 2,000 contacts');
  });

  it('fills the bar only for a total the server gave', () => {
    const root = renderTree(<SyncProgress model={progressBarOf(pull(40, { total: 80 }))} previousCount={2000} />);
    const [bar] = findAll(root, (element) => element.props.role === 'progressbar');
    expect(bar?.props).toMatchObject({ 'aria-valuemax': 80 });
    expect(findAll(root, (element) => element.props.class === 'sync-progress__bar')[0]?.props.style).toEqual({ width: '50%' });
  });
});
