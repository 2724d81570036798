/**
 * Work that can wait for the page to be idle: the storage figure, loading the screens not yet
 * shown. Safari has no idle callback; there it runs after `timeoutMs`.
 * https://developer.mozilla.org/docs/Web/API/Window/requestIdleCallback
 */

/** Runs `task` at the next idle moment, at most `timeoutMs` later; returns a cancel function. */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(task, timeoutMs);
  return () => clearTimeout(timer);
}
