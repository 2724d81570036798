import { describe, expect, it } from 'vitest';
import {
  type CrossingBoard,
  crossingBoard,
  type Departure,
  isLastSoon,
  minutesUntil,
} from '../../../src/shared/ferry/departures.ts';
import { at, beijing, muzhou, suspension } from './fixtures.ts';

const shown = (list: Departure[]) =>
  list.map((d) => `${beijing(d.departs)}${d.suspension ? ' stopped' : ''}`);
const lastOf = (board: CrossingBoard, end: 0 | 1) => {
  const last = board.last[end];
  return last && [beijing(last.departs), last.serviceDate];
};

describe('crossingBoard', () => {
  it("shows Friday's late boats after midnight, then Saturday's first", () => {
    const board = crossingBoard(muzhou, at('2024-06-14T23:50:00+08:00'));
    expect(shown(board.next[0])).toEqual(['00:20', '01:10', '07:00']);
    expect(board.next[0].map((d) => d.serviceDate)).toEqual(['20240614', '20240614', '20240615']);
    expect(board.next[0][0]?.departs).toBe(at('2024-06-15T00:20:00+08:00'));
    expect(lastOf(board, 0)).toEqual(['01:10', '20240614']);
    expect(shown(board.next[1])).toEqual(['00:40', '07:15', '07:45']);
    expect(lastOf(board, 1)).toEqual(['00:40', '20240614']);
  });

  it("keeps yesterday's last boat as the last while it is still to come", () => {
    const board = crossingBoard(muzhou, at('2024-06-15T00:50:00+08:00'));
    expect(shown(board.next[0])).toEqual(['01:10', '07:00', '07:30']);
    expect(lastOf(board, 0)).toEqual(['01:10', '20240614']);
    // End 1's late boat left at 00:40: its next boat is Saturday's, and so is its last.
    expect(shown(board.next[1])).toEqual(['07:15', '07:45', '08:15']);
    expect(lastOf(board, 1)).toEqual(['22:15', '20240615']);
  });

  it("shows today's last boat before the first one leaves", () => {
    const board = crossingBoard(muzhou, at('2024-06-15T05:00:00+08:00'));
    expect(shown(board.next[0])).toEqual(['07:00', '07:30', '08:00']);
    expect(lastOf(board, 0)).toEqual(['22:00', '20240615']);
  });

  it("shows tomorrow's last boat once tonight's has gone", () => {
    const board = crossingBoard(muzhou, at('2024-06-15T22:30:00+08:00'));
    expect(shown(board.next[0])).toEqual(['07:00', '07:30', '08:00']);
    expect(lastOf(board, 0)).toEqual(['22:00', '20240616']);
  });

  it('counts a boat leaving right now, and honours count', () => {
    const board = crossingBoard(muzhou, at('2024-06-14T06:00:00+08:00'), { count: 1 });
    expect(shown(board.next[0])).toEqual(['06:00']);
    expect(shown(board.next[1])).toEqual(['06:15']);
  });

  it('shows stopped boats struck through but still three that run', () => {
    const fog = suspension('fog', '2024-06-14T06:00:00+08:00', '2024-06-14T07:00:00+08:00');
    const board = crossingBoard(muzhou, at('2024-06-14T05:50:00+08:00'), { suspensions: [fog] });
    expect(shown(board.next[0])).toEqual([
      '06:00 stopped',
      '06:30 stopped',
      '07:00',
      '07:30',
      '08:00',
    ]);
    expect(board.next[0][0]?.suspension).toBe(fog);
    expect(board.suspensions).toEqual([fog]);
  });

  it('skips a stopped boat when naming the last one', () => {
    const late = suspension('repairs', '2024-06-15T01:00:00+08:00', '2024-06-15T02:00:00+08:00');
    const board = crossingBoard(muzhou, at('2024-06-14T23:50:00+08:00'), { suspensions: [late] });
    expect(shown(board.next[0])).toEqual(['00:20', '01:10 stopped', '07:00', '07:30']);
    expect(lastOf(board, 0)).toEqual(['00:20', '20240614']);
    expect(lastOf(board, 1)).toEqual(['00:40', '20240614']);
  });

  it('has no last boat and only stopped ones while an open-ended suspension lasts', () => {
    const typhoon = {
      ...suspension('typhoon', '2024-06-14T12:00:00+08:00', null),
      reason: 'typhoon' as const,
    };
    const board = crossingBoard(muzhou, at('2024-06-14T12:10:00+08:00'), {
      suspensions: [typhoon],
    });
    expect(board.next[0].length).toBeGreaterThan(0);
    expect(board.next[0].every((d) => d.suspension === typhoon)).toBe(true);
    expect(board.last).toEqual([null, null]);
    expect(board.suspensions).toEqual([typhoon]);
  });

  it("lists today's suspensions not yet over, and not others' or tomorrow's", () => {
    const now = at('2024-06-14T10:00:00+08:00');
    const over = suspension('over', '2024-06-14T06:00:00+08:00', '2024-06-14T07:00:00+08:00');
    const current = suspension('current', '2024-06-14T09:00:00+08:00', '2024-06-14T10:20:00+08:00');
    const evening = suspension('evening', '2024-06-14T19:00:00+08:00', '2024-06-14T20:00:00+08:00');
    const tomorrow = suspension('tomorrow', '2024-06-15T09:00:00+08:00', null);
    const elsewhere = suspension('elsewhere', '2024-06-14T09:00:00+08:00', null, 'other');
    const board = crossingBoard(muzhou, now, {
      suspensions: [tomorrow, evening, over, elsewhere, current],
    });
    expect(board.suspensions.map((s) => s.id)).toEqual(['current', 'evening']);
  });

  it('warns when the last boat back is within the hour', () => {
    const board = crossingBoard(muzhou, at('2024-06-15T21:10:00+08:00'));
    expect(isLastSoon(board, 0, at('2024-06-15T21:10:00+08:00'))).toBe(true); // 22:00
    expect(isLastSoon(board, 0, at('2024-06-15T21:10:00+08:00'), 30)).toBe(false);
    const morning = crossingBoard(muzhou, at('2024-06-15T08:00:00+08:00'));
    expect(isLastSoon(morning, 1, at('2024-06-15T08:00:00+08:00'))).toBe(false);
    const next = board.next[0][0] as Departure;
    expect(minutesUntil(next, at('2024-06-15T21:10:00+08:00'))).toBe(20); // 21:30
    expect(minutesUntil(next, at('2024-06-15T21:29:30+08:00'))).toBe(0);
  });

  it('shows nothing when no boat leaves within 36 hours', () => {
    const board = crossingBoard(muzhou, at('2025-03-01T08:00:00+08:00'));
    expect(board).toEqual({ next: [[], []], last: [null, null], suspensions: [] });
  });
});
