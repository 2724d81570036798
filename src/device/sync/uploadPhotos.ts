/**
 * Uploads the photos of visits the server already holds, one at a time (a ferry-side link has
 * little bandwidth to share), each with its own author's sign-in. Idempotent by content hash: a
 * retried upload answers `duplicate`. The blob is dropped only after the server has confirmed
 * it. A photo the server refuses keeps its blob and the reason, and never blocks the others or
 * the pull that follows.
 */
import { ApiError } from '../../shared/errors.ts';
import { outboxEntry } from '../db/outbox.ts';
import { markPhotoRefused, markPhotoUploaded, waitingPhotos } from '../db/photos.ts';
import type { FerryBeatDB } from '../db/schema.ts';
import type { Api } from './api.ts';
import { OfflineError } from './errors.ts';
import type { PushStatus } from './pushOutbox.ts';

/** Counts of one upload run. */
export interface PhotoReport {
  status: PushStatus;
  uploaded: number;
  refused: number;
}

/** Uploads every waiting photo of `userId` whose visit has reached the server. */
export async function uploadPhotos(
  db: FerryBeatDB,
  api: Api,
  session: { token: string; userId: string },
  signal?: AbortSignal,
): Promise<PhotoReport> {
  const report: PhotoReport = { status: 'done', uploaded: 0, refused: 0 };
  for (const photo of await waitingPhotos(db, session.userId)) {
    const visit = await outboxEntry(db, photo.visitId);
    // The server accepts a photo only once a visit names it: wait for the visit's push. (No
    // outbox entry means the visit came back from the server: it is there.)
    if ((visit && visit.state !== 'synced') || !photo.blob) continue;
    try {
      await api.uploadPhoto(
        session.token,
        { hash: photo.hash, type: photo.type, blob: photo.blob },
        signal,
      );
      await markPhotoUploaded(db, photo.hash);
      report.uploaded++;
    } catch (error) {
      if (error instanceof OfflineError) return { ...report, status: 'offline' };
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'E_AUTH') return { ...report, status: 'auth-expired' };
      if (error.status >= 500) return { ...report, status: 'server-error' };
      // Refused (too large, not named by a visit of this user, bytes damaged): keep the blob
      // and the reason for the officer, and go on with the other photos.
      await markPhotoRefused(db, photo.hash, error.toBody());
      report.refused++;
    }
  }
  return report;
}
