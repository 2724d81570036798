/** Time as the protocol writes it: ISO 8601 with the device's own offset, e.g. +08:00. */

/** `date` as `YYYY-MM-DDTHH:MM:SS±HH:MM` in a zone `offsetMinutes` east of UTC. */
export function isoWithOffset(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}
