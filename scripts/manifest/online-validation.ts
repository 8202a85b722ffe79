// Interprets a run of `office-addin-manifest validate`, which calls Microsoft's online validation service:
// it either could not reach the service (skipped), or the service judged the manifest (passed / failed).

export type OnlineStatus = 'passed' | 'failed' | 'skipped';

export interface OnlineOutcome {
  readonly status: OnlineStatus;
  /** One line for the console, e.g. "online validation: skipped (service unreachable)". */
  readonly summary: string;
}

export interface CommandRun {
  /** null when the process was killed (e.g. by a timeout) or could not start. */
  readonly exitCode: number | null;
  readonly output: string;
  readonly timedOut?: boolean;
}

const UNREACHABLE = [/Unable to contact the manifest validation service/i, /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo/i];
const VALID = /The manifest is valid\./;
const INVALID = /The manifest is not valid\./;

export function classifyOnlineValidation(run: CommandRun): OnlineOutcome {
  if (run.timedOut) return { status: 'skipped', summary: 'online validation: skipped (service did not answer in time)' };
  if (UNREACHABLE.some((pattern) => pattern.test(run.output))) {
    return { status: 'skipped', summary: 'online validation: skipped (service unreachable)' };
  }
  if (run.exitCode === 0 && VALID.test(run.output) && !INVALID.test(run.output)) {
    return { status: 'passed', summary: 'online validation: ran, passed' };
  }
  if (INVALID.test(run.output)) return { status: 'failed', summary: 'online validation: ran, failed' };
  if (run.exitCode === null) return { status: 'skipped', summary: 'online validation: skipped (office-addin-manifest could not run)' };
  return { status: 'skipped', summary: `online validation: skipped (unrecognised answer, exit code ${run.exitCode})` };
}
