/** Errors of the page's sync layer that the server never sends (it sends `ApiError`). */

/** No answer from the server: no signal, airplane mode, server down. */
export class OfflineError extends Error {
  constructor(cause?: unknown) {
    super('No network: the server could not be reached', { cause });
    this.name = 'OfflineError';
  }
}
