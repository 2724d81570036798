/**
 * A signed-in device with its replica, and visits as an officer records them: outcome, two
 * residents present, topics, 200 characters of notes, a GPS fix, no photo.
 */

import { login } from '../../src/client/sync/login.ts';
import { FerryBeatDB } from '../../src/device/db/schema.ts';
import { recordVisit, type VisitInput } from '../../src/device/outbox/record.ts';
import { createApi } from '../../src/device/sync/api.ts';
import { pullAll } from '../../src/device/sync/pull.ts';

const NOTE =
  '入户走访，核实常住人口两人，宣传反诈知识并协助安装国家反诈中心App；户主反映渡口夜间照明不足，' +
  '已记录并转村委会跟进。家中老人身体尚可，子女在江门市区务工，每月回家一次。';

/** 200 characters of notes, the length of a careful officer's entry. */
export const NOTES_200 = NOTE.repeat(Math.ceil(200 / NOTE.length)).slice(0, 200);

/** Signs in on a fresh FerryBeatDB and pulls the replica; nothing here is timed. */
export async function signedInDevice(dbName: string, username: string, password: string) {
  const db = new FerryBeatDB(dbName);
  const api = createApi();
  const session = await login({ db, api }, { username, password, deviceName: 'bench' });
  await pullAll({ db, api });
  return { db, api, userId: session.user.id };
}

/** `count` visits to households of the replica that have at least two residents. */
export async function visitInputs(db: FerryBeatDB, count: number): Promise<VisitInput[]> {
  const households = (await db.residents.toArray()).filter((h) => h.residentIds.length >= 2);
  if (households.length === 0) throw new Error('no household with two residents in the replica');
  return Array.from({ length: count }, (_, i): VisitInput => {
    const h = households[i % households.length] as (typeof households)[number];
    return {
      householdId: h.householdId,
      visitedAt: new Date(),
      outcome: 'met',
      notes: NOTES_200,
      presentResidentIds: h.residentIds.slice(0, 2),
      movedOutResidentIds: [],
      newResidents: [],
      antiFraudChecked: true,
      antiFraudInstalled: 2,
      topics: ['anti_fraud', 'hazard'],
      followUp: false,
      location: { lat: 22.4312 + (i % 50) / 10_000, lng: 113.1278, accuracy: 12 },
      photos: [],
    };
  });
}

/** Records visits one after another, as an officer would; not timed. Returns their ids. */
export async function recordVisits(db: FerryBeatDB, userId: string, inputs: VisitInput[]) {
  const ids: string[] = [];
  for (const input of inputs) ids.push((await recordVisit(db, input, { userId })).id);
  return ids;
}
