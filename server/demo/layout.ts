/**
 * The town plan, as data: five banks (洲) between the rivers, each cut into columns of grid
 * cells on a 200 m lattice. Cells are numbered in a snake (up the first column, down the next),
 * so any run of consecutive cells is contiguous: villages and officers' beats are such runs.
 */
import type { VillageKind } from '../../src/shared/entities.ts';
import type { PlanePoint } from './plane.ts';

/** A column of cells: its width and its cells' heights from south to north, in lattice steps. */
export interface ColumnPlan {
  width: number;
  rows: number[];
}

/** A village or the community: how many consecutive cells of its bank it takes. */
export interface VillagePlan {
  name: string;
  kind: VillageKind;
  cells: number;
}

/** One bank (island) of the delta. */
export interface BankPlan {
  id: string;
  name: string;
  /** South-west corner on the drawing board, in km. */
  origin: PlanePoint;
  columns: ColumnPlan[];
  villages: VillagePlan[];
  /** Officers' beats: how many consecutive cells each officer of this bank holds (一格一警). */
  beats: number[];
}

const village = (name: string, cells = 2): VillagePlan => ({ name, kind: 'village', cells });

// Rivers 250–400 m wide between banks; land adds up to about 80 km², like the real 79.8 km².
/** The five banks, west to east; the community (town centre) sits on the middle bank. */
export const BANK_PLANS: readonly BankPlan[] = [
  {
    id: 'b1',
    name: '北洲',
    origin: [0, 4.3],
    columns: [
      { width: 7, rows: [8, 8, 7] },
      { width: 9, rows: [6, 9, 8] },
      { width: 8, rows: [12, 11] },
    ],
    villages: [village('龙泉村'), village('新沙村'), village('莲腰村'), village('东向村')],
    beats: [2, 3, 2, 1],
  },
  {
    id: 'b2',
    name: '西南洲',
    origin: [0, 0],
    columns: [
      { width: 9, rows: [10, 10] },
      { width: 7, rows: [7, 7, 6] },
      { width: 8, rows: [6, 7, 7] },
    ],
    villages: [village('南镇村'), village('大城村'), village('沙富村'), village('联和村')],
    beats: [2, 2, 2, 1, 1],
  },
  {
    id: 'b3',
    name: '中洲',
    origin: [5.1, 2.0],
    columns: [
      { width: 7, rows: [9, 9, 8] },
      { width: 8, rows: [7, 6, 6, 7] },
    ],
    villages: [village('牛勒村', 3), { name: '睦洲社区', kind: 'community', cells: 4 }],
    beats: [3, 1, 1, 1, 1],
  },
  {
    id: 'b4',
    name: '东洲',
    origin: [8.35, 4.7],
    columns: [
      { width: 8, rows: [8, 7, 7] },
      { width: 7, rows: [7, 8, 7] },
    ],
    villages: [village('石板沙村'), village('黄布村'), village('小冈村')],
    beats: [3, 2, 1],
  },
  {
    id: 'b5',
    name: '南洲',
    origin: [8.35, 0.8],
    columns: [
      { width: 5, rows: [9, 9] },
      { width: 5, rows: [8, 10] },
      { width: 5, rows: [10, 8] },
    ],
    villages: [village('梅阁村'), village('联兴村'), village('东风村')],
    beats: [2, 2, 2],
  },
];
