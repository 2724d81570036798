/**
 * One crossing's board: for each end the next boats (stopped ones struck through, "about" ones
 * marked), the last boat of the day with a warning as it gets close, and any suspension.
 */

import type { ComponentChildren } from 'preact';
import type { Crossing } from '../../shared/entities.ts';
import {
  type CrossingBoard,
  type Departure,
  isLastSoon,
  minutesUntil,
} from '../../shared/ferry/departures.ts';
import { localDate } from '../../shared/ferry/serviceDay.ts';
import type { Suspension } from '../../shared/ferry/timetable.ts';
import { t } from '../i18n/index.ts';
import { formatDeparture } from './format.ts';

function DepartureItem({ d, now, timeZone }: { d: Departure; now: number; timeZone: string }) {
  const time = formatDeparture(d.departs, now, timeZone);
  return (
    <li
      class={`departure${d.suspension ? ' suspended' : ''}${d.exact ? '' : ' inexact'}`}
      data-departs={new Date(d.departs).toISOString()}
    >
      {d.exact ? time : t('ferry.about', { time })}
    </li>
  );
}

function SuspensionNotice({ s, now, timeZone }: { s: Suspension; now: number; timeZone: string }) {
  const reason = t(`ferry.reason.${s.reason}`);
  const until = s.until ? formatDeparture(Date.parse(s.until), now, timeZone) : null;
  const from = formatDeparture(Date.parse(s.from), now, timeZone);
  const started = Date.parse(s.from) <= now;
  const text = started
    ? until
      ? t('ferry.suspendedUntil', { reason, until })
      : t('ferry.suspendedOpen', { reason })
    : t('ferry.suspendedLater', { reason, from, until: until ?? t('ferry.untilUnknown') });
  return (
    <p class="suspension" role="alert" data-suspension-id={s.id}>
      {text}
      {s.note && <span class="suspension-note"> {s.note}</span>}
    </p>
  );
}

/** Stopped boats shown before the running ones: enough to see the gap, not a night of them. */
const SUSPENDED_SHOWN = 2;

/** The board's boats, with long runs of stopped ones cut to the first few. */
function shownDepartures(next: readonly Departure[]): Departure[] {
  let stopped = 0;
  return next.filter((d) => d.suspension === null || ++stopped <= SUSPENDED_SHOWN);
}

/** The boats from one end: next ones and the last of the day. */
function DirectionBoard({
  crossing,
  board,
  end,
  now,
}: {
  crossing: Crossing;
  board: CrossingBoard;
  end: 0 | 1;
  now: number;
}) {
  const { timeZone } = crossing.timetable;
  const next = shownDepartures(board.next[end]);
  const last = board.last[end];
  const soon = isLastSoon(board, end, now);
  // The next running boat belongs to a later service day: today's boats have stopped.
  const firstRunning = next.find((d) => d.suspension === null);
  const dayOver = firstRunning !== undefined && firstRunning.serviceDate > localDate(now, timeZone);
  return (
    <div class="direction" data-from={end}>
      <p class="direction-name">
        {t('ferry.direction', {
          from: crossing.endNames[end],
          to: crossing.endNames[1 - end] ?? '',
        })}
      </p>
      {next.length === 0 ? (
        <p class="empty">{t('ferry.none')}</p>
      ) : (
        <ol class="departures" aria-label={t('ferry.next')}>
          {next.map((d) => (
            <DepartureItem key={d.departs} d={d} now={now} timeZone={timeZone} />
          ))}
        </ol>
      )}
      {dayOver && <p class="last-departure over">{t('ferry.dayOver')}</p>}
      {last && !dayOver && (
        <p class={`last-departure${soon ? ' soon' : ''}`} role={soon ? 'alert' : undefined}>
          {soon
            ? t('ferry.lastSoon', {
                time: formatDeparture(last.departs, now, timeZone),
                minutes: Math.max(0, minutesUntil(last, now)),
              })
            : t('ferry.last', { time: formatDeparture(last.departs, now, timeZone) })}
        </p>
      )}
    </div>
  );
}

/**
 * A crossing's whole board; `ends` limits it to the boats from one bank (household detail);
 * `children` go at the bottom (the leader's controls).
 */
export function CrossingCard({
  crossing,
  board,
  now,
  ends = [0, 1],
  children,
}: {
  crossing: Crossing;
  board: CrossingBoard;
  now: number;
  ends?: readonly (0 | 1)[];
  children?: ComponentChildren;
}) {
  return (
    <section class="crossing" data-crossing-id={crossing.id} aria-label={crossing.name}>
      <h3 class="crossing-name">
        {crossing.name}{' '}
        <small>{t('ferry.crossingMinutes', { minutes: crossing.crossingMinutes })}</small>
      </h3>
      {board.suspensions.map((s) => (
        <SuspensionNotice key={s.id} s={s} now={now} timeZone={crossing.timetable.timeZone} />
      ))}
      {ends.map((end) => (
        <DirectionBoard key={end} crossing={crossing} board={board} end={end} now={now} />
      ))}
      {children}
    </section>
  );
}
