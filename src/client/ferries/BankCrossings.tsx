/** On a household's screen: the crossings that serve its bank, with the boats leaving from it. */
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { crossingBoard } from '../../shared/ferry/departures.ts';
import { useServices } from '../app/services.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { useNow } from '../app/useNow.ts';
import { t } from '../i18n/index.ts';
import { CrossingCard } from './CrossingCard.tsx';
import { readFerries } from './read.ts';

async function readBankCrossings(db: FerryBeatDB, gridId: string) {
  const grid = await db.grids.get(gridId);
  if (!grid) return { crossings: [], suspensions: [] };
  const { crossings, suspensions } = await readFerries(db);
  return {
    crossings: crossings
      .filter((c) => c.bankIds.includes(grid.bankId))
      .map((crossing) => ({ crossing, end: crossing.bankIds.indexOf(grid.bankId) as 0 | 1 })),
    suspensions,
  };
}

/** The crossings from the bank of grid cell `gridId`, each with the boats leaving this bank. */
export function BankCrossings({ gridId }: { gridId: string }) {
  const { db } = useServices();
  const data = useLiveQuery(() => readBankCrossings(db, gridId), [db, gridId]);
  const now = useNow();
  if (!data || data.crossings.length === 0) return null;
  return (
    <section class="bank-crossings" aria-label={t('detail.crossings')}>
      <h3>{t('detail.crossings')}</h3>
      {data.crossings.map(({ crossing, end }) => (
        <CrossingCard
          key={crossing.id}
          crossing={crossing}
          now={now}
          ends={[end]}
          board={crossingBoard(crossing, now, { count: 2, suspensions: data.suspensions })}
        />
      ))}
    </section>
  );
}
