// A small OData `$filter` parser and evaluator (OData v4 URL conventions, section 5.1.1): comparisons,
// and/or/not, parentheses, startswith/endswith/contains, and lambda `any`/`all` over collections, e.g.
// `emailAddresses/any(a:a/address eq 'x')`. String comparisons ignore case, as Exchange does.
import { badRequest } from './errors.js';

type Value = string | number | boolean | null;
export type FilterNode =
  | { readonly type: 'cmp'; readonly op: string; readonly path: readonly string[]; readonly value: Value }
  | { readonly type: 'fn'; readonly name: string; readonly path: readonly string[]; readonly value: string }
  | { readonly type: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly type: 'not'; readonly operand: FilterNode }
  | { readonly type: 'lambda'; readonly quantifier: 'any' | 'all'; readonly path: readonly string[]; readonly variable: string; readonly body: FilterNode };

const TOKEN = /\s*(?:('(?:[^']|'')*')|(\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))|(-?\d+(?:\.\d+)?)|([A-Za-z_@][\w.@]*)|([()/,:]))/y;
const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['startswith', 'endswith', 'contains']);

interface Token {
  readonly kind: 'string' | 'date' | 'number' | 'word' | 'punct';
  readonly text: string;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(source);
    if (!match) throw invalid(source);
    const [, str, date, num, word, punct] = match;
    if (str !== undefined) tokens.push({ kind: 'string', text: str.slice(1, -1).replaceAll("''", "'") });
    else if (date !== undefined) tokens.push({ kind: 'date', text: date });
    else if (num !== undefined) tokens.push({ kind: 'number', text: num });
    else if (word !== undefined) tokens.push({ kind: 'word', text: word });
    else tokens.push({ kind: 'punct', text: punct as string });
  }
  return tokens;
}

const invalid = (source: string): Error => badRequest(`Invalid filter clause: ${source.slice(0, 120)}`);

export function parseFilter(source: string): FilterNode {
  const tokens = tokenize(source);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const next = (): Token => tokens[at++] ?? fail();
  const fail = (): never => {
    throw invalid(source);
  };
  const expect = (text: string): void => {
    if (next().text.toLowerCase() !== text) fail();
  };
  const isWord = (text: string): boolean => peek()?.kind === 'word' && peek()?.text.toLowerCase() === text;

  const literal = (): Value => {
    const token = next();
    if (token.kind === 'string' || token.kind === 'date') return token.text;
    if (token.kind === 'number') return Number(token.text);
    if (token.kind === 'word' && ['true', 'false', 'null'].includes(token.text)) return token.text === 'null' ? null : token.text === 'true';
    return fail();
  };
  const path = (): string[] => {
    const parts = [next().text];
    while (peek()?.text === '/' && tokens[at + 1]?.kind === 'word' && !['any', 'all'].includes((tokens[at + 1] as Token).text.toLowerCase())) {
      at += 1;
      parts.push(next().text);
    }
    return parts;
  };
  const primary = (): FilterNode => {
    if (peek()?.text === '(') {
      at += 1;
      const inner = orExpr();
      expect(')');
      return inner;
    }
    if (isWord('not')) {
      at += 1;
      return { type: 'not', operand: primary() };
    }
    const head = peek();
    if (head?.kind !== 'word') return fail();
    if (FUNCTIONS.has(head.text.toLowerCase()) && tokens[at + 1]?.text === '(') {
      at += 2;
      const fnPath = path();
      expect(',');
      const value = literal();
      expect(')');
      if (typeof value !== 'string') fail();
      return { type: 'fn', name: head.text.toLowerCase(), path: fnPath, value: value as string };
    }
    const target = path();
    if (peek()?.text === '/') {
      at += 1;
      const quantifier = next().text.toLowerCase() as 'any' | 'all';
      expect('(');
      const variable = next().text;
      expect(':');
      const body = orExpr();
      expect(')');
      return { type: 'lambda', quantifier, path: target, variable, body };
    }
    const op = next().text.toLowerCase();
    if (!COMPARISONS.has(op)) fail();
    return { type: 'cmp', op, path: target, value: literal() };
  };
  const andExpr = (): FilterNode => {
    let left = primary();
    while (isWord('and')) {
      at += 1;
      left = { type: 'and', left, right: primary() };
    }
    return left;
  };
  const orExpr = (): FilterNode => {
    let left = andExpr();
    while (isWord('or')) {
      at += 1;
      left = { type: 'or', left, right: andExpr() };
    }
    return left;
  };
  const tree = orExpr();
  if (at !== tokens.length) fail();
  return tree;
}

function resolve(scope: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let value: unknown = scope;
  for (const part of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

const fold = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v);

function compare(op: string, actual: unknown, expected: Value): boolean {
  const a = fold(actual ?? null);
  const b = fold(expected);
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  if (a === null || b === null) return false;
  const order = (a as string | number) < (b as string | number) ? -1 : (a as string | number) > (b as string | number) ? 1 : 0;
  return op === 'gt' ? order > 0 : op === 'ge' ? order >= 0 : op === 'lt' ? order < 0 : order <= 0;
}

/** Evaluates the filter over `scope` (property names as Graph spells them). */
export function matchesFilter(node: FilterNode, scope: Readonly<Record<string, unknown>>): boolean {
  switch (node.type) {
    case 'and':
      return matchesFilter(node.left, scope) && matchesFilter(node.right, scope);
    case 'or':
      return matchesFilter(node.left, scope) || matchesFilter(node.right, scope);
    case 'not':
      return !matchesFilter(node.operand, scope);
    case 'cmp':
      return compare(node.op, resolve(scope, node.path), node.value);
    case 'fn': {
      const actual = resolve(scope, node.path);
      if (typeof actual !== 'string') return false;
      const [a, b] = [actual.toLowerCase(), node.value.toLowerCase()];
      return node.name === 'startswith' ? a.startsWith(b) : node.name === 'endswith' ? a.endsWith(b) : a.includes(b);
    }
    case 'lambda': {
      const items = resolve(scope, node.path);
      if (!Array.isArray(items)) return false;
      const test = (item: unknown): boolean => {
        const inner = Object.create(scope) as Record<string, unknown>;
        inner[node.variable] = item;
        return matchesFilter(node.body, inner);
      };
      return node.quantifier === 'any' ? items.some(test) : items.every(test);
    }
  }
}
