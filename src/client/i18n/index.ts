/**
 * Messages and formats in the chosen language. Chinese is the default; the choice is kept in
 * localStorage. Numbers and dates go through Intl with the locale's BCP 47 tag.
 */
import { en } from './en.ts';
import { type MessageKey, type Messages, zh } from './zh.ts';

export type { MessageKey } from './zh.ts';

/** The languages the app speaks. */
export type Locale = 'zh' | 'en';

const CATALOGS: Record<Locale, Messages> = { zh, en };
/** The Intl tag per language; en-GB for day-month-year dates and a 24-hour clock. */
export const LOCALE_TAGS: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };
const STORAGE_KEY = 'ferrybeat.locale';

let current: Locale = readStoredLocale();
const listeners = new Set<(locale: Locale) => void>();

function readStoredLocale(): Locale {
  // Node (unit tests) has no localStorage; private modes may throw on access.
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The current language. */
export function getLocale(): Locale {
  return current;
}

/** Switches language, remembers it, and tells subscribers (the app re-renders). */
export function setLocale(locale: Locale): void {
  current = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered this time; the switch itself still works.
  }
  for (const listener of listeners) listener(locale);
}

/** Calls `listener` on each language switch; returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A message with `{name}` placeholders filled; numbers are formatted for the locale. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = CATALOGS[current][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(id: string, make: () => T): T {
  const key = `${current}:${id}`;
  let format = formats.get(key);
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format as T;
}

/** A number with the locale's grouping, e.g. 14,000. */
export function formatNumber(value: number): string {
  return cached('number', () => new Intl.NumberFormat(LOCALE_TAGS[current])).format(value);
}

/** A calendar date, e.g. 2025年3月4日 or 4 Mar 2025. */
export function formatDate(iso: string): string {
  const format = cached(
    'date',
    () => new Intl.DateTimeFormat(LOCALE_TAGS[current], { dateStyle: 'medium' }),
  );
  return format.format(new Date(iso));
}

/** A date with the time of day, for sync and visit times. */
export function formatDateTime(iso: string): string {
  const format = cached(
    'datetime',
    () =>
      new Intl.DateTimeFormat(LOCALE_TAGS[current], { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return format.format(new Date(iso));
}

/** When something happened, briefly: the time alone today, else the date and the time. */
export function formatClock(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  const format = cached(sameDay ? 'clock' : 'clockDay', () =>
    sameDay
      ? new Intl.DateTimeFormat(LOCALE_TAGS[current], { timeStyle: 'short' })
      : new Intl.DateTimeFormat(LOCALE_TAGS[current], {
          month: 'numeric',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
        }),
  );
  return format.format(at);
}
