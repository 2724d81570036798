/**
 * The records the server sends devices are the shapes devices store: every record in the change
 * feed matches its entity's schema (src/shared/stationSchema.ts), strictly, so a field the server
 * adds or drops on its side alone fails here. Devices never check records themselves (a pull
 * would take twice as long), so this is where a one-sided change is caught at run time.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoStation } from '../../server/demo/load.ts';
import { type DatabaseHandle, migrate, openSqlite } from '../../server/store/database.ts';
import type { PullResponse } from '../../src/shared/protocol.ts';
import { RECORD_SCHEMAS } from '../../src/shared/stationSchema.ts';
import { ENTITY_NAMES, type EntityName, isOneOf } from '../../src/shared/vocabulary.ts';
import { station, TODAY } from './demo/fixture.ts';
import { createSuspension, tempDir } from './ferries/fixture.ts';
import { startTestServer, visitMutation } from './fixture.ts';

/** The first problem of each record that does not match its schema, and how many of each. */
function check(records: readonly { entity: string; data: unknown }[]) {
  const counts = new Map<EntityName, number>();
  const problems: string[] = [];
  for (const { entity, data } of records) {
    if (!isOneOf(ENTITY_NAMES, entity)) {
      problems.push(`unknown entity ${entity}`);
      continue;
    }
    counts.set(entity, (counts.get(entity) ?? 0) + 1);
    const parsed = RECORD_SCHEMAS[entity].safeParse(data);
    if (!parsed.success) problems.push(`${entity}: ${JSON.stringify(parsed.error.issues[0])}`);
  }
  return { counts: Object.fromEntries(counts), problems: problems.slice(0, 5) };
}

describe('the demo station’s change feed', () => {
  let dir: ReturnType<typeof tempDir>;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    dir = tempDir('feed-records');
    handle = openSqlite(join(dir.path, 'store.sqlite'));
    await migrate(handle.db);
    await loadDemoStation(handle.db, station, {
      passwordHash: 'no-password',
      dataDir: join(dir.path, 'data'),
      now: TODAY,
    });
  });
  afterAll(async () => {
    await handle.db.destroy();
    dir.remove();
  });

  it('holds only records that match their entity’s schema', async () => {
    const rows = await handle.db
      .selectFrom('change_feed')
      .select(['entity', 'data'])
      .where('op', '=', 'put')
      .execute();
    const { counts, problems } = check(
      rows.map((r) => ({ entity: r.entity, data: JSON.parse(r.data ?? 'null') })),
    );
    expect(problems).toEqual([]);
    // Every entity the demo grows was checked, in the numbers the demo grows it.
    expect(counts).toMatchObject({
      village: station.villages.length,
      grid: station.grids.length,
      household: station.households.length,
      resident: station.residents.length,
      crossing: 12,
      assignment: station.assignments.length,
      visit: station.visits.length,
    });
  });
});

describe('a pull', () => {
  it('carries a visit with every detail and a suspension in the shapes devices store', async () => {
    const server = await startTestServer();
    try {
      const officer = await server.login('officer01');
      const m = visitMutation('h1-1');
      const payload = {
        ...m.payload,
        presentResidentIds: ['r-h1-1'],
        movedOutResidentIds: [],
        newResidents: [{ name: '新住户', sex: 'female', phone: '13900000001', note: '租客' }],
        antiFraudChecked: true,
        antiFraudInstalled: 2,
        topics: ['anti_fraud', 'hazard'],
        followUp: true,
        location: { lat: 22.43, lng: 113.14, accuracy: 12 },
        photos: [{ hash: 'a'.repeat(64), type: 'image/jpeg', bytes: 1000, width: 64, height: 48 }],
      };
      const pushed = await server.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: { authorization: `Bearer ${officer}` },
        payload: { mutations: [{ ...m, payload }] },
      });
      expect(pushed.json().results[0].status).toBe('applied');
      const leader = await server.login('leader');
      await createSuspension(server, leader, {
        crossingId: 'c1',
        from: '2026-11-30T10:00:00+08:00',
        until: null,
        reason: 'typhoon',
        note: '台风',
      });

      const page = (
        await server.app.inject({
          method: 'GET',
          url: '/api/sync/pull?v=2&limit=1000',
          headers: { authorization: `Bearer ${leader}` },
        })
      ).json() as PullResponse;

      expect(page.hasMore).toBe(false);
      const { counts, problems } = check(
        page.changes.flatMap((c) => ('data' in c ? [{ entity: c.entity, data: c.data }] : [])),
      );
      expect(problems).toEqual([]);
      expect(counts).toMatchObject({ visit: 1, suspension: 1, crossing: 1, resident: 9 });
    } finally {
      await server.close();
    }
  });
});
