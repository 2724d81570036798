/**
 * Today's plan (`#/plan`): the households picked for today, ordered by the planner in the
 * worker around the ferries, as a timeline. One tap re-plans from now and from where the
 * officer is, leaving out households already visited today. Works offline: everything it reads
 * is on the device.
 */
import { useState } from 'preact/hooks';
import {
  addToDayPlan,
  changePlanSettings,
  clearDayPlan,
  removeFromDayPlan,
} from '../../device/db/dayPlans.ts';
import type { SessionRecord } from '../../device/db/schema.ts';
import { makePlan } from '../../device/plan/makePlan.ts';
import { readPlanView } from '../../device/plan/planView.ts';
import type { LngLat } from '../../shared/entities.ts';
import { householdHref } from '../app/router.ts';
import { useServices } from '../app/services.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { t } from '../i18n/index.ts';
import { locate } from '../visit/locate.ts';
import { Timeline } from './Timeline.tsx';

/** The plan's two settings, with the range each accepts. */
const SETTINGS = [
  { field: 'speedKmh', label: 'plan.speed', min: 3, max: 60 },
  { field: 'visitMinutes', label: 'plan.visitMinutes', min: 5, max: 180 },
] as const;

/** How long a re-plan waits for a GPS fix before setting off from the last household instead. */
const LOCATE_MS = 5_000;

/** The officer's position for a re-plan, or null when the phone gives none in time. */
async function whereAmI(): Promise<LngLat | null> {
  const fix = await locate(LOCATE_MS);
  return fix.ok ? [fix.fix.lng, fix.fix.lat] : null;
}

/** The plan screen for the signed-in officer. */
export function PlanScreen({ session }: { session: SessionRecord }) {
  const { db, plan: runPlan } = useServices();
  const userId = session.user.id;
  const view = useLiveQuery(
    () => readPlanView(db, userId, session.user.gridIds, Date.now()),
    [db, userId, session.user.gridIds],
  );
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const planDay = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const result = await makePlan({ db, runPlan, locate: whereAmI }, userId, Date.now());
      if (!result) setFailed(true);
    } catch (error) {
      console.error('planning failed', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const setting = (field: 'speedKmh' | 'visitMinutes', min: number, max: number) => (e: Event) => {
    const value = Number((e.currentTarget as HTMLInputElement).value);
    if (!Number.isFinite(value) || value < min || value > max) return;
    void changePlanSettings(db, userId, Date.now(), { [field]: value });
  };

  if (!view) {
    return (
      <main class="screen plan-screen">
        <p>{t('app.loading')}</p>
      </main>
    );
  }
  const { plan, households, crossings, visited, suggested } = view;
  return (
    <main class="screen plan-screen">
      <h2>{t('plan.title')}</h2>
      {plan.householdIds.length === 0 ? (
        <>
          <p class="empty">{t('plan.empty')}</p>
          {suggested.length > 0 && (
            <button
              type="button"
              class="take-suggested"
              onClick={() => void addToDayPlan(db, userId, Date.now(), suggested)}
            >
              {t('plan.takeSuggested', { count: suggested.length })}
            </button>
          )}
        </>
      ) : (
        <>
          <div class="plan-settings">
            {SETTINGS.map(({ field, label, min, max }) => (
              <label key={field}>
                {t(label)}
                <input
                  type="number"
                  inputMode="numeric"
                  min={min}
                  max={max}
                  value={plan[field]}
                  onChange={setting(field, min, max)}
                />
              </label>
            ))}
          </div>
          {crossings.size === 0 && <p class="notice">{t('plan.noCrossings')}</p>}
          <div class="plan-actions">
            <button
              type="button"
              class="primary make-plan"
              disabled={busy}
              onClick={() => void planDay()}
            >
              {busy ? t('plan.planning') : t(plan.result ? 'plan.replan' : 'plan.make')}
            </button>
          </div>
          {failed && (
            <p class="error" role="alert">
              {t('plan.failed')}
            </p>
          )}
          {plan.result ? (
            <Timeline
              result={plan.result}
              names={{ households, crossings, visited }}
              fromStation={plan.fromStation}
            />
          ) : (
            <p class="plan-picked">{t('plan.picked', { count: plan.householdIds.length })}</p>
          )}
          <ul
            class="plan-households"
            aria-label={t('plan.picked', { count: plan.householdIds.length })}
          >
            {plan.householdIds.map((id) => (
              <li key={id} class={visited.has(id) ? 'done' : undefined} data-household-id={id}>
                <a class="household-link" href={householdHref(id)}>
                  {households.get(id)?.addressText ?? id}
                </a>
                {visited.has(id) && <span class="badge">{t('plan.visited')}</span>}
                <button
                  type="button"
                  class="link remove"
                  onClick={() => void removeFromDayPlan(db, userId, Date.now(), id)}
                >
                  {t('plan.remove')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="link clear-plan"
            onClick={() => void clearDayPlan(db, userId, Date.now())}
          >
            {t('plan.clear')}
          </button>
        </>
      )}
    </main>
  );
}
