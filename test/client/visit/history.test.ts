import { describe, expect, it } from 'vitest';
import { visitRows } from '../../../src/client/visit/history.ts';
import type { OutboxEntry } from '../../../src/device/db/schema.ts';
import { visit } from '../../device/fixtures.ts';

function entry(id: string, visitedAt: string, over: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id,
    type: 'visit.record',
    createdAt: visitedAt,
    payload: {
      householdId: 'h1',
      visitedAt,
      outcome: 'met',
      notes: 'local',
      topics: ['hazard'],
      followUp: true,
      photos: [],
    },
    userId: 'u1',
    householdId: 'h1',
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    syncedAt: null,
    ...over,
  };
}

describe('a household visit list', () => {
  it('merges pulled and local visits newest first, each id once, the pulled one winning', () => {
    const rows = visitRows(
      [
        visit('v-both', 'h1', '2025-03-02T09:00:00+08:00'),
        visit('v-old', 'h1', '2025-01-01T09:00:00+08:00'),
      ],
      [
        entry('v-both', '2025-03-02T09:00:00+08:00', { state: 'synced' }),
        entry('v-new', '2025-03-04T01:00:00Z'),
      ],
      (userId) => (userId === 'u1' ? 'officer01' : null),
    );
    expect(rows.map((r) => [r.id, r.state])).toEqual([
      ['v-new', 'waiting'],
      ['v-both', 'synced'],
      ['v-old', 'synced'],
    ]);
    expect(rows[0]).toMatchObject({ username: 'officer01', topics: ['hazard'], followUp: true });
  });

  it('orders by the instant, not the text, when offsets differ', () => {
    const rows = visitRows(
      [],
      [entry('a', '2025-03-04T09:00:00+08:00'), entry('b', '2025-03-04T02:00:00Z')],
    );
    expect(rows.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('a refused visit carries the station’s reason; others carry none', () => {
    const rows = visitRows(
      [],
      [
        entry('r', '2025-03-04T09:00:00+08:00', {
          state: 'rejected',
          lastError: { code: 'E_SCOPE', message: 'household outside your grid cells' },
        }),
        entry('s', '2025-03-03T09:00:00+08:00', { state: 'sending' }),
      ],
    );
    expect(rows.map((r) => [r.state, r.error])).toEqual([
      ['rejected', 'household outside your grid cells'],
      ['sending', null],
    ]);
  });
});
