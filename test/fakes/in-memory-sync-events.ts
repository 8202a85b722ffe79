// InMemorySyncEvents: the SyncEvents port for tests; records every event published.
import type { SyncEvent, SyncEvents } from '../../src/ports/sync-events.js';

export class InMemorySyncEvents implements SyncEvents {
  readonly published: SyncEvent[] = [];
  readonly #listeners = new Set<(event: SyncEvent) => void>();

  publish(event: SyncEvent): void {
    this.published.push(event);
    for (const listener of this.#listeners) listener(event);
  }

  subscribe(listener: (event: SyncEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  kinds(): string[] {
    return this.published.map((event) => event.kind);
  }
}
