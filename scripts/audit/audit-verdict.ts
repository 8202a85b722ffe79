// Reads `npm audit --omit=dev --json` and decides what CI says: the production dependencies' high and critical
// advisories fail the run; an advisory service that cannot be reached is said on one line and does not.

export interface AuditVerdict {
  readonly outcome: 'clean' | 'vulnerable' | 'unreachable';
  /** The lines to print; the first is the summary. */
  readonly lines: readonly string[];
}

type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
const BLOCKING: readonly Severity[] = ['high', 'critical'];

interface AuditVulnerability {
  readonly name?: string;
  readonly severity?: Severity;
  readonly range?: string;
  readonly via?: readonly (string | { readonly title?: string; readonly url?: string })[];
}

interface AuditReport {
  readonly metadata?: { readonly vulnerabilities?: Partial<Record<Severity, number>>; readonly dependencies?: { readonly prod?: number } };
  readonly vulnerabilities?: Record<string, AuditVulnerability>;
  readonly message?: string;
  readonly error?: { readonly summary?: string; readonly code?: string };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}

/** `stdout` is npm's JSON (or whatever it printed); `stderr` explains a failure to reach the service. */
export function auditVerdict(stdout: string, stderr: string): AuditVerdict {
  let report: AuditReport | undefined;
  try {
    report = JSON.parse(stdout) as AuditReport;
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!report || !counts) {
    const why = report?.message ?? report?.error?.summary ?? (firstLine(stderr) || firstLine(stdout) || 'no answer');
    return { outcome: 'unreachable', lines: [`npm audit: not checked, the advisory service could not be reached (${firstLine(why)})`] };
  }
  const blocking = Object.entries(report.vulnerabilities ?? {}).filter(([, entry]) => entry.severity !== undefined && BLOCKING.includes(entry.severity));
  const tally = (['critical', 'high', 'moderate', 'low'] as const).map((severity) => `${counts[severity] ?? 0} ${severity}`).join(', ');
  if (blocking.length === 0) return { outcome: 'clean', lines: [`npm audit: no high or critical advisory in the production dependencies (${tally})`] };
  const details = blocking.map(([name, entry]) => {
    const titles = (entry.via ?? []).map((via) => (typeof via === 'string' ? `through ${via}` : `${via.title ?? 'advisory'}${via.url ? ` ${via.url}` : ''}`));
    return `  ${name} ${entry.range ?? ''} [${entry.severity}]: ${titles.join('; ')}`.replace(/\s+\[/, ' [');
  });
  return { outcome: 'vulnerable', lines: [`npm audit: ${blocking.length} production dependencies with a high or critical advisory (${tally}); run npm audit --omit=dev`, ...details] };
}
