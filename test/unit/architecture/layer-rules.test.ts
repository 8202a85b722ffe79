// The import table of docs/ARCHITECTURE.md, proven rule by rule: every fixture in test/fixtures/lint/ is
// linted by the real eslint.config.js as if it lived at the virtual path its first line names, and must
// trip the rule its second line names (with a message naming the layer) or, for counter-examples, pass.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixturesDir = path.join(repoRoot, 'test/fixtures/lint');

interface Fixture {
  readonly name: string;
  readonly source: string;
  readonly virtualPath: string;
  /** undefined for a counter-example that must lint clean. */
  readonly expected?: { readonly ruleId: string; readonly count?: number; readonly mentions: string };
}

function readFixture(file: string): Fixture {
  const source = readFileSync(path.join(fixturesDir, file), 'utf8');
  const virtualPath = /^\/\/ virtual path: (\S+)$/m.exec(source)?.[1];
  if (!virtualPath) throw new Error(`${file}: no "// virtual path:" line`);
  const trip = /^\/\/ must trip: (\S+)(?: x(\d+))? mentioning "([^"]+)"$/m.exec(source);
  const passes = /^\/\/ must pass$/m.test(source);
  if (!trip === !passes) throw new Error(`${file}: needs exactly one of "// must trip: <rule> mentioning \\"<layer>\\"" or "// must pass"`);
  const name = file.replace(/\.ts$/, '');
  if (!trip) return { name, source, virtualPath };
  const [, ruleId = '', count, mentions = ''] = trip;
  return { name, source, virtualPath, expected: { ruleId, mentions, ...(count ? { count: Number(count) } : {}) } };
}

const fixtures = readdirSync(fixturesDir)
  .filter((file) => file.endsWith('.ts'))
  .sort()
  .map(readFixture);
const violations = fixtures.filter((fixture) => fixture.expected);
const counterExamples = fixtures.filter((fixture) => !fixture.expected);

/** The folders of the import table, in the document's order. */
function tableFolders(): string[] {
  const doc = readFileSync(path.join(repoRoot, 'docs/ARCHITECTURE.md'), 'utf8');
  const table = doc.slice(doc.indexOf('| folder | holds | may import |')).split('\n\n')[0] ?? '';
  return [...table.matchAll(/^\| `([^`]+\/)` \|/gm)].map((match) => match[1] ?? '');
}

let eslint: ESLint;

async function lint(fixture: Fixture): Promise<ESLint.LintResult> {
  const [result] = await eslint.lintText(fixture.source, { filePath: path.join(repoRoot, fixture.virtualPath) });
  if (!result) throw new Error(`${fixture.name}: no lint result`);
  return result;
}

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot, ignore: false });
});

describe('layer rules of docs/ARCHITECTURE.md', () => {
  it('has a violation and a counter-example for every row of the import table', () => {
    const folders = tableFolders();
    expect(folders).toEqual(['src/core/', 'src/ports/', 'src/engine/', 'src/adapters/', 'src/ui/', 'src/app/', 'src/cli/', 'emulator/']);
    for (const folder of folders) {
      expect(violations.filter((fixture) => fixture.virtualPath.startsWith(folder)).length, folder).toBeGreaterThan(0);
      expect(counterExamples.filter((fixture) => fixture.virtualPath.startsWith(folder)).length, folder).toBeGreaterThan(0);
    }
  });

  it.each(violations.map((fixture) => [fixture.name, fixture] as const))('%s trips its rule', async (_name, fixture) => {
    const { messages } = await lint(fixture);
    const expected = fixture.expected;
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.map((message) => message.ruleId)).toEqual(messages.map(() => expected?.ruleId));
    if (expected?.count !== undefined) expect(messages).toHaveLength(expected.count);
    for (const message of messages) expect(message.message).toContain(expected?.mentions);
  });

  it.each(counterExamples.map((fixture) => [fixture.name, fixture] as const))('%s lints clean', async (_name, fixture) => {
    const { messages } = await lint(fixture);
    expect(messages).toEqual([]);
  });

  it('keeps the fixtures out of the ordinary lint run', async () => {
    const ordinary = new ESLint({ cwd: repoRoot });
    for (const fixture of fixtures) expect(await ordinary.isPathIgnored(path.join(fixturesDir, `${fixture.name}.ts`)), fixture.name).toBe(true);
  });
});
