/**
 * The ferry screen (`#/ferries`), offline: every crossing with its next boats both ways, the
 * last boat of the day and any suspension, from the timetable kept on the device.
 */
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { crossingBoard } from '../../shared/ferry/departures.ts';
import { backFromSideScreen } from '../app/router.ts';
import { useServices } from '../app/services.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { useNow } from '../app/useNow.ts';
import { t } from '../i18n/index.ts';
import { CrossingCard } from './CrossingCard.tsx';

/** Crossings by name, and every suspension (few; the board keeps those that matter). */
async function readFerries(db: FerryBeatDB) {
  const [crossings, suspensions] = await Promise.all([
    db.crossings.toArray(),
    db.suspensions.toArray(),
  ]);
  crossings.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return { crossings, suspensions };
}

/** Every crossing's board, renewed each minute. */
export function FerryScreen() {
  const { db } = useServices();
  const data = useLiveQuery(() => readFerries(db), [db]);
  const now = useNow();
  return (
    <main class="screen ferry-screen">
      <button type="button" class="back" onClick={backFromSideScreen}>
        {t('ferry.back')}
      </button>
      <h2>{t('ferry.title')}</h2>
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : data.crossings.length === 0 ? (
        <p class="empty">{t('ferry.empty')}</p>
      ) : (
        data.crossings.map((crossing) => (
          <CrossingCard
            key={crossing.id}
            crossing={crossing}
            now={now}
            board={crossingBoard(crossing, now, { suspensions: data.suspensions })}
          />
        ))
      )}
    </main>
  );
}
