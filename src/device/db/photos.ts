/** Photos of recorded visits, kept until the station has their bytes (see `PhotoRecord`). */
import type { ApiErrorBody } from '../../shared/errors.ts';
import type { FerryBeatDB, PhotoRecord } from './schema.ts';

/** A user's photos still to upload, whatever became of their visits. */
export function waitingPhotos(db: FerryBeatDB, userId: string): Promise<PhotoRecord[]> {
  return db.photos
    .where('state')
    .equals('waiting')
    .filter((p) => p.userId === userId)
    .toArray();
}

/** The station has the photo: its blob is dropped, the server keeps it from now on. */
export async function markPhotoUploaded(db: FerryBeatDB, hash: string): Promise<void> {
  await db.photos.update(hash, { state: 'uploaded', blob: null, lastError: null });
}

/** The station refused the photo: its blob stays, with the reason for the officer. */
export async function markPhotoRefused(
  db: FerryBeatDB,
  hash: string,
  error: ApiErrorBody,
): Promise<void> {
  await db.photos.update(hash, { state: 'rejected', lastError: error });
}
