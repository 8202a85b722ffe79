// `npm run build:cli` (also part of `npm run build` and `npm pack`): bundles the headless command, src/cli/main.ts,
// into dist-cli/main.js for plain Node 20, so an install of the packed tarball runs it without tsx or TypeScript.
// Packages stay external: Node loads them from the package's production `dependencies`.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** bin/contact-bridge.mjs imports this file. */
export const CLI_OUT_FILE = path.join(ROOT, 'dist-cli', 'main.js');

export async function buildCli(): Promise<string> {
  rmSync(path.dirname(CLI_OUT_FILE), { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts'],
    outfile: CLI_OUT_FILE,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  return CLI_OUT_FILE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = await buildCli();
  console.log(`== wrote ${path.relative(process.cwd(), file) || file}`);
}
