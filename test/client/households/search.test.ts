import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  normalize,
  searchHouseholds,
} from '../../../src/client/households/search.ts';
import { household, resident } from '../../device/fixtures.ts';

const households = [
  household('h1', {
    headName: '陈大文',
    addressText: '莲腰村 第三组 12号',
    phone: '138-0013-8000',
  }),
  household('h2', { headName: '李秀英', addressText: '石板沙村 第一组 3号', phone: '13900001111' }),
  household('h3', { headName: '黄志强', addressText: '睦洲社区 振兴路 8号', phone: '13700002222' }),
];
const residents = [
  resident('r1', 'h1', { name: '陈小明', relation: '子女', phone: '15012345678' }),
  resident('r2', 'h2', { name: 'Nguyen Thi Lan', relation: '租客', registration: 'migrant' }),
];
const index = buildSearchIndex(households, residents);
const ids = (query: string, limit?: number) =>
  searchHouseholds(index, query, limit).households.map((h) => h.id);

describe('household search', () => {
  it("search finds a household by a resident's name, by address and by phone", () => {
    expect(ids('陈小明')).toEqual(['h1']);
    expect(ids('石板沙')).toEqual(['h2']);
    expect(ids('13700002222')).toEqual(['h3']);
    expect(ids('15012345678')).toEqual(['h1']);
  });

  it('finds by the head of household and by part of a name', () => {
    expect(ids('李秀英')).toEqual(['h2']);
    expect(ids('陈')).toEqual(['h1']);
  });

  it('ignores case, spaces and dashes in phone numbers and addresses', () => {
    expect(ids('13800138000')).toEqual(['h1']);
    expect(ids('138 0013')).toEqual(['h1']);
    expect(ids('nguyen')).toEqual(['h2']);
    expect(ids('第三组12号')).toEqual(['h1']);
  });

  it('every word of the query must match', () => {
    expect(ids('莲腰村 陈小明')).toEqual(['h1']);
    expect(ids('莲腰村 李秀英')).toEqual([]);
  });

  it('a blank query matches nothing (the list shows groups instead)', () => {
    expect(searchHouseholds(index, '   ')).toEqual({ households: [], total: 0 });
  });

  it('results are capped but the total counts every match, in index order', () => {
    const many = Array.from({ length: 250 }, (_, i) => household(`m${i}`, { headName: `王${i}` }));
    const result = searchHouseholds(buildSearchIndex(many, []), '王', 200);
    expect(result.total).toBe(250);
    expect(result.households).toHaveLength(200);
    expect(result.households[0]?.id).toBe('m0');
  });

  it('a query never matches across two fields', () => {
    // head "陈大文" followed by address "莲腰村": "文莲" spans the boundary.
    expect(ids('文莲')).toEqual([]);
  });

  it('normalize drops separators and lower-cases', () => {
    expect(normalize(' AB-12 (3) ')).toBe('ab123');
  });
});
