type LockManagerLike = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

// WARNING: runs in the service worker too; keep DOM-free.

/** Runs `task` holding the Web Lock `name` across tabs and the service worker (at once where there are none). */
export function withWebLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ? locks.request(name, task) : task();
}
