/**
 * A planned day as the officer reads it: when to leave, where to wait for which boat ("10:40
 * 龙泉渡口开船 → 新沙"), each household with its visit window, and the way back to the station.
 */

import type { Crossing, Household } from '../../shared/entities.ts';
import { localClock } from '../../shared/ferry/serviceDay.ts';
import type { PlanResult, PlanStep } from '../../shared/planner/types.ts';
import { STATION_TIME_ZONE } from '../../shared/stationTime.ts';
import { householdHref } from '../app/router.ts';
import { formatNumber, t } from '../i18n/index.ts';

const minutes = (from: number, to: number) => Math.max(0, Math.round((to - from) / 60_000));
const clock = (time: number) => localClock(time, STATION_TIME_ZONE);
const startOf = (step: PlanStep) =>
  step.kind === 'wait' ? step.from : step.kind === 'visit' ? step.arrives : step.departs;

/** What a timeline needs to name places. */
interface TimelineNames {
  households: ReadonlyMap<string, Household>;
  crossings: ReadonlyMap<string, Crossing>;
  visited: ReadonlySet<string>;
}

function StepItem({ step, names }: { step: PlanStep; names: TimelineNames }) {
  switch (step.kind) {
    case 'land':
      // Next door (under a minute on the way): nothing worth a line.
      if (minutes(step.departs, step.arrives) < 1) return null;
      return (
        <li class="step land">
          {t('plan.step.land', {
            time: clock(step.departs),
            km: formatNumber(Math.round(step.km * 10) / 10),
            minutes: minutes(step.departs, step.arrives),
          })}
        </li>
      );
    case 'wait': {
      const crossing = names.crossings.get(step.crossingId);
      return (
        <li class="step wait">
          {t('plan.step.wait', {
            time: clock(step.from),
            landing: crossing?.endNames[step.end] ?? step.crossingId,
            minutes: minutes(step.from, step.until),
          })}
        </li>
      );
    }
    case 'ferry': {
      const crossing = names.crossings.get(step.crossingId);
      return (
        <li
          class="step ferry"
          data-crossing-id={step.crossingId}
          data-departs={new Date(step.departs).toISOString()}
        >
          {t('plan.step.ferry', {
            time: clock(step.departs),
            crossing: crossing?.name ?? step.crossingId,
            to: crossing?.endNames[1 - step.from] ?? '',
            minutes: minutes(step.departs, step.arrives),
          })}
        </li>
      );
    }
    case 'visit': {
      const household = names.households.get(step.stopId);
      const done = names.visited.has(step.stopId);
      return (
        <li class={`step visit${done ? ' done' : ''}`} data-household-id={step.stopId}>
          <span class="step-time">
            {t('plan.step.visit', { time: clock(step.arrives), end: clock(step.leaves) })}
          </span>{' '}
          <a href={householdHref(step.stopId)}>{household?.addressText ?? step.stopId}</a>
          {household && <span class="step-head"> {household.headName}</span>}
          {done && <span class="badge">{t('plan.visited')}</span>}
        </li>
      );
    }
  }
}

/** The summary, the warnings and the steps of a plan. */
export function Timeline({
  result,
  names,
  fromStation,
}: {
  result: PlanResult;
  names: TimelineNames;
  fromStation: boolean;
}) {
  const first = result.steps[0];
  const start = first ? startOf(first) : null;
  const ferries = result.steps.filter((s) => s.kind === 'ferry').length;
  const address = (id: string) => names.households.get(id)?.addressText ?? id;
  return (
    <section class="plan-timeline" aria-label={t('plan.title')}>
      {result.endsAt !== null && (
        <p class="plan-summary" role="status">
          {t('plan.summary', { count: result.order.length, end: clock(result.endsAt), ferries })}
        </p>
      )}
      {result.warnings.map((w) => (
        <p key={w.kind} class={`plan-warning ${w.kind}`} role="alert">
          {w.kind === 'cannot-return'
            ? t('plan.warn.cannotReturn')
            : w.kind === 'left-out'
              ? t('plan.warn.leftOut', {
                  count: w.stopIds.length,
                  addresses: w.stopIds.map(address).join('、'),
                })
              : t('plan.warn.lastFerry', {
                  crossing: names.crossings.get(w.crossingId)?.name ?? w.crossingId,
                  time: clock(w.departs),
                })}
        </p>
      ))}
      <ol class="plan-steps">
        {start !== null && (
          <li class="step start">
            {t('plan.step.start', {
              time: clock(start),
              place: t(fromStation ? 'plan.station' : 'plan.here'),
            })}
          </li>
        )}
        {result.steps.map((step, i) => (
          // Steps have no ids; a plan is replaced whole, never edited in place.
          <StepItem key={i} step={step} names={names} />
        ))}
        {result.endsAt !== null && (
          <li class="step home">{t('plan.step.home', { time: clock(result.endsAt) })}</li>
        )}
      </ol>
    </section>
  );
}
