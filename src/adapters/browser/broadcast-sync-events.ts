// The SyncEvents port over BroadcastChannel: events reach this pane's subscribers directly and the other
// panes of the account through the channel. Messages from the channel are checked before use.
import type { SyncEvent, SyncEvents } from '../../ports/sync-events.js';

const KINDS = new Set(['sync-started', 'sync-progress', 'sync-finished', 'sync-failed']);

export function syncChannelName(accountKey: string): string {
  return `contact-bridge-sync-${accountKey}`;
}

function isSyncEvent(data: unknown): data is SyncEvent {
  return typeof data === 'object' && data !== null && KINDS.has(String((data as { kind?: unknown }).kind));
}

export class BroadcastSyncEvents implements SyncEvents {
  readonly #channel: BroadcastChannel;
  readonly #listeners = new Set<(event: SyncEvent) => void>();

  constructor(channelName: string) {
    this.#channel = new BroadcastChannel(channelName);
    this.#channel.onmessage = (message: MessageEvent<unknown>) => {
      if (isSyncEvent(message.data)) this.#deliver(message.data);
    };
  }

  publish(event: SyncEvent): void {
    this.#deliver(event);
    try {
      this.#channel.postMessage(event);
    } catch (error) {
      // A closed channel only means no other pane listens any more; this pane was told already.
      void error;
    }
  }

  subscribe(listener: (event: SyncEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    this.#channel.close();
    this.#listeners.clear();
  }

  #deliver(event: SyncEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}
