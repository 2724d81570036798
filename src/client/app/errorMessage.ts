/** The message to show for an error, per place: sign-in and sync read the same codes differently. */

import { OfflineError } from '../../device/sync/errors.ts';
import { ApiError } from '../../shared/errors.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { OtherUserPendingError } from '../sync/login.ts';

/** Message key for a failed sign-in. */
export function signInErrorKey(error: unknown): MessageKey {
  if (error instanceof OfflineError) return 'error.offlineSignIn';
  if (!(error instanceof ApiError)) return 'error.unknown';
  switch (error.code) {
    case 'E_AUTH':
      return 'error.wrongPassword';
    case 'E_THROTTLED':
      return 'error.throttled';
    case 'E_INVALID':
      return 'error.invalid';
    default:
      return 'error.server';
  }
}

/** The message for a failed sign-in, with its details filled in. */
export function signInErrorMessage(error: unknown): string {
  if (error instanceof OtherUserPendingError) {
    return t('signIn.otherUserPending', { count: error.count });
  }
  return t(signInErrorKey(error));
}

/** Message key for a failed pull. */
export function syncErrorKey(error: unknown): MessageKey {
  if (error instanceof OfflineError) return 'error.offlineSync';
  if (error instanceof ApiError) return error.code === 'E_AUTH' ? 'signIn.expired' : 'error.server';
  return 'error.unknown';
}
