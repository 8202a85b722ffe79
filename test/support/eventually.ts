// `expect.poll` with a timeout fit for browser tests on a busy two-core machine (vitest's default is one second).
import { expect } from 'vitest';

export const EVENTUALLY_TIMEOUT_MS = 10_000;

export function eventually<T>(read: () => T | Promise<T>, timeoutMs = EVENTUALLY_TIMEOUT_MS) {
  return expect.poll(read, { timeout: timeoutMs, interval: 50 });
}
