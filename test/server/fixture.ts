/**
 * A small hand-made station for server tests: two villages, three grid cells, two officers,
 * an auxiliary and the leader, a few households each. Small enough to reason about in a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../../server/app.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { makeContext, type ServerContext } from '../../server/context.ts';
import { migrate, openSqlite } from '../../server/store/database.ts';
import { loadStation, type StationData } from '../../server/store/station.ts';
import type { StaffUser } from '../../server/store/users.ts';
import type { Household, Resident, Role } from '../../src/shared/entities.ts';
import { uuidv7 } from '../../src/shared/uuidv7.ts';

export const PASSWORD = 'test-password-1';

function household(id: string, gridId: string, villageId: string, n: number): Household {
  return {
    id,
    gridId,
    villageId,
    address: { village: villageId, area: '第一组', number: n },
    addressText: `${villageId}第一组${n}号`,
    headName: `户主${n}`,
    phone: '13800000000',
    housing: 'owned',
    elderlyAlone: false,
    location: [113.14, 22.43],
    residentCount: 1,
  };
}

function resident(h: Household): Resident {
  return {
    id: `r-${h.id}`,
    householdId: h.id,
    gridId: h.gridId,
    name: h.headName,
    sex: 'male',
    birthDate: '1970-01-01',
    idNumber: '11010519491231002X',
    phone: null,
    registration: 'registered',
    relation: '户主',
  };
}

/** The fixture station: g1 and g2 belong to officer01 (with aux01), g3 to officer02. */
export function fixtureStation(): StationData {
  const ring: [number, number][] = [
    [113.1, 22.4],
    [113.2, 22.4],
    [113.2, 22.5],
  ];
  const households = [
    ...[1, 2, 3].map((n) => household(`h1-${n}`, 'g1', 'v1', n)),
    ...[1, 2].map((n) => household(`h2-${n}`, 'g2', 'v1', n)),
    ...[1, 2, 3, 4].map((n) => household(`h3-${n}`, 'g3', 'v2', n)),
  ];
  const user = (id: string, role: Role): StaffUser => ({
    id: `u-${id}`,
    username: id,
    displayName: id,
    role,
  });
  const assign = (gridId: string, username: string, role: Exclude<Role, 'leader'>) => ({
    id: `a-${gridId}-${username}`,
    gridId,
    userId: `u-${username}`,
    username,
    displayName: username,
    role,
  });
  return {
    villages: [
      { id: 'v1', name: '甲村', kind: 'village', bankId: 'b1', office: [113.14, 22.43] },
      { id: 'v2', name: '乙村', kind: 'village', bankId: 'b2', office: [113.14, 22.43] },
    ],
    grids: [
      { id: 'g1', name: '甲村第1网格', villageId: 'v1', bankId: 'b1', polygon: ring },
      { id: 'g2', name: '甲村第2网格', villageId: 'v1', bankId: 'b1', polygon: ring },
      { id: 'g3', name: '乙村第1网格', villageId: 'v2', bankId: 'b2', polygon: ring },
    ],
    households,
    residents: households.map(resident),
    crossings: [
      {
        id: 'c1',
        name: '甲渡口',
        bankIds: ['b1', 'b2'],
        ends: [
          [113.14, 22.43],
          [113.15, 22.43],
        ],
        endNames: ['甲渡口·西岸', '甲渡口·东岸'],
        crossingMinutes: 5,
        timetable: {
          timeZone: 'Asia/Shanghai',
          services: [
            {
              id: 'daily',
              weekdays: '1111111',
              start: '20250101',
              end: '20351231',
              added: [],
              removed: [],
            },
          ],
          runs: ([0, 1] as const).map((from) => ({
            serviceId: 'daily',
            from,
            duration: 300,
            times: [],
            frequencies: [{ start: 6 * 3600, end: 21 * 3600, headway: 1200, exact: true }],
          })),
        },
      },
    ],
    users: [
      user('officer01', 'officer'),
      user('officer02', 'officer'),
      user('aux01', 'auxiliary'),
      user('leader', 'leader'),
    ],
    assignments: [
      assign('g1', 'officer01', 'officer'),
      assign('g2', 'officer01', 'officer'),
      assign('g1', 'aux01', 'auxiliary'),
      assign('g3', 'officer02', 'officer'),
    ],
    visits: [],
  };
}

/** A running app over a fresh SQLite file holding `station`, with a controllable clock. */
export interface TestServer {
  app: FastifyInstance;
  ctx: ServerContext;
  clock: { now: Date };
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts an app (inject only, no port) on a temporary database. */
export async function startTestServer(
  station: StationData = fixtureStation(),
  options: {
    production?: boolean;
    password?: string;
    logger?: AppOptions['logger'];
    distDir?: string;
  } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ferrybeat-test-'));
  const handle = openSqlite(join(dir, 'test.sqlite'));
  await migrate(handle.db);
  const clock = { now: new Date('2026-11-30T02:00:00Z') };
  await loadStation(
    handle.db,
    station,
    await hashPassword(options.password ?? PASSWORD),
    clock.now,
  );
  const ctx = makeContext(handle, {
    production: options.production ?? false,
    now: () => clock.now,
    photoDir: join(dir, 'photos'),
  });
  const app = await buildApp(ctx, { logger: options.logger, distDir: options.distDir });
  return {
    app,
    ctx,
    clock,
    async login(username, password = options.password ?? PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password, deviceName: `${username} test phone` },
      });
      if (res.statusCode !== 200)
        throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      return (res.json() as { token: string }).token;
    },
    async close() {
      await app.close();
      await handle.db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A well-formed visit mutation for a household. */
export function visitMutation(householdId: string, overrides: Record<string, unknown> = {}) {
  return {
    id: uuidv7(),
    type: 'visit.record',
    createdAt: '2026-11-30T09:59:00+08:00',
    payload: {
      householdId,
      visitedAt: '2026-11-30T09:58:00+08:00',
      outcome: 'met',
      notes: '已宣传反诈',
    },
    ...overrides,
  };
}
