// Giving the main thread back during long work in the renderer (row builds, backups), so input
// and paint run between chunks instead of waiting behind one multi-second task.

/** Gives the main thread back so input and paint can run; resolves in a fresh task. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A MessageChannel message is a new task without setTimeout's 4 ms clamp.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
