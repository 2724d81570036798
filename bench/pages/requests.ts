/** The page's requests as the browser saw them (PerformanceResourceTiming). */

// The default buffer holds 250 entries; PouchDB at small batch sizes makes more than that.
performance.setResourceTimingBufferSize(100_000);

/** Forgets the requests made so far. */
export function clearRequests(): void {
  performance.clearResourceTimings();
}

/** The requests made since the last `clearRequests` whose URL contains `path`. */
export function requestsTo(path: string): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
    e.name.includes(path),
  );
}

/** Count, time spent inside requests (they run one after another) and bytes of some requests. */
export function requestFigures(path: string) {
  const entries = requestsTo(path);
  return {
    requests: entries.length,
    inRequestsMs: entries.reduce((n, e) => n + e.duration, 0),
    transferBytes: entries.reduce((n, e) => n + e.transferSize, 0),
    bodyBytes: entries.reduce((n, e) => n + e.decodedBodySize, 0),
  };
}
