/** Staff accounts and the grid cells assigned to them. */
import type { Kysely } from 'kysely';
import type { Role } from '../../src/shared/entities.ts';
import type { Database } from './schema.ts';

/** A member of staff as the server needs them for scope decisions. */
export interface StaffUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

/** The account with this username and its password hash, or undefined. */
export async function findUserForLogin(
  db: Kysely<Database>,
  username: string,
): Promise<(StaffUser & { passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'password_hash'])
    .where('username', '=', username)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      passwordHash: row.password_hash,
    }
  );
}

/** The grid cells assigned to a user, sorted; the leader's scope is the whole station instead. */
export async function gridIdsOf(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('assignments')
    .select('grid_id')
    .where('user_id', '=', userId)
    .orderBy('grid_id')
    .execute();
  return [...new Set(rows.map((r) => r.grid_id))];
}
