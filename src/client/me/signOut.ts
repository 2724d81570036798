/** Signing out from 我的: a question first when records would stay behind, then `logout`. */

import { unsyncedCounts } from '../../device/db/outbox.ts';
import type { SessionRecord } from '../../device/db/schema.ts';
import { navigate } from '../app/router.ts';
import type { Services } from '../app/services.ts';
import { logout } from '../sync/login.ts';

/**
 * Signs `session`'s user out unless `confirm` declines: asked only when that user's records are
 * still unsynced (they stay on the phone, for that user's next sign-in). Returns whether it did.
 */
export async function signOut(
  services: Services,
  session: SessionRecord,
  confirm: (pending: number) => boolean,
): Promise<boolean> {
  const { waiting, rejected } = await unsyncedCounts(
    services.db,
    (author) => author === session.user.id,
  );
  const pending = waiting + rejected;
  // Only unsynced work needs a question; otherwise one tap signs out, as on any shared phone.
  if (pending > 0 && !confirm(pending)) return false;
  await services.runner.cancel();
  await logout(services);
  // The next person to sign in starts at the list, not at this user's last screen.
  navigate('#/households', { replace: true });
  return true;
}
