/**
 * The API client loaded on first use. The client validates answers with zod, which is most of
 * its weight; an officer opening the app offline to read the list never needs it.
 */
import type { Api } from '../../device/sync/api.ts';
import { OfflineError } from '../../device/sync/errors.ts';

/** An `Api` whose implementation is imported on the first call. */
export function lazyApi(load: () => Promise<Api>): Api {
  let loading: Promise<Api> | null = null;
  const api = () => {
    loading ??= load().catch((error: unknown) => {
      // The chunk could not be fetched (offline before the app was cached): retry next call.
      loading = null;
      throw new OfflineError(error);
    });
    return loading;
  };
  return {
    login: async (request, signal) => (await api()).login(request, signal),
    logout: async (token) => (await api()).logout(token),
    pull: async (request, signal) => (await api()).pull(request, signal),
    push: async (token, mutations, signal) => (await api()).push(token, mutations, signal),
    uploadPhoto: async (token, photo, signal) => (await api()).uploadPhoto(token, photo, signal),
    suspendCrossing: async (token, input) => (await api()).suspendCrossing(token, input),
    reopenCrossing: async (token, id) => (await api()).reopenCrossing(token, id),
  };
}
