// Where the browser tests save their screenshots: an ignored folder (test-results/screenshots/) on every test run,
// so a run leaves the tree as it was, and the tracked docs/ folder only when `npm run screenshots` asks for it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './build-simulator.js';

/** The path to save the screenshot `name` (e.g. `screenshot-sync.png`) to; its folder exists. */
export function screenshotPath(name: string): string {
  const folder = process.env.SCREENSHOTS_TO_DOCS === '1' ? path.join(PROJECT_ROOT, 'docs') : path.join(PROJECT_ROOT, 'test-results', 'screenshots');
  mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}
