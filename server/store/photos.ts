/**
 * Visit photos, named by the SHA-256 of their bytes. The bytes live in files under the photo
 * folder; the database records which photos the server holds and which visits name them.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** A visit that names a photo: who made it and in which grid cell. */
export interface PhotoClaim {
  gridId: string;
  userId: string;
  type: string;
  bytes: number;
}

/** The visits that name this photo. */
export async function claimsOfPhoto(db: Kysely<Database>, hash: string): Promise<PhotoClaim[]> {
  const rows = await db
    .selectFrom('visit_photos')
    .innerJoin('visits', 'visits.id', 'visit_photos.visit_id')
    .select(['visits.grid_id', 'visits.user_id', 'visit_photos.type', 'visit_photos.bytes'])
    .where('visit_photos.hash', '=', hash)
    .execute();
  return rows.map((r) => ({ gridId: r.grid_id, userId: r.user_id, type: r.type, bytes: r.bytes }));
}

/** Who uploaded the photo's bytes, or undefined while the server doesn't hold them. */
export async function uploaderOfPhoto(
  db: Kysely<Database>,
  hash: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('photos')
    .select('user_id')
    .where('hash', '=', hash)
    .executeTakeFirst();
  return row?.user_id;
}

function photoPath(dir: string, hash: string): string {
  // Two levels of folders keep any one folder small on a station with years of photos.
  return join(dir, hash.slice(0, 2), hash);
}

/**
 * Stores the bytes, then records them. The file is written under a temporary name and renamed,
 * so a crash never leaves a half photo under its real name; a retried upload simply repeats.
 */
export async function storePhoto(
  db: Kysely<Database>,
  dir: string,
  photo: { hash: string; type: string; bytes: Buffer; userId: string; receivedAt: string },
): Promise<void> {
  const path = photoPath(dir, photo.hash);
  await mkdir(join(dir, photo.hash.slice(0, 2)), { recursive: true });
  // A name of its own: two phones uploading the same photo at once must not share a file.
  const part = `${path}.${randomUUID()}.part`;
  await writeFile(part, photo.bytes);
  await rename(part, path);
  await db
    .insertInto('photos')
    .values({
      hash: photo.hash,
      type: photo.type,
      bytes: photo.bytes.length,
      user_id: photo.userId,
      received_at: photo.receivedAt,
    })
    .onConflict((oc) => oc.column('hash').doNothing())
    .execute();
}

/** A stream of the photo's bytes, or undefined when the file is missing. */
export async function readPhoto(dir: string, hash: string) {
  const path = photoPath(dir, hash);
  const info = await stat(path).catch(() => undefined);
  return info ? { stream: createReadStream(path), size: info.size } : undefined;
}
