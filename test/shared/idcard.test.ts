import { describe, expect, it } from 'vitest';
import { idCheckDigit, isValidIdNumber, maskIdNumber } from '../../src/shared/idcard.ts';

describe('ID numbers (GB 11643)', () => {
  it('computes the check character of a known number, including X', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(idCheckDigit('44070519900101001')).toMatch(/^[\dX]$/);
  });

  it('accepts a known valid number', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });

  it('rejects a number with one digit changed', () => {
    expect(isValidIdNumber('11010519491231003X')).toBe(false);
    expect(isValidIdNumber('21010519491231002X')).toBe(false);
  });

  it('rejects wrong lengths, letters and impossible birth dates', () => {
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(isValidIdNumber('11010519491231002XX')).toBe(false);
    expect(isValidIdNumber('1101051949123100AX')).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
    const feb30 = '44070519900230001';
    expect(isValidIdNumber(feb30 + idCheckDigit(feb30))).toBe(false);
    const feb29 = '44070520000229001';
    expect(isValidIdNumber(feb29 + idCheckDigit(feb29))).toBe(true);
  });

  it('refuses to compute a check character from anything but 17 digits', () => {
    expect(() => idCheckDigit('1234')).toThrow();
  });

  it('masks all but the last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('**************002X');
  });
});
