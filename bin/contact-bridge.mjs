#!/usr/bin/env node
// The `contact-bridge` command: `contact-bridge mirror|import|export|convert|carddav …` (src/cli/main.ts says what each does).
// An installed package runs the compiled dist-cli/main.js with plain Node. A source checkout (src/ beside bin/,
// never in the packed tarball) runs the TypeScript through tsx instead, so an edit is never shadowed by an old build.
import { existsSync } from 'node:fs';

const SOURCE = new URL('../src/cli/main.ts', import.meta.url);
const COMPILED = new URL('../dist-cli/main.js', import.meta.url);

async function loadTsx() {
  try {
    return await import('tsx/esm/api');
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

async function loadMain() {
  if (existsSync(SOURCE)) {
    const tsx = await loadTsx();
    if (tsx) {
      tsx.register();
      return (await import(SOURCE.href)).main;
    }
  }
  if (!existsSync(COMPILED)) {
    console.error('contact-bridge is not built: dist-cli/main.js is missing.\nRun npm ci in the source checkout (or npm run build:cli), or install the packed tarball.');
    return undefined;
  }
  return (await import(COMPILED.href)).main;
}

const main = await loadMain();
process.exitCode = main ? await main(process.argv.slice(2)) : 1;
