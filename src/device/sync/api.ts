/**
 * A small typed client for the station API (same origin, under /api). Transport is injected
 * so tests run without a network. Every failure becomes one of two values the UI can act on:
 * `ApiError` (the server answered with an error code) or `OfflineError` (no answer at all).
 */
import { ApiError, toErrorCode } from '../../shared/errors.ts';
import type { Suspension } from '../../shared/ferry/timetable.ts';
import {
  apiErrorBody,
  type LoginRequest,
  type LoginResponse,
  loginResponse,
  type Mutation,
  type PhotoUploadResponse,
  PROTOCOL_VERSION,
  type PullResponse,
  type PushResponse,
  photoUploadResponse,
  pullResponse,
  pushResponse,
  type SuspensionInput,
  suspensionRecord,
} from '../../shared/protocol.ts';
import { OfflineError } from './errors.ts';

export { OfflineError } from './errors.ts';

/** What the device asks for in one pull. */
export interface PullRequest {
  token: string;
  cursor?: string;
  limit?: number;
}

/** The API as the rest of the page sees it; tests hand in their own. */
export interface Api {
  login(request: LoginRequest, signal?: AbortSignal): Promise<LoginResponse>;
  logout(token: string): Promise<void>;
  pull(request: PullRequest, signal?: AbortSignal): Promise<PullResponse>;
  push(token: string, mutations: Mutation[], signal?: AbortSignal): Promise<PushResponse>;
  uploadPhoto(
    token: string,
    photo: { hash: string; type: string; blob: Blob },
    signal?: AbortSignal,
  ): Promise<PhotoUploadResponse>;
  /** The leader stops a crossing for a while (停航); devices get it at their next pull. */
  suspendCrossing(token: string, input: SuspensionInput): Promise<Suspension>;
  /** The leader reopens a stopped crossing now. */
  reopenCrossing(token: string, suspensionId: string): Promise<Suspension>;
}

/** Options of `createApi`. */
export interface ApiOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** Makes the API client; defaults to this origin's `/api` and the page's `fetch`. */
export function createApi({ baseUrl = '/api', fetch: fetchImpl }: ApiOptions = {}): Api {
  // Looked up at call time: tests and old browsers may install fetch after this module loads.
  const send = (path: string, init: RequestInit) =>
    request(fetchImpl ?? globalThis.fetch, `${baseUrl}${path}`, init);
  return {
    async login(body, signal) {
      const json = await send('/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: signal ?? null,
      });
      return parseAnswer(() => loginResponse.parse(json));
    },
    async logout(token) {
      await send('/auth/logout', { method: 'POST', headers: bearer(token) });
    },
    async pull({ token, cursor, limit }, signal) {
      const query = new URLSearchParams({ v: String(PROTOCOL_VERSION) });
      if (cursor !== undefined) query.set('cursor', cursor);
      if (limit !== undefined) query.set('limit', String(limit));
      const json = await send(`/sync/pull?${query}`, {
        headers: bearer(token),
        signal: signal ?? null,
      });
      // The envelope only: record shapes are the server's own output (see protocol.ts).
      return parseAnswer(() => pullResponse.parse(json) as PullResponse);
    },
    async push(token, mutations, signal) {
      const json = await send('/sync/push', {
        method: 'POST',
        headers: { ...bearer(token), 'content-type': 'application/json' },
        body: JSON.stringify({ mutations }),
        signal: signal ?? null,
      });
      return parseAnswer(() => pushResponse.parse(json));
    },
    async uploadPhoto(token, photo, signal) {
      const json = await send(`/photos/${photo.hash}`, {
        method: 'PUT',
        headers: { ...bearer(token), 'content-type': photo.type },
        body: photo.blob,
        signal: signal ?? null,
      });
      return parseAnswer(() => photoUploadResponse.parse(json));
    },
    async suspendCrossing(token, input) {
      const json = await send('/ferries/suspensions', {
        method: 'POST',
        headers: { ...bearer(token), 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return parseAnswer(() => suspensionRecord.parse(json));
    },
    async reopenCrossing(token, suspensionId) {
      const json = await send(`/ferries/suspensions/${encodeURIComponent(suspensionId)}/end`, {
        method: 'POST',
        headers: bearer(token),
      });
      return parseAnswer(() => suspensionRecord.parse(json));
    },
  };
}

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

async function request(fetchImpl: typeof fetch, url: string, init: RequestInit): Promise<unknown> {
  let text: string;
  let response: Response;
  try {
    response = await fetchImpl(url, init);
    // Read inside the try: on a river the signal can drop halfway through a 5,000-change body.
    text = await response.text();
  } catch (error) {
    // An abort is the caller's choice, not a lost network: let it through as it is.
    if (init.signal?.aborted) throw error;
    throw new OfflineError(error);
  }
  const body = parseJson(text);
  if (!response.ok) throw toApiError(response.status, body);
  return body;
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON: a proxy's or captive portal's HTML page. Treated as a server-side failure.
    return undefined;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const parsed = apiErrorBody.safeParse((body as { error?: unknown } | null)?.error);
  if (!parsed.success) return new ApiError('E_INTERNAL', `HTTP ${status}`, status);
  const { code, message, field } = parsed.data;
  return new ApiError(toErrorCode(code, 'E_INTERNAL'), message, status, field);
}

function parseAnswer<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new ApiError('E_INTERNAL', `Unexpected answer from the server: ${String(error)}`, 200);
  }
}
