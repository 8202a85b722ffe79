// One pairing: which book with which folder, Sync now with its progress, the last run's summary on each side,
// the safety stop's question (delete and continue, or cancel), and the password when none is at hand.
import { useReducer, useState } from 'preact/hooks';
import type { CardDavPairing, CardDavPane, CardDavServer } from '../../ports/carddav-pane.js';
import { format, strings } from '../../strings/strings.js';
import { timeText } from '../sync/time-text.js';
import { DIRECTION_LABELS, MAPPING_LABELS } from './connect-form.js';
import { canStartRun, initialRunState, pairingRunReducer } from './pairing-run-state.js';
import type { PairingRunEvent, PairingRunState } from './pairing-run-state.js';
import { ProblemNotice } from './problem-notice.js';
import { sideText } from './problem-text.js';

const s = strings.carddav;

export interface PairingRowProps {
  readonly pane: CardDavPane;
  readonly server: CardDavServer;
  readonly pairing: CardDavPairing;
}

export function PairingRow({ pane, server, pairing }: PairingRowProps) {
  const reduce = (state: PairingRunState, event: PairingRunEvent) => pairingRunReducer(state, event, pairing.lastRun);
  const [state, dispatch] = useReducer(reduce, pairing.lastRun, initialRunState);
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const names = { book: pairing.bookName, folder: pairing.folderName };

  const run = async (allowDeletes: boolean) => {
    dispatch({ type: 'start', allowDeletes });
    const outcome = await pane.runPairing(pairing.id, { allowDeletes, onProgress: (progress) => dispatch({ type: 'progress', progress }) });
    dispatch({ type: 'finished', outcome });
  };
  const usePassword = async (event: Event) => {
    event.preventDefault();
    await pane.setPassword(server.id, password, remember);
    setPassword('');
    await run(false);
  };

  const summary = 'summary' in state ? state.summary : undefined;
  return (
    <li class="carddav-pairing" data-testid="carddav-pairing">
      <p class="carddav-pairing__name">{format(s.pairingLabel, names)}</p>
      <p class="import-export__hint">{format(s.pairingDetails, { mapping: MAPPING_LABELS[pairing.mapping], direction: DIRECTION_LABELS[pairing.direction] })}</p>
      <div class="import-form__buttons">
        <button type="button" class="button button--primary" aria-label={format(s.syncNowLabel, names)} disabled={!canStartRun(state)} onClick={() => void run(false)}>
          {s.syncNow}
        </button>
        <button type="button" class="button" aria-label={format(s.removePairingLabel, names)} disabled={state.phase === 'running'} onClick={() => void pane.removePairing(pairing.id)}>
          {s.removePairing}
        </button>
      </div>
      {state.phase === 'running' && (
        <div class="import-progress">
          <progress aria-label={s.progressLabel} {...(state.progress === undefined || state.progress.total === 0 ? {} : { value: state.progress.done, max: state.progress.total })} />
          <p aria-live="polite">{state.progress === undefined ? s.running : format(s.progressText, { done: state.progress.done, total: state.progress.total })}</p>
        </div>
      )}
      {state.phase === 'stopped' && (
        <div role="alertdialog" aria-labelledby={`stop-${pairing.id}`} class="carddav-stop" data-testid="carddav-safety-stop">
          <p id={`stop-${pairing.id}`}>{format(s.stopTitle, { deletes: state.stop.deletes, of: state.stop.of, side: state.stop.side === 'outlook' ? s.stopSideOutlook : s.stopSideCarddav })}</p>
          <p>{s.stopHint}</p>
          <div class="import-form__buttons">
            <button type="button" class="button button--primary" onClick={() => void run(true)}>{s.stopContinue}</button>
            <button type="button" class="button" onClick={() => dispatch({ type: 'cancel' })}>{s.stopCancel}</button>
          </div>
        </div>
      )}
      {state.phase === 'needs-password' && (
        <form class="carddav-form" onSubmit={(event) => void usePassword(event)}>
          <label for={`password-${pairing.id}`}>{format(s.askPassword, { user: server.user, server: server.url })}</label>
          <input id={`password-${pairing.id}`} class="mapping-input" type="password" autoComplete="current-password" value={password} onInput={(event) => setPassword(event.currentTarget.value)} />
          <label class="carddav-form__check">
            <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.currentTarget.checked)} /> {s.remember}
          </label>
          <button type="submit" class="button">{s.usePassword}</button>
        </form>
      )}
      {state.phase === 'failed' && <ProblemNotice problem={state.problem} {...(pane.helpUrl === undefined ? {} : { helpUrl: pane.helpUrl })} />}
      <RunSummary summary={summary} />
    </li>
  );
}

function RunSummary({ summary }: { readonly summary: CardDavPairing['lastRun'] }) {
  if (summary === undefined) return <p class="import-export__hint">{s.neverRun}</p>;
  return (
    <div class="carddav-summary" data-testid="carddav-summary" role="status">
      <p>{format(s.summary, { time: timeText(summary.at) })}</p>
      <p data-testid="carddav-summary-outlook">{format(s.summaryOutlook, { counts: sideText(summary.outlook) })}</p>
      <p data-testid="carddav-summary-carddav">{format(s.summaryCarddav, { counts: sideText(summary.carddav) })}</p>
      {summary.conflicts > 0 && <p>{format(s.summaryConflicts, { count: summary.conflicts })}</p>}
      {summary.failures > 0 && <p>{format(s.summaryFailures, { count: summary.failures })}</p>}
    </div>
  );
}
