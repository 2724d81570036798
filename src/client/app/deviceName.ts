/**
 * The device name sent at sign-in, shown to the leader among synced devices. Kept in
 * localStorage (not personal data, and it survives sign-out) so a phone keeps one name.
 */
const STORAGE_KEY = 'ferrybeat.deviceName';

/** The phone's platform from a user-agent string: "Android", "iPhone", ... or "Browser". */
export function platformOf(userAgent: string): string {
  const known = ['Android', 'iPhone', 'iPad', 'HarmonyOS', 'Windows', 'Macintosh', 'Linux'];
  const found = known.find((name) => userAgent.includes(name)) ?? 'Browser';
  return found === 'Macintosh' ? 'Mac' : found;
}

/** The remembered device name, or a new one like "Android-4f2a" (a suffix tells phones apart). */
export function rememberedDeviceName(): string {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored) return stored;
  const suffix = crypto.getRandomValues(new Uint16Array(1))[0]?.toString(16).padStart(4, '0');
  return `${platformOf(navigator.userAgent)}-${suffix ?? '0000'}`;
}

/** Remembers the name used at a successful sign-in. */
export function rememberDeviceName(name: string): void {
  localStorage.setItem(STORAGE_KEY, name);
}
