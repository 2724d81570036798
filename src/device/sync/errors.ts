/**
 * Errors of the page's sync layer that the server never sends (it sends `ApiError`), and what
 * an error means for a sync. Kept small: the sign-in screen reads it at start-up.
 */
import { ApiError } from '../../shared/errors.ts';

/** No answer from the server: no signal, airplane mode, server down. */
export class OfflineError extends Error {
  constructor(cause?: unknown) {
    super('No network: the server could not be reached', { cause });
    this.name = 'OfflineError';
  }
}

/** True when an error means the login expired: back to sign-in, keeping local data. */
export function isAuthExpired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'E_AUTH';
}

/** True when an error means the device is offline. */
export function isOffline(error: unknown): boolean {
  return error instanceof OfflineError;
}
