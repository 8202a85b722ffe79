// `npm test`'s dependency check: `npm audit --omit=dev`, failing on a high or critical advisory in what ships,
// and saying on one line when the advisory service cannot be reached (a registry mirror without the audit endpoint,
// no network) instead of failing or passing silently.
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit/audit-verdict.js';

const AUDIT_TIMEOUT_MS = 60_000;

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: AUDIT_TIMEOUT_MS });
const stderr = run.error ? `${run.error.message}` : (run.stderr ?? '');
const verdict = auditVerdict(run.stdout ?? '', stderr);
for (const line of verdict.lines) console.log(line);
process.exit(verdict.outcome === 'vulnerable' ? 1 : 0);
