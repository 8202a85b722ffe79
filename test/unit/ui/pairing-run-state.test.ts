// The CardDAV pairing row's state: a run's progress, its outcome (summary, safety stop, password, problem),
// the stop's confirm (a second run allowed to delete) and cancel, and when Sync now may start.
import { describe, expect, it } from 'vitest';
import type { CardDavRunSummary, RunOutcome } from '../../../src/ui/ports/carddav-pane.js';
import { canStartRun, initialRunState, pairingRunReducer } from '../../../src/ui/views/carddav/pairing-run-state.js';
import type { PairingRunEvent, PairingRunState } from '../../../src/ui/views/carddav/pairing-run-state.js';

const side = (created = 0, updated = 0, deleted = 0) => ({ created, updated, deleted });
const LAST: CardDavRunSummary = { at: 1_000, outlook: side(), carddav: side(20), conflicts: 0, failures: 0 };
const NEXT: CardDavRunSummary = { at: 2_000, outlook: side(0, 1), carddav: side(0, 1), conflicts: 1, failures: 0 };
const finished = (outcome: RunOutcome): PairingRunEvent => ({ type: 'finished', outcome });
const run = (events: readonly PairingRunEvent[], from: PairingRunState = initialRunState(LAST)) => events.reduce((state, event) => pairingRunReducer(state, event, LAST), from);

describe('pairingRunReducer', () => {
  it.each<[string, readonly PairingRunEvent[], PairingRunState]>([
    ['starts idle with the last summary', [], { phase: 'idle', summary: LAST }],
    ['runs without progress until the engine tells it', [{ type: 'start', allowDeletes: false }], { phase: 'running', allowDeletes: false }],
    ['shows the progress of the actions', [{ type: 'start', allowDeletes: false }, { type: 'progress', progress: { done: 3, total: 7 } }], { phase: 'running', allowDeletes: false, progress: { done: 3, total: 7 } }],
    ['shows the new summary when the run is done', [{ type: 'start', allowDeletes: false }, finished({ kind: 'done', summary: NEXT })], { phase: 'idle', summary: NEXT }],
    ['asks before deletes the safety stop held back', [{ type: 'start', allowDeletes: false }, finished({ kind: 'stopped', stop: { side: 'outlook', deletes: 10, of: 20 } })], { phase: 'stopped', stop: { side: 'outlook', deletes: 10, of: 20 } }],
    ['goes back to the last summary when the deletes are declined', [{ type: 'start', allowDeletes: false }, finished({ kind: 'stopped', stop: { side: 'carddav', deletes: 5, of: 5 } }), { type: 'cancel' }], { phase: 'idle', summary: LAST }],
    ['runs again allowed to delete when the user agrees', [{ type: 'start', allowDeletes: false }, finished({ kind: 'stopped', stop: { side: 'carddav', deletes: 5, of: 5 } }), { type: 'start', allowDeletes: true }], { phase: 'running', allowDeletes: true }],
    ['asks for the password when none is at hand', [{ type: 'start', allowDeletes: false }, finished({ kind: 'needs-password' })], { phase: 'needs-password' }],
    ['keeps the last summary beside a problem', [{ type: 'start', allowDeletes: false }, finished({ kind: 'failed', problem: { kind: 'refused', server: 'https://dav.example' } })], { phase: 'failed', problem: { kind: 'refused', server: 'https://dav.example' }, summary: LAST }],
    ['ignores progress that arrives after the run', [{ type: 'start', allowDeletes: false }, finished({ kind: 'done', summary: NEXT }), { type: 'progress', progress: { done: 1, total: 1 } }], { phase: 'idle', summary: NEXT }],
    ['does not start a second run over a running one', [{ type: 'start', allowDeletes: false }, { type: 'progress', progress: { done: 1, total: 2 } }, { type: 'start', allowDeletes: true }], { phase: 'running', allowDeletes: false, progress: { done: 1, total: 2 } }],
  ])('%s', (_name, events, expected) => {
    expect(run(events)).toEqual(expected);
  });

  it('starts without a summary for a pairing never run', () => {
    expect(initialRunState()).toEqual({ phase: 'idle' });
    expect(pairingRunReducer({ phase: 'running', allowDeletes: false }, finished({ kind: 'failed', problem: { kind: 'failed', message: 'x' } }))).toEqual({ phase: 'failed', problem: { kind: 'failed', message: 'x' } });
  });
});

describe('canStartRun', () => {
  it.each<[PairingRunState, boolean]>([
    [{ phase: 'idle' }, true],
    [{ phase: 'running', allowDeletes: false }, false],
    [{ phase: 'stopped', stop: { side: 'outlook', deletes: 9, of: 10 } }, false],
    [{ phase: 'needs-password' }, true],
    [{ phase: 'failed', problem: { kind: 'failed', message: 'x' } }, true],
  ])('%j → %s', (state, expected) => {
    expect(canStartRun(state)).toBe(expected);
  });
});
