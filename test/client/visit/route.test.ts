import { describe, expect, it } from 'vitest';
import { householdHref, parseRoute, visitHref } from '../../../src/client/app/router.ts';

describe('the visit form route', () => {
  it('#/households/<id>/visit opens the visit form; the household stays its own route', () => {
    expect(visitHref('h/1 2')).toBe(`${householdHref('h/1 2')}/visit`);
    expect(parseRoute(visitHref('h/1 2'))).toEqual({ name: 'visit', householdId: 'h/1 2' });
    expect(parseRoute(householdHref('h1'))).toEqual({ name: 'household', id: 'h1' });
    expect(parseRoute('#/households/h1/visit/extra')).toEqual({ name: 'households' });
  });
});
