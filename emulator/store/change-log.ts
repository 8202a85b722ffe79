// Per-key append-only log of (sequence number, id) pairs, ordered by sequence number.
// Delta rounds scan it from a cursor with a binary search; entries whose item has moved on since are skipped
// by the caller (the item's current seq no longer matches), so one write never needs to rewrite the log.

interface Lane {
  seqs: number[];
  ids: string[];
}

export interface LogEntry {
  readonly seq: number;
  readonly id: string;
}

/** When a lane holds this many times more entries than live items, it is compacted. */
const COMPACT_FACTOR = 4;

export class ChangeLog {
  readonly #lanes = new Map<string, Lane>();

  append(key: string, seq: number, id: string): void {
    let lane = this.#lanes.get(key);
    if (!lane) {
      lane = { seqs: [], ids: [] };
      this.#lanes.set(key, lane);
    }
    lane.seqs.push(seq);
    lane.ids.push(id);
  }

  /** Entries of `key` with a sequence number above `afterSeq`, oldest first. */
  *after(key: string, afterSeq: number): Generator<LogEntry> {
    const lane = this.#lanes.get(key);
    if (!lane) return;
    let low = 0;
    let high = lane.seqs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((lane.seqs[mid] as number) <= afterSeq) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < lane.seqs.length; i += 1) {
      yield { seq: lane.seqs[i] as number, id: lane.ids[i] as string };
    }
  }

  /** Drops stale entries of `key` when the lane has grown well past `liveCount`; `isLive` says which to keep. */
  compact(key: string, liveCount: number, isLive: (entry: LogEntry) => boolean): void {
    const lane = this.#lanes.get(key);
    if (!lane || lane.seqs.length < Math.max(64, liveCount * COMPACT_FACTOR)) return;
    const kept: Lane = { seqs: [], ids: [] };
    lane.seqs.forEach((seq, i) => {
      const id = lane.ids[i] as string;
      if (isLive({ seq, id })) {
        kept.seqs.push(seq);
        kept.ids.push(id);
      }
    });
    this.#lanes.set(key, kept);
  }

  clear(): void {
    this.#lanes.clear();
  }
}
