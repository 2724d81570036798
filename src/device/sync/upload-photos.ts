/**
 * Uploads the photos of visits the server already holds, one at a time (a ferry-side link has
 * little bandwidth to share). Idempotent by content hash: a retried upload answers `duplicate`.
 * The blob is dropped only after the server has confirmed it.
 */
import { ApiError } from '../../shared/errors.ts';
import type { FerryBeatDB } from '../db/schema.ts';
import type { Api } from './api.ts';
import { OfflineError } from './errors.ts';
import type { PushStatus } from './push-outbox.ts';

/** Counts of one upload run. */
export interface PhotoReport {
  status: PushStatus;
  uploaded: number;
}

/** Uploads every waiting photo whose visit has reached the server. */
export async function uploadPhotos(
  db: FerryBeatDB,
  api: Api,
  token: string,
  signal?: AbortSignal,
): Promise<PhotoReport> {
  const report: PhotoReport = { status: 'done', uploaded: 0 };
  const waiting = await db.photos.where('state').equals('waiting').toArray();
  for (const photo of waiting) {
    const visit = await db.outbox.get(photo.visitId);
    // The server accepts a photo only once a visit names it: wait for the visit's push.
    if (visit && visit.state !== 'synced') continue;
    if (!photo.blob) continue;
    try {
      await api.uploadPhoto(
        token,
        { hash: photo.hash, type: photo.type, blob: photo.blob },
        signal,
      );
      await db.photos.update(photo.hash, { state: 'uploaded', blob: null, lastError: null });
      report.uploaded++;
    } catch (error) {
      if (error instanceof OfflineError) return { ...report, status: 'offline' };
      if (error instanceof ApiError && error.code === 'E_AUTH') {
        return { ...report, status: 'auth-expired' };
      }
      if (error instanceof ApiError && error.code === 'E_INVALID') {
        await db.photos.update(photo.hash, { state: 'rejected', lastError: error.toBody() });
        continue;
      }
      return { ...report, status: 'server-error' };
    }
  }
  return report;
}
