// `--state FILE`: loads the mailboxes from a JSON file at start and writes them back after changes
// (at most every second, and on close), through a temporary file so a crash never leaves half a file.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { EmulatorState, StateSnapshot } from './emulator-state.js';

const FLUSH_INTERVAL_MS = 1000;

export class StateFile {
  #dirty = false;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly path: string,
    private readonly state: EmulatorState,
  ) {}

  /** Restores the state from the file; false when there is no file yet. */
  load(): boolean {
    if (!existsSync(this.path)) return false;
    const snapshot = JSON.parse(readFileSync(this.path, 'utf8')) as StateSnapshot;
    if (snapshot.version !== 1) throw new Error(`${this.path}: unsupported state version ${String(snapshot.version)}`);
    this.state.restore(snapshot);
    return true;
  }

  markDirty(): void {
    this.#dirty = true;
  }

  start(): void {
    this.#timer = setInterval(() => this.flush(), FLUSH_INTERVAL_MS);
    this.#timer.unref();
  }

  flush(force = false): void {
    if (!this.#dirty && !force) return;
    this.#dirty = false;
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.state.snapshot()));
    renameSync(temporary, this.path);
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.flush(true);
  }
}
