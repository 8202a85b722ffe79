// What one pairing's row shows, as a reducer over the commands and the run's outcome: idle (with the last
// summary), running with progress, the safety stop waiting for the user's answer, a password to ask for, or a
// problem to explain. Pure, so the section's behaviour is tested without a DOM.
import type { CardDavProblem, CardDavRunSummary, RunOutcome, RunProgress, SafetyStop } from '../../ports/carddav-pane.js';

export type PairingRunState =
  | { readonly phase: 'idle'; readonly summary?: CardDavRunSummary }
  | { readonly phase: 'running'; readonly progress?: RunProgress; readonly allowDeletes: boolean }
  | { readonly phase: 'stopped'; readonly stop: SafetyStop }
  | { readonly phase: 'needs-password' }
  | { readonly phase: 'failed'; readonly problem: CardDavProblem; readonly summary?: CardDavRunSummary };

export type PairingRunEvent =
  | { readonly type: 'start'; readonly allowDeletes: boolean }
  | { readonly type: 'progress'; readonly progress: RunProgress }
  | { readonly type: 'finished'; readonly outcome: RunOutcome }
  /** The user declined the deletions the safety stop held back. */
  | { readonly type: 'cancel' };

export const initialRunState = (summary?: CardDavRunSummary): PairingRunState => (summary === undefined ? { phase: 'idle' } : { phase: 'idle', summary });

const summaryOf = (state: PairingRunState): CardDavRunSummary | undefined => ('summary' in state ? state.summary : undefined);

export function pairingRunReducer(state: PairingRunState, event: PairingRunEvent, lastSummary?: CardDavRunSummary): PairingRunState {
  switch (event.type) {
    case 'start':
      return state.phase === 'running' ? state : { phase: 'running', allowDeletes: event.allowDeletes };
    case 'progress':
      return state.phase === 'running' ? { ...state, progress: event.progress } : state;
    case 'cancel':
      return state.phase === 'stopped' ? initialRunState(lastSummary) : state;
    case 'finished': {
      const outcome = event.outcome;
      if (outcome.kind === 'done') return { phase: 'idle', summary: outcome.summary };
      if (outcome.kind === 'stopped') return { phase: 'stopped', stop: outcome.stop };
      if (outcome.kind === 'needs-password') return { phase: 'needs-password' };
      const summary = summaryOf(state) ?? lastSummary;
      return summary === undefined ? { phase: 'failed', problem: outcome.problem } : { phase: 'failed', problem: outcome.problem, summary };
    }
  }
}

/** Whether the row's Sync now button may start a run. */
export const canStartRun = (state: PairingRunState): boolean => state.phase !== 'running' && state.phase !== 'stopped';
