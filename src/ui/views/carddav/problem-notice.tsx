// A CardDAV problem as an alert: what happened, the fix, and for a blocked request where the server
// configurations are (the README's CORS section, linked when this build knows the README's address).
import type { CardDavProblem } from '../../ports/carddav-pane.js';
import { strings } from '../../strings/strings.js';
import { problemText } from './problem-text.js';

export function ProblemNotice({ problem, helpUrl }: { readonly problem: CardDavProblem; readonly helpUrl?: string }) {
  const text = problemText(problem);
  return (
    <div class="import-error" role="alert" data-testid="carddav-problem">
      <p>{text.message}</p>
      {text.fix !== undefined && <p>{text.fix}</p>}
      {text.corsHelp && <p>{helpUrl === undefined ? strings.carddav.corsHelp : <a href={helpUrl} target="_blank" rel="noopener noreferrer">{strings.carddav.corsHelp}</a>}</p>}
    </div>
  );
}
