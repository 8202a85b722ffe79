// The words for a CardDAV problem: what happened, in plain language, and the fix. A request the browser
// blocked is explained as a CORS matter (the server must allow the pane's origin), unless a probe showed that
// nothing answered at all; both name the README section with the server configurations.
import { format, strings } from '../../strings/strings.js';
import type { CardDavProblem } from '../../ports/carddav-pane.js';

export interface ProblemText {
  readonly message: string;
  readonly fix?: string;
  /** Whether to point to the README's CORS section. */
  readonly corsHelp: boolean;
}

export function problemText(problem: CardDavProblem): ProblemText {
  const s = strings.carddav;
  switch (problem.kind) {
    case 'blocked':
      return problem.reachable
        ? { message: format(s.problemBlocked, { server: problem.server, origin: problem.origin }), fix: format(s.problemBlockedFix, { origin: problem.origin }), corsHelp: true }
        : { message: format(s.problemUnreachable, { server: problem.server }), fix: format(s.problemUnreachableFix, { origin: problem.origin }), corsHelp: true };
    case 'not-allowed':
      return { message: format(s.problemNotAllowed, { server: problem.server }), fix: s.problemNotAllowedFix, corsHelp: false };
    case 'refused':
      return { message: format(s.problemRefused, { server: problem.server }), fix: s.problemRefusedFix, corsHelp: false };
    case 'failed':
      return { message: problem.message, corsHelp: false };
  }
}

/** "3 created, 1 updated, 0 deleted" for one side of a run. */
export function sideText(side: { readonly created: number; readonly updated: number; readonly deleted: number }): string {
  return format(strings.carddav.sideCounts, side);
}
