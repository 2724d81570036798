/**
 * Today's plan (`#/plan`): the households picked for today, ordered by the planner in the
 * worker around the ferries, as a timeline. One tap re-plans from now and from where the
 * officer is, leaving out households already visited today. Works offline: everything it reads
 * is on the device.
 */
import { useState } from 'preact/hooks';
import type { FerryBeatDB, SessionRecord } from '../../device/db/schema.ts';
import {
  addToDayPlan,
  readDayPlan,
  removeFromDayPlan,
  savePlanResult,
  updateDayPlan,
} from '../../device/plan/dayPlan.ts';
import { buildPlanRequest, visitedToday } from '../../device/plan/request.ts';
import { householdHref } from '../app/router.ts';
import { useServices } from '../app/services.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { t } from '../i18n/index.ts';
import { locate } from '../visit/locate.ts';
import { suggestHouseholds } from './suggest.ts';
import { Timeline } from './Timeline.tsx';

/** The plan's two settings, with the range each accepts. */
const SETTINGS = [
  { field: 'speedKmh', label: 'plan.speed', min: 3, max: 60 },
  { field: 'visitMinutes', label: 'plan.visitMinutes', min: 5, max: 180 },
] as const;

/** How long a re-plan waits for a GPS fix before setting off from the last household instead. */
const LOCATE_MS = 5_000;

async function readPlanView(db: FerryBeatDB, userId: string, gridIds: readonly string[]) {
  const now = Date.now();
  const plan = await readDayPlan(db, userId, now);
  const [households, crossings, visited, suggested] = await Promise.all([
    db.households.bulkGet(plan.householdIds),
    db.crossings.toArray(),
    visitedToday(db, plan.householdIds, now),
    plan.householdIds.length === 0 ? suggestHouseholds(db, gridIds, new Date(now)) : [],
  ]);
  return {
    plan,
    households: new Map(households.flatMap((h) => (h ? [[h.id, h] as const] : []))),
    crossings: new Map(crossings.map((c) => [c.id, c])),
    visited,
    suggested,
  };
}

/** The plan screen for the signed-in officer. */
export function PlanScreen({ session }: { session: SessionRecord }) {
  const { db, plan: runPlan } = useServices();
  const userId = session.user.id;
  const view = useLiveQuery(
    () => readPlanView(db, userId, session.user.gridIds),
    [db, userId, session.user.gridIds],
  );
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const makePlan = async (replan: boolean) => {
    if (!view) return;
    setBusy(true);
    setFailed(false);
    try {
      const now = Date.now();
      const remaining = view.plan.householdIds.filter((id) => !view.visited.has(id));
      // Re-planning mid-day sets off from where the officer is: the GPS fix, else the last
      // household visited today, else the station.
      let position = null;
      if (replan) {
        const fix = await locate(LOCATE_MS);
        const lastDone = [...view.plan.householdIds].reverse().find((id) => view.visited.has(id));
        position = fix.ok
          ? ([fix.fix.lng, fix.fix.lat] as [number, number])
          : ((lastDone ? view.households.get(lastDone)?.location : null) ?? null);
      }
      const built = await buildPlanRequest(db, {
        now,
        householdIds: remaining,
        position,
        speedKmh: view.plan.speedKmh,
        visitMinutes: view.plan.visitMinutes,
      });
      if (!built) throw new Error('no station on this device');
      const result = await runPlan(built.request);
      await savePlanResult(db, userId, now, result, built.fromStation);
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
    void updateDayPlan(db, userId, Date.now(), () => ({ [field]: value, result: null }));
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
              onClick={() => void makePlan(plan.result !== null)}
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
            onClick={() =>
              void updateDayPlan(db, userId, Date.now(), () => ({ householdIds: [], result: null }))
            }
          >
            {t('plan.clear')}
          </button>
        </>
      )}
    </main>
  );
}
