/**
 * Saving a visit. The visit's outbox entry, its photos and the removal of its draft commit in
 * one strict-durability transaction: when the promise resolves the record is on disk, and only
 * then may the UI say it is saved on this device.
 */
import type { VisitDetails, VisitOutcome } from '../../shared/entities.ts';
import type { VisitPayload } from '../../shared/protocol.ts';
import { isoWithOffset } from '../../shared/time.ts';
import { uuidv7 } from '../../shared/uuidv7.ts';
import { saveRecordedVisit } from '../db/outbox.ts';
import type { FerryBeatDB, OutboxEntry, PhotoRecord } from '../db/schema.ts';
import { sha256Hex } from './hash.ts';

/** A photo as the form hands it over: already shrunk on the device. */
export interface PhotoInput {
  blob: Blob;
  type: 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
}

/** Everything the officer entered for one visit. */
export interface VisitInput extends Omit<VisitDetails, 'photos'> {
  householdId: string;
  /** When the visit happened; the device's clock. */
  visitedAt: Date;
  outcome: VisitOutcome;
  notes: string;
  photos: PhotoInput[];
}

/** Who records, and the injectable clock and id source. */
export interface RecordContext {
  userId: string;
  now?: () => Date;
  newId?: (nowMs: number) => string;
  /** Minutes east of UTC of the device's zone; defaults to the device's own. */
  offsetMinutes?: number;
}

/** Saves a visit into the outbox; resolves once it is committed to disk. */
export async function recordVisit(
  db: FerryBeatDB,
  input: VisitInput,
  { userId, now = () => new Date(), newId = uuidv7, offsetMinutes }: RecordContext,
): Promise<OutboxEntry> {
  // Hash before the transaction: awaiting crypto inside it would let IndexedDB commit early.
  const hashed = await Promise.all(
    input.photos.map(async (p) => ({ ...p, hash: await sha256Hex(p.blob), bytes: p.blob.size })),
  );
  // The same picture picked twice is one photo: a visit names each photo once.
  const photos = hashed.filter((p, i) => hashed.findIndex((q) => q.hash === p.hash) === i);
  const at = now();
  const offset = offsetMinutes ?? -at.getTimezoneOffset();
  const { householdId, visitedAt, outcome, notes, photos: _inputs, ...details } = input;
  const payload: VisitPayload = {
    householdId,
    visitedAt: isoWithOffset(visitedAt, offset),
    outcome,
    notes,
    ...details,
    photos: photos.map(({ hash, type, bytes, width, height }) => ({
      hash,
      type,
      bytes,
      width,
      height,
    })),
  };
  const entry: OutboxEntry = {
    id: newId(at.getTime()),
    type: 'visit.record',
    createdAt: isoWithOffset(at, offset),
    payload,
    userId,
    householdId,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    syncedAt: null,
  };
  const photoRecords: PhotoRecord[] = photos.map((p) => ({
    hash: p.hash,
    visitId: entry.id,
    userId,
    blob: p.blob,
    type: p.type,
    bytes: p.bytes,
    width: p.width,
    height: p.height,
    state: 'waiting',
    lastError: null,
  }));
  await saveRecordedVisit(db, entry, photoRecords);
  return entry;
}
