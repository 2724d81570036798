/**
 * Protocol v2 of the pull added the `suspension` entity. An app says `v=2` to receive them; an
 * app from before sends no `v`, never meets a suspension, and keeps the cursors it holds.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Suspension } from '../../../src/shared/ferry/timetable.ts';
import type { PullResponse } from '../../../src/shared/protocol.ts';
import { startTestServer, type TestServer } from '../fixture.ts';
import { createSuspension, pullPage } from './fixture.ts';

let server: TestServer;
let officer: string;
beforeEach(async () => {
  server = await startTestServer();
  officer = await server.login('officer01');
});
afterEach(() => server.close());

const pull = (token: string, query: { v?: string; cursor?: string }) =>
  pullPage(server, token, query);

/** The leader stops c1 for the afternoon; returns the suspension as stored. */
async function suspendC1(): Promise<Suspension> {
  return createSuspension(server, await server.login('leader'), {
    crossingId: 'c1',
    from: '2026-11-30T12:00:00+08:00',
    until: null,
    reason: 'repairs',
    note: '码头维修',
  });
}

/** A cursor as the server made it before protocol v2: its scope key hashes the cells alone. */
function cursorBeforeV2(seq: number, cells: string): string {
  const key = createHash('sha256').update(cells).digest('base64url').slice(0, 12);
  return Buffer.from(`v1.${seq}.${key}`).toString('base64url');
}
const seqOf = (cursor: string) => Number(Buffer.from(cursor, 'base64url').toString().split('.')[1]);
const entitiesOf = (page: PullResponse) => new Set(page.changes.map((c) => c.entity));

describe('pull protocol versions', () => {
  it('a suspension reaches an officer’s device as a put of entity suspension at v=2', async () => {
    const first = await pull(officer, { v: '2' });
    const suspension = await suspendC1();

    const page = await pull(officer, { v: '2', cursor: first.cursor });

    expect(page.reset).toBe(false);
    expect(page.changes).toEqual([
      { entity: 'suspension', op: 'put', id: suspension.id, data: suspension },
    ]);
  });

  it('an app from before v2 never gets a suspension, and the cursors it holds stay valid', async () => {
    const first = await pull(officer, {});
    expect(first.hasMore).toBe(false);
    // The cursor is the one the server made before v2, so apps not yet updated carry on.
    expect(first.cursor).toBe(cursorBeforeV2(seqOf(first.cursor), 'g1,g2'));
    await suspendC1();

    const next = await pull(officer, { cursor: first.cursor });

    expect(next).toEqual({
      changes: [],
      cursor: first.cursor,
      hasMore: false,
      reset: false,
      remaining: 0,
    });
    expect(entitiesOf(await pull(officer, {})).has('suspension')).toBe(false);
  });

  it('a v1 cursor shown with v=2 starts over once, and that pull brings the suspension', async () => {
    const before = await pull(officer, {});
    const suspension = await suspendC1();

    const upgraded = await pull(officer, { v: '2', cursor: before.cursor });

    expect(upgraded.reset).toBe(true);
    expect(upgraded.hasMore).toBe(false);
    expect(upgraded.changes).toContainEqual({
      entity: 'suspension',
      op: 'put',
      id: suspension.id,
      data: suspension,
    });
    // Starting over means the whole copy again, not only the new entity.
    expect(entitiesOf(upgraded)).toEqual(new Set([...entitiesOf(before), 'suspension']));
    const after = await pull(officer, { v: '2', cursor: upgraded.cursor });
    expect(after).toMatchObject({ changes: [], reset: false });
  });
});
