/**
 * Start-up marks on the browser's performance timeline, read by the first-paint benchmark
 * (bench/firstPaint.ts) and visible in DevTools. Each is set once per page load: screens
 * re-render many times, and the timeline must not grow with them.
 */
const marked = new Set<string>();

/** Marks `name` the first time it is reached on this page. */
export function markOnce(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}
