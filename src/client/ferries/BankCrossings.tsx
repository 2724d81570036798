/** On a household's screen: the crossings that serve its bank, with the boats leaving from it. */
import { bankCrossings } from '../../device/db/ferries.ts';
import { crossingBoard } from '../../shared/ferry/departures.ts';
import { useServices } from '../app/services.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { useNow } from '../app/useNow.ts';
import { t } from '../i18n/index.ts';
import { CrossingCard } from './CrossingCard.tsx';

/** The crossings from the bank of grid cell `gridId`, each with the boats leaving this bank. */
export function BankCrossings({ gridId }: { gridId: string }) {
  const { db } = useServices();
  const data = useLiveQuery(() => bankCrossings(db, gridId), [db, gridId]);
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
