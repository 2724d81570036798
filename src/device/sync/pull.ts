/**
 * Pulls the station's changes page by page into the replica. Network and disk overlap: as soon
 * as page N has arrived, page N+1 is requested while page N is written, but pages are written
 * strictly in order, so stored cursors only ever move forward.
 */

import { ApiError } from '../../shared/errors.ts';
import type { PullResponse } from '../../shared/protocol.ts';
import { applyPage } from '../db/applyPage.ts';
import type { FerryBeatDB } from '../db/schema.ts';
import { readCursor, readSession } from '../db/session.ts';
import type { Api } from './api.ts';

/** Page size asked for: big pages keep the leader's 67,000-record first pull to ~14 requests. */
export const PULL_PAGE_SIZE = 5_000;

/** Progress of one pull: changes written so far and the total expected. */
export interface PullProgress {
  applied: number;
  total: number;
}

/** Options of `pullAll`. */
export interface PullOptions {
  db: FerryBeatDB;
  api: Api;
  onProgress?: (progress: PullProgress) => void;
  signal?: AbortSignal;
  now?: () => Date;
  pageSize?: number;
}

/** Pulls until the server has nothing more, resuming from the stored cursor. Returns the progress. */
export async function pullAll({
  db,
  api,
  onProgress,
  signal,
  now,
  pageSize = PULL_PAGE_SIZE,
}: PullOptions): Promise<PullProgress> {
  signal?.throwIfAborted();
  const session = await readSession(db);
  if (!session) throw new ApiError('E_AUTH', 'Not signed in', 401);
  const stored = await readCursor(db);
  // Our own controller, so a page requested ahead is cancelled when writing fails.
  const controller = new AbortController();
  const stop = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  const fetchPage = (cursor: string | undefined): Promise<PullResponse> =>
    api.pull({ token: session.token, cursor, limit: pageSize }, controller.signal);

  let pending: Promise<PullResponse> | null = fetchPage(stored);
  let applied = 0;
  try {
    while (pending) {
      const page: PullResponse = await pending;
      pending = page.hasMore ? fetchPage(page.cursor) : null;
      // A page requested ahead may fail while this one is written; it is awaited next turn.
      pending?.catch(() => {});
      signal?.throwIfAborted();
      await applyPage(db, page, now);
      applied += page.changes.length;
      onProgress?.({ applied, total: applied + page.remaining });
    }
    return { applied, total: applied };
  } finally {
    signal?.removeEventListener('abort', stop);
    controller.abort();
  }
}
