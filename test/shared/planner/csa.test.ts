import { describe, expect, it } from 'vitest';
import { arrivalAt, journeyTo, scan } from '../../../src/shared/planner/csa.ts';
import { Legs } from '../../../src/shared/planner/legs.ts';
import { buildNetwork } from '../../../src/shared/planner/network.ts';
import { PlanInputError } from '../../../src/shared/planner/types.ts';
import {
  at,
  boatsOf,
  dayRequest,
  households,
  middleOf,
  pointOn,
  type RiverTown,
  riverTown,
  seeded,
} from '../../support/riverTowns.ts';

const MIN = 60_000;

/** Legs over a town for households `stops` (place i is stop i, then start, then home). */
function legsFor(town: RiverTown, stops = households(town, 0, seeded(1)), boardMinutes = 2) {
  return new Legs(buildNetwork(dayRequest(town, stops, { boardMinutes })));
}

/** Two banks, one crossing, boats from the west end at 08:00, 08:30 and 09:00 only. */
function oneRiver(): RiverTown {
  const town = riverTown({ banks: 2, crossingsPerRiver: 1 });
  const crossing = town.crossings[0];
  if (!crossing) throw new Error('no crossing');
  crossing.departures = [[at('08:00'), at('08:30'), at('09:00')], [at('09:30')]];
  return { ...town, crossings: [crossing], ...boatsOf([crossing], 6) };
}

describe('earliest arrival over the ferries (CSA)', () => {
  it('reaches a household on the same bank by land only, whatever the boats', () => {
    const town = oneRiver();
    const [bank] = town.banks;
    const stops = [{ id: 'near', ...pointOn(bank, 0.1, 0.1) }];
    const legs = legsFor(town, stops);
    const net = legs.net;
    const t = at('08:05');
    const walk = net.placeToPlace[net.start * net.places.length + 0] ?? Number.NaN;
    expect(legs.arrive(net.start, t, 0)).toBe(t + walk);
    expect(legs.scans).toBe(0);
  });

  it('waits at the landing for the next boat across one river', () => {
    const town = oneRiver();
    const stops = [{ id: 'far', ...middleOf(town.banks[1]) }];
    const legs = legsFor(town, stops);
    const net = legs.net;
    const s = scan(net, net.start, at('08:05'));
    const { time, landing } = arrivalAt(net, s, 0);
    const boats = journeyTo(net, s, landing).filter((leg) => leg.kind === 'ferry');
    expect(boats.map((b) => net.conns[b.kind === 'ferry' ? b.conn : -1]?.departs)).toEqual([
      at('08:30'),
    ]);
    const landWalk = net.placeWalk[0 * net.landings.length + landing] ?? Number.NaN;
    expect(time).toBe(at('08:36') + landWalk);
  });

  it('misses a boat it reaches less than the boarding margin before it leaves', () => {
    const town = oneRiver();
    const stops = [{ id: 'far', ...middleOf(town.banks[1]) }];
    const legs = legsFor(town, stops, 5);
    const net = legs.net;
    const walk = net.placeWalk[net.start * net.landings.length + 0] ?? Number.NaN;
    // Leaving so as to reach the landing 4 minutes before the 08:30 boat: too late with 5.
    const late = legs.arrive(net.start, at('08:26') - walk, 0);
    const inTime = legs.arrive(net.start, at('08:25') - walk, 0);
    expect(late).toBeGreaterThan(at('09:00'));
    expect(inTime).toBeLessThan(at('08:45'));
  });

  it('chains boats across two rivers, and across four to the fifth bank', () => {
    const town = riverTown({ banks: 5, random: seeded(3) });
    const stops = town.banks.map((bank, i) => ({ id: `b${i}`, ...middleOf(bank) }));
    const legs = legsFor(town, stops);
    const net = legs.net;
    const t = at('08:00');
    for (const far of [2, 4]) {
      const s = scan(net, net.start, t);
      const { time, landing } = arrivalAt(net, s, far);
      const legsTo = journeyTo(net, s, landing);
      const boats = legsTo.filter((leg) => leg.kind === 'ferry');
      expect(boats).toHaveLength(far);
      expect(time).toBeLessThan(Infinity);
      // Each boat leaves after the one before lands.
      let ready = t;
      for (const leg of legsTo) {
        if (leg.kind !== 'ferry') continue;
        const c = net.conns[leg.conn];
        expect(c?.departs).toBeGreaterThanOrEqual(ready);
        ready = c?.arrives ?? Infinity;
      }
      expect(legs.arrive(net.start, t, far)).toBe(time);
    }
  });

  it('never arrives earlier by leaving later (FIFO), and its memo answers as a fresh scan', () => {
    const random = seeded(11);
    const town = riverTown({ banks: 4, random });
    const stops = households(town, 12, random);
    const legs = legsFor(town, stops);
    const net = legs.net;
    const places = net.places.length;
    for (let q = 0; q < 400; q++) {
      const from = Math.floor(random() * places);
      const to = Math.floor(random() * places);
      const t = at('06:00') + Math.floor(random() * 14 * 60) * MIN + Math.floor(random() * MIN);
      const fresh = arrivalAt(net, scan(net, from, t), to).time;
      const memo = legs.arrive(from, t, to);
      if (net.places[from]?.bank !== net.places[to]?.bank) expect(memo).toBe(fresh);
      expect(legs.arrive(from, t + 7 * MIN, to)).toBeGreaterThanOrEqual(memo);
    }
  });

  it('cannot reach the far bank after the last boat', () => {
    const town = oneRiver();
    const stops = [{ id: 'far', ...middleOf(town.banks[1]) }];
    const legs = legsFor(town, stops);
    const net = legs.net;
    expect(legs.arrive(net.start, at('09:01'), 0)).toBe(Infinity);
    expect(legs.arrive(net.start, at('08:40'), 0)).toBeLessThan(Infinity);
    // Back from the far bank: only the 09:30 boat, boarding 2 minutes before.
    const walk = net.placeWalk[0 * net.landings.length + 1] ?? Number.NaN;
    expect(legs.canReturn(0, at('09:28') - walk)).toBe(true);
    expect(legs.canReturn(0, at('09:28') - walk + 1000)).toBe(false);
  });

  it('rejects a boat on a crossing whose landings are missing, naming the field', () => {
    const town = oneRiver();
    const request = dayRequest(town, [], { landings: town.landings.slice(1) });
    expect(() => buildNetwork(request)).toThrow(PlanInputError);
    try {
      buildNetwork(request);
    } catch (error) {
      expect((error as PlanInputError).field).toMatch(/^connections\.\d+\.crossingId$/);
    }
  });
});
