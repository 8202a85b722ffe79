import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { missedTargets, runBench } from '../../../bench/run-bench.js';

let dir = '';
const SUFFIX = '.bench.mjs';

function writeModule(name: string, body: string): void {
  writeFileSync(path.join(dir, `${name}${SUFFIX}`), body);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bench-runner-'));
  writeModule('a-ok', "export const targets = { 'a.sizeKB': { max: 10 } };\nexport async function run() { return { 'a.sizeKB': 12, 'a.count': 3 }; }\n");
  writeModule('b-throws', "export async function run() { throw new Error('emulator did not start'); }\n");
  writeModule('c-not-numbers', "export async function run() { return { 'c.value': 'fast' }; }\n");
  writeModule('d-ok', "export async function run() { return { 'd.ms': 4.5 }; }\n");
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('runBench', () => {
  it('reports failing modules and still runs the others', async () => {
    const resultsFile = path.join(dir, 'results.json');
    const report = await runBench({ dir, resultsFile, suffix: SUFFIX, log: () => undefined });
    expect(report.outcomes.map((outcome) => [outcome.name, outcome.failure])).toEqual([
      ['a-ok', undefined],
      ['b-throws', 'emulator did not start'],
      ['c-not-numbers', 'figure "c.value" is not a finite number'],
      ['d-ok', undefined],
    ]);
    expect(JSON.parse(readFileSync(resultsFile, 'utf8'))).toEqual({ 'a.count': 3, 'a.sizeKB': 12, 'd.ms': 4.5 });
  });

  it('lists figures that miss their target', async () => {
    const report = await runBench({ dir, resultsFile: path.join(dir, 'results.json'), suffix: SUFFIX, log: () => undefined });
    expect(missedTargets(report)).toEqual(['a.sizeKB']);
    expect(report.table).toMatch(/a\.sizeKB\s+12\s+≤ 10\s+1\.20\s+MISSED \(over\)/);
  });

  it('gives up on a module that runs past its time limit and goes on with the next', async () => {
    writeModule('e-hangs', "export const timeoutMs = 50;\nexport function run() { return new Promise(() => {}); }\n");
    writeModule('f-ok', "export async function run() { return { 'f.count': 1 }; }\n");
    const report = await runBench({ dir, resultsFile: path.join(dir, 'results.json'), suffix: SUFFIX, filters: ['e-hangs', 'f-ok'], log: () => undefined });
    expect(report.outcomes.map((outcome) => [outcome.name, outcome.failure])).toEqual([
      ['e-hangs', 'timed out after 50 ms'],
      ['f-ok', undefined],
    ]);
  });

  it('runs the cleanups a module registered when it times out, when it throws and when it succeeds, last first', async () => {
    const cleaning = (name: string, end: string): string =>
      `import { appendFileSync } from 'node:fs';\nexport const timeoutMs = 50;\nexport function run(bench) {\n  const log = new URL('./cleaned.log', import.meta.url);\n  bench.cleanup(() => appendFileSync(log, '${name}:server '));\n  bench.cleanup(() => appendFileSync(log, '${name}:' + (bench.signal.aborted ? 'aborted' : 'running') + ' '));\n  ${end}\n}\n`;
    writeModule('g-hangs', cleaning('g', 'return new Promise(() => {});'));
    writeModule('h-throws', cleaning('h', "return Promise.reject(new Error('radicale answered 500'));"));
    writeModule('i-ok', cleaning('i', "return Promise.resolve({ 'i.count': 2 });"));
    const report = await runBench({ dir, resultsFile: path.join(dir, 'results.json'), suffix: SUFFIX, filters: ['g-hangs', 'h-throws', 'i-ok'], log: () => undefined });
    expect(report.outcomes.map((outcome) => [outcome.name, outcome.failure])).toEqual([
      ['g-hangs', 'timed out after 50 ms'],
      ['h-throws', 'radicale answered 500'],
      ['i-ok', undefined],
    ]);
    expect(readFileSync(path.join(dir, 'cleaned.log'), 'utf8')).toBe('g:aborted g:server h:aborted h:server i:running i:server ');
  });

  it('reports a cleanup that fails beside the module outcome', async () => {
    writeModule('j-bad-cleanup', "export function run(bench) { bench.cleanup(() => { throw new Error('radicale would not stop'); }); return Promise.resolve({ 'j.count': 1 }); }\n");
    const report = await runBench({ dir, resultsFile: path.join(dir, 'results.json'), suffix: SUFFIX, filters: ['j-bad-cleanup'], log: () => undefined });
    expect(report.outcomes.map((outcome) => [outcome.name, outcome.failure])).toEqual([['j-bad-cleanup', 'cleanup failed: radicale would not stop']]);
  });

  it('keeps earlier figures of modules a filtered run skips', async () => {
    const resultsFile = path.join(dir, 'results.json');
    writeFileSync(resultsFile, JSON.stringify({ 'a.sizeKB': 9, 'old.figure': 1 }));
    await runBench({ dir, resultsFile, suffix: SUFFIX, filters: ['d-ok'], log: () => undefined });
    expect(JSON.parse(readFileSync(resultsFile, 'utf8'))).toEqual({ 'a.sizeKB': 9, 'd.ms': 4.5, 'old.figure': 1 });
  });
});
