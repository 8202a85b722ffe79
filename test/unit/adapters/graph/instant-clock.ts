// A test clock whose sleeps return at once and advance its time, recording every wait (no real sleeps).
import type { Clock } from '../../../../src/ports/clock.js';

export class InstantClock implements Clock {
  readonly sleeps: number[] = [];
  #now: number;

  constructor(start = Date.UTC(2026, 10, 25, 12, 0, 0)) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.#now += ms;
  }
}
