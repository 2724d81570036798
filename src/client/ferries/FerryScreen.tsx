/**
 * The ferry screen (`#/ferries`), offline: every crossing with its next boats both ways, the
 * last boat of the day and any suspension, from the timetable kept on the device.
 */
import { readFerries } from '../../device/db/ferries.ts';
import type { SessionRecord } from '../../device/db/schema.ts';
import { crossingBoard } from '../../shared/ferry/departures.ts';
import { useServices } from '../app/services.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { useNow } from '../app/useNow.ts';
import { t } from '../i18n/index.ts';
import { CrossingCard } from './CrossingCard.tsx';
import { SuspendControls } from './SuspendControls.tsx';

/** Every crossing's board, renewed each minute; the leader can also stop and reopen crossings. */
export function FerryScreen({ session }: { session: SessionRecord }) {
  const { db } = useServices();
  const data = useLiveQuery(() => readFerries(db), [db]);
  const now = useNow();
  return (
    <main class="screen ferry-screen">
      <h2>{t('ferry.title')}</h2>
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : data.crossings.length === 0 ? (
        <p class="empty">{t('ferry.empty')}</p>
      ) : (
        data.crossings.map((crossing) => {
          const board = crossingBoard(crossing, now, { suspensions: data.suspensions });
          return (
            <CrossingCard key={crossing.id} crossing={crossing} now={now} board={board}>
              {session.user.role === 'leader' && (
                <SuspendControls crossing={crossing} session={session} active={board.suspensions} />
              )}
            </CrossingCard>
          );
        })
      )}
    </main>
  );
}
