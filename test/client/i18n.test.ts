import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/client/i18n/en.ts';
import {
  formatDate,
  formatNumber,
  getLocale,
  onLocaleChange,
  setLocale,
  t,
} from '../../src/client/i18n/index.ts';
import { zh } from '../../src/client/i18n/zh.ts';

afterEach(() => setLocale('zh'));

describe('i18n', () => {
  it('the English catalog has every Chinese key, and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const value of Object.values(en)) expect(value.trim()).not.toBe('');
  });

  it('both catalogs use the same placeholders per key', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(names(en[key]), key).toEqual(names(zh[key]));
    }
  });

  it('Chinese is the default, and the key labels are the ones officers know', () => {
    expect(getLocale()).toBe('zh');
    expect(t('signIn.username')).toBe('用户名');
    expect(t('signIn.password')).toBe('密码');
    expect(t('signIn.submit')).toBe('登录');
  });

  it('switching language changes messages and tells subscribers', () => {
    const seen: string[] = [];
    const stop = onLocaleChange((locale) => seen.push(locale));
    setLocale('en');
    stop();
    expect(seen).toEqual(['en']);
    expect(t('signIn.submit')).toBe('Log in');
    expect(t('signIn.username')).toBe('Username');
  });

  it('progress figures are grouped the locale way', () => {
    expect(t('sync.progress', { done: 3200, total: 14000 })).toBe('3,200 / 14,000');
    setLocale('en');
    expect(t('sync.progress', { done: 3200, total: 14000 })).toBe('3,200 / 14,000');
    expect(formatNumber(53000)).toBe('53,000');
  });

  it('dates follow the locale', () => {
    expect(formatDate('2025-03-04T12:00:00+08:00')).toContain('2025年3月4日');
    setLocale('en');
    expect(formatDate('2025-03-04T12:00:00+08:00')).toBe('4 Mar 2025');
  });

  it('an unknown placeholder is left visible rather than dropped', () => {
    expect(t('list.total', {})).toBe('共 {count} 户');
  });
});
