/**
 * Saving a visit. The visit's outbox entry, its photos and the removal of its draft commit in
 * one strict-durability transaction: when the promise resolves the record is on disk, and only
 * then may the UI say it is saved on this device.
 */
import type { PhotoRef, VisitDetails } from '../../shared/entities.ts';
import type { Exact } from '../../shared/exact.ts';
import type { VisitPayload } from '../../shared/protocol.ts';
import { isoWithOffset } from '../../shared/time.ts';
import { uuidv7 } from '../../shared/uuidv7.ts';
import { saveRecordedVisit } from '../db/outbox.ts';
import type { FerryBeatDB, OutboxEntry, PhotoRecord } from '../db/schema.ts';
import { sha256Hex } from './hash.ts';

/** A photo as the form hands it over: already shrunk on the device, not yet hashed. */
export interface PhotoInput extends Pick<PhotoRef, 'type' | 'width' | 'height'> {
  blob: Blob;
}

/** Everything the officer entered for one visit: the payload's fields, the time as a `Date`. */
export interface VisitInput
  extends Pick<VisitPayload, 'householdId' | 'outcome' | 'notes'>,
    Omit<VisitDetails, 'photos'> {
  /** When the visit happened; the device's clock. */
  visitedAt: Date;
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
  const { householdId, visitedAt, outcome, notes, photos: _inputs, ...rest } = input;
  // A field on the input that the payload lacks fails `tsc` here: spread as it is, it would
  // pass unseen, and the server's strict schema would then refuse every visit.
  const details: Exact<Omit<VisitDetails, 'photos'>, typeof rest> = rest;
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
