// One finding of the manifest validator: where it is (file, line, element path), which rule it breaks, and the fix.

/** Errors fail validation; warnings are printed but do not. */
export type IssueSeverity = 'error' | 'warning';

export interface ManifestIssue {
  readonly severity: IssueSeverity;
  /** Stable rule id, e.g. `element-order`, `https-url`, `resid-resolves`. */
  readonly rule: string;
  readonly file: string;
  /** 1-based line of the element (or of the parse error); 0 when unknown. */
  readonly line: number;
  /** Element path such as `/OfficeApp/VersionOverrides/Resources/Images/Image[2]`. */
  readonly path: string;
  readonly message: string;
  readonly fix: string;
}

/** Where an issue is found: the file and, for a parsed manifest, the element. */
export interface IssueLocation {
  readonly file: string;
  readonly line: number;
  readonly path: string;
}

export function anError(at: IssueLocation, rule: string, message: string, fix: string): ManifestIssue {
  return { severity: 'error', rule, ...at, message, fix };
}

export function aWarning(at: IssueLocation, rule: string, message: string, fix: string): ManifestIssue {
  return { severity: 'warning', rule, ...at, message, fix };
}

/** Orders issues by file, then line, errors before warnings on the same line. */
export function sortIssues(issues: readonly ManifestIssue[]): ManifestIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.rule.localeCompare(b.rule),
  );
}

/** One issue as printed on the console: `file:line error [rule] path: message\n    fix: ...`. */
export function formatIssue(issue: ManifestIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  return `${where} ${issue.severity} [${issue.rule}] ${issue.path}: ${issue.message}\n    fix: ${issue.fix}`;
}

export function hasErrors(issues: readonly ManifestIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
