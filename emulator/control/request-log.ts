// The log of Graph requests the control API serves (`GET /_emulator/requests`) so tests and benchmarks can
// count what a client sent. Inner $batch requests are logged too, marked `batch: true`.

export interface RequestLogEntry {
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly bytes: number;
  readonly throttled: boolean;
  readonly batch: boolean;
  readonly durationMs: number;
}

/** Older entries are dropped beyond this, so a long benchmark cannot exhaust memory. */
export const MAX_LOG_ENTRIES = 100_000;

export class RequestLog {
  #entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.#entries.push(entry);
    if (this.#entries.length > MAX_LOG_ENTRIES) this.#entries = this.#entries.slice(-MAX_LOG_ENTRIES / 2);
  }

  entries(): readonly RequestLogEntry[] {
    return this.#entries;
  }

  clear(): void {
    this.#entries = [];
  }
}

/** One log line for the console: method, path (no query: it may carry tokens), status, size and time. */
export function formatLogLine(entry: RequestLogEntry): string {
  const flags = `${entry.batch ? ' [batch]' : ''}${entry.throttled ? ' [throttled]' : ''}`;
  return `${entry.at} ${entry.method} ${entry.path} ${entry.status} ${entry.bytes}B ${entry.durationMs}ms${flags}`;
}
