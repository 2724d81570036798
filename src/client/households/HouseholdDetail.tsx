/**
 * One household: address, head, phone, housing, residents (ID masked), the way into the visit
 * form, and its visits: pulled ones and those recorded on this device, each with its sync state.
 */
import { useEffect, useState } from 'preact/hooks';
import { addToDayPlan } from '../../device/db/dayPlans.ts';
import type { Household } from '../../shared/entities.ts';
import type { SessionUser } from '../../shared/protocol.ts';
import { BackButton } from '../app/BackButton.tsx';
import { clearRouteState, mapHref, routeState, visitHref } from '../app/router.ts';
import { useServices } from '../app/services.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { BankCrossings } from '../ferries/BankCrossings.tsx';
import { t } from '../i18n/index.ts';
import { type HouseholdView, readHousehold } from './detail.ts';
import { HouseholdTags } from './HouseholdRow.tsx';
import { ResidentItem } from './ResidentItem.tsx';
import { VisitItem } from './VisitItem.tsx';

/** The detail screen for household `id`; live, so a sync updates it in place. */
export function HouseholdDetail({ id, user }: { id: string; user: SessionUser }) {
  const { db } = useServices();
  const view = useLiveQuery(() => readHousehold(db, id, user, Date.now()), [db, id, user]);
  useEffect(() => window.scrollTo(0, 0), [id]);
  // Arriving from a successful save: say so, once (the visit is listed below with its state).
  // The note rides on the history entry, so it is dropped once read: a reload does not repeat it.
  const [savedId] = useState(() => routeState().savedVisitId ?? null);
  useEffect(() => {
    if (savedId) clearRouteState('savedVisitId');
  }, [savedId]);

  return (
    <main class="screen household-detail">
      <BackButton fallback="#/households" label={t('detail.back')} />
      {savedId && (
        <p class="saved-notice" role="status" data-visit-id={savedId}>
          <strong>{t('visit.saved')}</strong> {t('visit.savedHint')}
        </p>
      )}
      {view === undefined ? (
        <p>{t('app.loading')}</p>
      ) : view.household === null ? (
        <p class="empty">{t('detail.notFound')}</p>
      ) : (
        <HouseholdBody view={{ ...view, household: view.household }} userId={user.id} />
      )}
    </main>
  );
}

function HouseholdBody({
  view,
  userId,
}: {
  view: HouseholdView & { household: Household };
  userId: string;
}) {
  const { db } = useServices();
  const { household, residents, visits, hasDraft, inPlan } = view;
  const today = new Date();
  return (
    <>
      <h2 class="detail-address">{household.addressText}</h2>
      <p class="tags">
        <HouseholdTags household={household} />
      </p>
      <dl class="facts">
        <dt>{t('detail.head')}</dt>
        <dd>{household.headName}</dd>
        <dt>{t('detail.phone')}</dt>
        <dd>
          <a href={`tel:${household.phone}`}>{household.phone}</a>
        </dd>
        <dt>{t('detail.housing')}</dt>
        <dd>{t(`housing.${household.housing}`)}</dd>
      </dl>
      <a class="button primary record-visit" href={visitHref(household.id)}>
        {t(hasDraft ? 'visit.continue' : 'visit.record')}
      </a>
      <div class="detail-actions">
        <a class="button map-link" href={mapHref(household.id)}>
          {t('map.showOnMap')}
        </a>
        <button
          type="button"
          class="add-to-plan"
          disabled={inPlan}
          onClick={() => void addToDayPlan(db, userId, Date.now(), [household.id])}
        >
          {t(inPlan ? 'plan.inPlan' : 'plan.add')}
        </button>
      </div>
      <h3>
        {t('detail.residents')} <span class="count">{residents.length}</span>
      </h3>
      <ul class="residents" aria-label={t('detail.residents')}>
        {residents.map((resident) => (
          <ResidentItem key={resident.id} resident={resident} today={today} />
        ))}
      </ul>
      <BankCrossings gridId={household.gridId} />
      <h3>{t('detail.visits')}</h3>
      {visits.length === 0 ? (
        <p class="empty">{t('detail.noVisits')}</p>
      ) : (
        <ol class="visits" aria-label={t('detail.visits')}>
          {visits.map((visit) => (
            <VisitItem key={visit.id} visit={visit} />
          ))}
        </ol>
      )}
    </>
  );
}
