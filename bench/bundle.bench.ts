// Bundle size: builds the production add-in (host=office) into a temporary directory and measures the
// JavaScript the task pane loads before its first paint (office.js from the CDN and lazy chunks excluded).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findInitialScripts } from './initial-scripts.js';
import type { BenchTargets } from './bench-table.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_BASE_URL = 'https://bench.contact-bridge.example';
const BENCH_CLIENT_ID = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
const GZIP_LEVEL = 9;
const BYTES_PER_KB = 1024;

export const targets: BenchTargets = {
  'bundle.initialJsGzipKB': { max: 150 },
};

function kilobytes(bytes: number): number {
  return Math.round((bytes / BYTES_PER_KB) * 10) / 10;
}

function buildInto(outDir: string): void {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const build = spawnSync(tsx, ['scripts/build.ts', '--out-dir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_BASE_URL: BENCH_BASE_URL, CLIENT_ID: BENCH_CLIENT_ID },
  });
  if (build.status !== 0) {
    const tail = `${build.stdout ?? ''}\n${build.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`the production build failed (exit ${build.status ?? 'none'}):\n${tail}`);
  }
}

export async function run(): Promise<Record<string, number>> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'contact-bridge-bench-'));
  try {
    buildInto(outDir);
    const html = readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
    const scripts = findInitialScripts(html, `${BENCH_BASE_URL}/taskpane.html`);
    if (scripts.length === 0) throw new Error('taskpane.html loads no script of its own');
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const script of scripts) {
      const bytes = readFileSync(path.join(outDir, script.file));
      rawBytes += bytes.length;
      gzipBytes += gzipSync(bytes, { level: GZIP_LEVEL }).length;
    }
    return { 'bundle.initialJsKB': kilobytes(rawBytes), 'bundle.initialJsGzipKB': kilobytes(gzipBytes) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
