/** A feed's services (`calendar.txt` and `calendar_dates.txt`) in the shape devices keep. */
import type { ServiceCalendar } from '../../src/shared/ferry/timetable.ts';
import type { GtfsFeed } from './feed.ts';

/** Every service of the feed by id, its exception dates in ascending order. */
export function serviceCalendars(feed: GtfsFeed): Map<string, ServiceCalendar> {
  const services = new Map<string, ServiceCalendar>();
  const serviceOf = (id: string): ServiceCalendar => {
    let service = services.get(id);
    if (!service) {
      // Only in calendar_dates.txt: it runs on its added dates and no weekly pattern.
      service = { id, weekdays: '0000000', start: null, end: null, added: [], removed: [] };
      services.set(id, service);
    }
    return service;
  };
  for (const c of feed.calendars) {
    Object.assign(serviceOf(c.serviceId), { weekdays: c.weekdays, start: c.start, end: c.end });
  }
  for (const d of feed.calendarDates) {
    const service = serviceOf(d.serviceId);
    (d.exceptionType === 1 ? service.added : service.removed).push(d.date);
  }
  for (const service of services.values()) {
    service.added.sort();
    service.removed.sort();
  }
  return services;
}
