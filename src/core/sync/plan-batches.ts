// The one batch planner for Graph writes (learn.microsoft.com/graph/json-batching, /graph/throttling-limits):
// at most 20 requests per batch, each batch's requests chained with dependsOn so one runs at a time, and
// batches grouped into waves of at most 4 (the mailbox's concurrency limit), with writes to one item kept in order.
// The push sends one wave per write call and settles it; the Graph adapter runs a wave's batches in parallel.

/** Graph refuses a batch of more than 20 requests. */
export const MAX_BATCH_REQUESTS = 20;
/** Outlook resources allow 4 concurrent requests per app per mailbox; a sequenced batch counts as one. */
export const MAX_CONCURRENT_BATCHES = 4;

export interface BatchPlanItem {
  /** The item the request touches (a contact id); requests sharing a key never run in parallel. */
  readonly key?: string;
}

export interface PlannedBatch {
  /** Positions in the input, in input order. */
  readonly indexes: readonly number[];
}

export interface BatchPlan {
  /** Run the waves one after another; the batches of a wave may run at the same time. */
  readonly waves: readonly (readonly PlannedBatch[])[];
}

export interface BatchPlanOptions {
  readonly maxBatchRequests?: number;
  readonly maxConcurrentBatches?: number;
}

/** One inner request's id and dependency: ids `1..n`, each depending on the one before (fully sequential). */
export interface ChainLink {
  readonly id: string;
  readonly dependsOn?: readonly string[];
}

export function planBatches(items: readonly BatchPlanItem[], options: BatchPlanOptions = {}): BatchPlan {
  const maxRequests = Math.max(1, Math.min(MAX_BATCH_REQUESTS, options.maxBatchRequests ?? MAX_BATCH_REQUESTS));
  const maxConcurrent = Math.max(1, options.maxConcurrentBatches ?? MAX_CONCURRENT_BATCHES);
  const batches: number[][] = [];
  for (let start = 0; start < items.length; start += maxRequests) {
    batches.push(items.slice(start, start + maxRequests).map((_, offset) => start + offset));
  }
  const waves: PlannedBatch[][] = [];
  let wave: PlannedBatch[] = [];
  let waveKeys = new Set<string>();
  for (const indexes of batches) {
    const keys = keysOf(items, indexes);
    const clashes = [...keys].some((key) => waveKeys.has(key));
    if (wave.length >= maxConcurrent || clashes) {
      waves.push(wave);
      wave = [];
      waveKeys = new Set();
    }
    wave.push({ indexes });
    for (const key of keys) waveKeys.add(key);
  }
  if (wave.length > 0) waves.push(wave);
  return { waves };
}

function keysOf(items: readonly BatchPlanItem[], indexes: readonly number[]): Set<string> {
  const keys = new Set<string>();
  for (const index of indexes) {
    const key = items[index]?.key;
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

/** The dependsOn chain for `count` inner requests: Graph then runs them strictly one after another. */
export function chainDependsOn(count: number): readonly ChainLink[] {
  const links: ChainLink[] = [];
  for (let i = 1; i <= count; i += 1) {
    links.push(i === 1 ? { id: '1' } : { id: String(i), dependsOn: [String(i - 1)] });
  }
  return links;
}
