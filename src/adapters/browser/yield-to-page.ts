// Gives the page's main thread back for a moment: input, paint and other tasks run before the caller goes on.
// `scheduler.yield` where the browser has it (the caller keeps its place at the front of the queue), else a
// message-channel task (not clamped as nested timers are).

interface YieldingScheduler {
  readonly yield?: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
