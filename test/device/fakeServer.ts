/**
 * An in-memory station for engine tests: push with the real protocol's idempotency (a mutation
 * id is stored once; again is `duplicate`), photo uploads by hash, and an empty pull. Faults are
 * scripted per request: fail before the server sees it, or lose the answer after it stored.
 */
import type { Api } from '../../src/device/sync/api.ts';
import { OfflineError } from '../../src/device/sync/errors.ts';
import { ApiError } from '../../src/shared/errors.ts';
import type { Mutation, PushResult } from '../../src/shared/protocol.ts';

/** What happens to one request. */
export type Fault =
  | 'ok'
  | 'drop-request'
  | 'lose-answer'
  | 'auth'
  | 'server-error'
  | 'refuse-batch';

/** The fake station and its transport. */
export interface FakeServer {
  api: Api;
  /** Stored visits by id, in arrival order. */
  visits: Map<string, Mutation>;
  photos: Set<string>;
  /** Sizes of the push batches that reached the server. */
  batches: number[];
  /** Faults for the coming requests, consumed in order; then every request succeeds. */
  faults: Fault[];
  /** Largest batch the server takes; larger ones are refused as too large (413). */
  maxBatch: number;
  /** Photo hashes the server refuses (as not named by a visit of the uploader). */
  refusePhotos: Set<string>;
  /** Pulls answered. */
  pulls: number;
  /** Mutation ids the server refuses, with the reason. */
  refuse: Map<string, { code: 'E_INVALID' | 'E_SCOPE'; field: string }>;
}

/** Makes a fake server. */
export function fakeServer(): FakeServer {
  const server: FakeServer = {
    visits: new Map(),
    photos: new Set(),
    batches: [],
    faults: [],
    maxBatch: Number.POSITIVE_INFINITY,
    refusePhotos: new Set(),
    pulls: 0,
    refuse: new Map(),
    api: undefined as unknown as Api,
  };
  const fault = () => server.faults.shift() ?? 'ok';
  const before = (f: Fault) => {
    if (f === 'drop-request') throw new OfflineError(new Error('connection dropped'));
    if (f === 'auth') throw new ApiError('E_AUTH', 'the sign-in has expired', 401);
    if (f === 'server-error') throw new ApiError('E_INTERNAL', 'internal error', 500);
  };
  server.api = {
    async login() {
      throw new Error('not used');
    },
    async logout() {},
    async pull() {
      server.pulls++;
      return { changes: [], cursor: 'c', hasMore: false, reset: false, remaining: 0 };
    },
    async push(_token, mutations) {
      const f = fault();
      before(f);
      if (f === 'refuse-batch' && mutations.length > 1) {
        throw new ApiError('E_INVALID', 'request: malformed', 400);
      }
      if (mutations.length > server.maxBatch) {
        throw new ApiError('E_TOO_LARGE', 'request body is too large', 413);
      }
      server.batches.push(mutations.length);
      const results = mutations.map((m): PushResult => {
        const refusal = server.refuse.get(m.id);
        if (refusal)
          return { id: m.id, status: 'rejected', error: { ...refusal, message: 'refused' } };
        if (server.visits.has(m.id)) return { id: m.id, status: 'duplicate' };
        server.visits.set(m.id, m);
        return { id: m.id, status: 'applied' };
      });
      if (f === 'lose-answer') throw new OfflineError(new Error('answer lost'));
      return { results };
    },
    async suspendCrossing() {
      throw new Error('the fake server holds no crossings');
    },
    async reopenCrossing() {
      throw new Error('the fake server holds no crossings');
    },
    async uploadPhoto(_token, photo) {
      const f = fault();
      before(f);
      if (server.refusePhotos.has(photo.hash)) {
        throw new ApiError('E_NOT_FOUND', 'no visit of yours names this photo', 404, 'hash');
      }
      const seen = server.photos.has(photo.hash);
      server.photos.add(photo.hash);
      if (f === 'lose-answer') throw new OfflineError(new Error('answer lost'));
      return { status: seen ? 'duplicate' : 'stored' };
    },
  };
  return server;
}
