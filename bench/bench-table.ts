// The benchmark contract's shared types and the pure parts of the runner: checking a module's figures and
// rendering the results table with targets and ratios.

/** A figure's target: `max` for budgets (lower is better), `min` for floors (higher is better). */
export interface BenchTarget {
  readonly max?: number;
  readonly min?: number;
}

export type BenchTargets = Readonly<Record<string, BenchTarget>>;

export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly target?: BenchTarget;
}

export type FiguresCheck = { readonly ok: true; readonly figures: Record<string, number> } | { readonly ok: false; readonly problem: string };

/** Accepts `value` when it is a flat object of finite numbers (the bench module contract). */
export function checkFigures(value: unknown): FiguresCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'run() must resolve to an object of name → number' };
  const figures: Record<string, number> = {};
  for (const [name, figure] of Object.entries(value)) {
    if (typeof figure !== 'number' || !Number.isFinite(figure)) return { ok: false, problem: `figure "${name}" is not a finite number` };
    figures[name] = figure;
  }
  return { ok: true, figures };
}

/** `ok` when the value meets its target, `over` / `under` when not, undefined without a target. */
export function verdictOf(value: number, target: BenchTarget | undefined): 'ok' | 'over' | 'under' | undefined {
  if (!target || (target.max === undefined && target.min === undefined)) return undefined;
  if (target.max !== undefined && value > target.max) return 'over';
  if (target.min !== undefined && value < target.min) return 'under';
  return 'ok';
}

function formatNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

function describeTarget(target: BenchTarget | undefined): string {
  if (!target) return '';
  return [target.max !== undefined ? `≤ ${formatNumber(target.max)}` : '', target.min !== undefined ? `≥ ${formatNumber(target.min)}` : ''].filter(Boolean).join(' ');
}

function ratioOf(value: number, target: BenchTarget | undefined): string {
  const reference = target?.max ?? target?.min;
  return reference ? `${(value / reference).toFixed(2)}` : '';
}

/** A plain-text table: figure, value, target, ratio (value / target) and verdict. */
export function renderTable(rows: readonly BenchRow[]): string {
  const header = ['figure', 'value', 'target', 'ratio', 'status'];
  const body = rows.map((row) => {
    const verdict = verdictOf(row.value, row.target);
    return [row.name, formatNumber(row.value), describeTarget(row.target), ratioOf(row.value, row.target), verdict === undefined ? '' : verdict === 'ok' ? 'ok' : `MISSED (${verdict})`];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((cells) => (cells[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 1 || column === 3 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  ').trimEnd(), ...body.map(line)].join('\n');
}
