// `npm start` as a newcomer runs it: it prints exactly one URL, that URL shows the simulator with the task pane
// following the selected message, and Ctrl-C stops the dev server and the emulator.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-simulator.js';
import { launchChromium, newContext, openSimulator } from '../support/browser.js';

const STARTUP_TIMEOUT_MS = 150_000;

let demo: ChildProcess | undefined;
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  // The whole process group: tsx runs the script in a child process.
  if (demo?.pid && demo.exitCode === null) process.kill(-demo.pid, 'SIGKILL');
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves with everything printed once the "Press Ctrl-C" line appears. */
function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) resolve(output);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited early (${code}):\n${output}`)));
  });
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, 'localhost');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

describe('npm start', () => {
  it('prints one URL that shows the simulator with a working task pane, and stops on Ctrl-C', { timeout: STARTUP_TIMEOUT_MS + 60_000 }, async () => {
    const port = await freePort();
    demo = spawn(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const output = await waitForReady(demo);
    expect(await isListening(port)).toBe(true);
    const urls = [...new Set(output.match(/https?:\/\/\S+/g) ?? [])];
    expect(urls).toEqual([`https://localhost:${port}/simulator/`]);

    browser = await launchChromium();
    const page = await (await newContext(browser)).newPage();
    const sim = await openSimulator(page, `https://localhost:${port}`, { readyTimeoutMs: STARTUP_TIMEOUT_MS });
    await sim.selectMessage('Pedido de muestras – vendimia 2026');
    await expect.poll(() => sim.pane.getByTestId('open-item-subject').textContent(), { timeout: 60_000 }).toBe('Pedido de muestras – vendimia 2026');

    // Ctrl-C in a terminal signals the whole foreground process group.
    if (!demo.pid) throw new Error('npm start has no process id.');
    process.kill(-demo.pid, 'SIGINT');
    // 0 from the script's own shutdown, or 130 (interrupted) from the tsx wrapper: either way a clean stop, not an error.
    expect([0, 130]).toContain(await exitOf(demo));
    expect(await isListening(port)).toBe(false);
  });
});
