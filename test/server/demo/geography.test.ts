import { describe, expect, it } from 'vitest';
import { bankOutline, bankPoint } from '../../../server/demo/geography.ts';
import {
  bbox,
  pointInPolygon,
  polygonAreaKm2,
  ringsOverlap,
  segmentsCross,
} from '../../../src/shared/geo.ts';
import { byId, groupBy, ringsDistanceKm, station } from './fixture.ts';

const { banks, villages, grids } = station;
const area = (ids: readonly { polygon: [number, number][] }[]) =>
  ids.reduce((sum, g) => sum + polygonAreaKm2(g.polygon), 0);

describe('demo geography', () => {
  it('has 4 or 5 banks, 15 villages, 1 community and 35 grid cells', () => {
    expect(banks.length).toBeGreaterThanOrEqual(4);
    expect(banks.length).toBeLessThanOrEqual(5);
    expect(villages.filter((v) => v.kind === 'village')).toHaveLength(15);
    expect(villages.filter((v) => v.kind === 'community')).toHaveLength(1);
    expect(grids).toHaveLength(35);
    expect(new Set(grids.map((g) => g.id)).size).toBe(35);
  });

  it('covers about 80 km² of land around 22.43 N, 113.14 E', () => {
    const total = area(grids);
    expect(total).toBeGreaterThan(70);
    expect(total).toBeLessThan(90);
    const [west, south, east, north] = bbox(grids.flatMap((g) => g.polygon));
    expect((west + east) / 2).toBeCloseTo(113.14, 1);
    expect((south + north) / 2).toBeCloseTo(22.43, 1);
  });

  it('gives each village 2 or 3 contiguous cells on its own bank, and the community 3 to 5', () => {
    const village = byId(villages);
    for (const [villageId, cells] of groupBy(grids, (g) => g.villageId)) {
      const v = village(villageId);
      expect(cells.length).toBeGreaterThanOrEqual(v.kind === 'community' ? 3 : 2);
      expect(cells.length).toBeLessThanOrEqual(v.kind === 'community' ? 5 : 3);
      for (const cell of cells) expect(cell.bankId).toBe(v.bankId);
      expect(cells[0]?.name).toBe(`${v.name}第1网格`);
      // Cells touch when they share an edge: two consecutive vertices in common.
      const edges = (ring: [number, number][]) =>
        new Set(ring.map((p, i) => `${p}|${ring[(i + 1) % ring.length]}`));
      const touch = (a: [number, number][], b: [number, number][]) => {
        const ea = edges(a);
        return b.some((p, i) => ea.has(`${b[(i + 1) % b.length]}|${p}`));
      };
      const reached = new Set([0]);
      for (let grew = true; grew; ) {
        grew = false;
        cells.forEach((c, i) => {
          if (reached.has(i)) return;
          if ([...reached].some((j) => touch(c.polygon, cells[j]?.polygon ?? []))) {
            reached.add(i);
            grew = true;
          }
        });
      }
      expect(reached.size, `${v.name} is in one piece`).toBe(cells.length);
    }
  });

  it('keeps every grid polygon simple (no edge crosses another)', () => {
    for (const { polygon: ring } of grids) {
      const edge = (i: number) =>
        [ring[i % ring.length] ?? [0, 0], ring[(i + 1) % ring.length] ?? [0, 0]] as const;
      for (let i = 0; i < ring.length; i++) {
        for (let j = i + 2; j < ring.length; j++) {
          expect(segmentsCross(...edge(i), ...edge(j))).toBe(false);
        }
      }
    }
  });

  it('lets no two grid cells overlap', () => {
    for (let i = 0; i < grids.length; i++) {
      for (let j = i + 1; j < grids.length; j++) {
        const a = grids[i];
        const b = grids[j];
        if (a && b) expect(ringsOverlap(a.polygon, b.polygon), `${a.id} and ${b.id}`).toBe(false);
      }
    }
  });

  it('tiles each bank without gaps: cell areas add up to the bank and every point is in one cell', () => {
    for (const bank of banks) {
      const cells = grids.filter((g) => g.bankId === bank.id);
      const outline = polygonAreaKm2(bankOutline(bank.id));
      expect(Math.abs(area(cells) - outline) / outline).toBeLessThan(0.005);
      for (let i = 0; i < 30; i++) {
        for (let j = 0; j < 30; j++) {
          const p = bankPoint(
            bank.id,
            (i + 0.5 + 0.1 * Math.SQRT2) / 30.2,
            (j + 0.5 + 0.1 * Math.PI) / 30.4,
          );
          const holders = grids.filter((g) => pointInPolygon(p, g.polygon));
          expect(holders.map((g) => g.bankId)).toEqual([bank.id]);
        }
      }
    }
  });

  it('separates neighbouring banks by a river 150–400 m wide', () => {
    const outlines = banks.map((b) => bankOutline(b.id));
    const widths: number[] = [];
    outlines.forEach((a, i) => {
      for (const b of outlines.slice(i + 1)) widths.push(ringsDistanceKm(a, b));
    });
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(0.15);
    expect(widths.filter((w) => w <= 0.4).length).toBeGreaterThanOrEqual(banks.length - 1);
  });

  it('puts each village office inside one of its own cells', () => {
    for (const v of villages) {
      const own = grids.filter((g) => g.villageId === v.id);
      expect(
        own.some((g) => pointInPolygon(v.office, g.polygon)),
        v.name,
      ).toBe(true);
    }
  });
});
