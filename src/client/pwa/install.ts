/**
 * Offering to install the app: Chromium's `beforeinstallprompt` behind our own button, or on
 * iOS, which has no such event, a short guide to Safari's Add to Home Screen. Nothing is
 * offered inside the installed app. The offer shows as a card on the household list until the
 * officer says "later", which is remembered for a week (installing is what makes the app open
 * on the river, so it is asked again); 我的 offers it whenever the browser can install.
 */
import { createStore } from './store.ts';

/** Chromium's install prompt event (not in TypeScript's DOM lib).
 * https://developer.mozilla.org/docs/Web/API/BeforeInstallPromptEvent */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** What to offer: nothing, the install button, or the iOS guide. */
export type InstallOffer = 'none' | 'prompt' | 'ios-guide';

/** What the browser can do now, for 我的 and the card. */
export const installOffer = createStore<InstallOffer>('none');

/** Whether the officer said "later" less than `SNOOZE_MS` ago; the card then stays away. */
export const installSnoozed = createStore<boolean>(false);

/** How long "later" keeps the card away. */
const SNOOZE_MS = 7 * 24 * 60 * 60 * 1000;

const LATER_KEY = 'ferrybeat.installLater';
/** Before the snooze, "later" hid the offer for good; such a phone starts a snooze from now. */
const OLD_DISMISSED_KEY = 'ferrybeat.installDismissed';
let deferredPrompt: BeforeInstallPromptEvent | null = null;

/** The parts of `navigator` that tell an iPhone or iPad. */
export type DeviceHints = Pick<Navigator, 'userAgent' | 'platform' | 'maxTouchPoints'>;

/** Whether this is iOS or iPadOS, where every browser installs through Add to Home Screen. */
export function isIos({ userAgent, platform, maxTouchPoints }: DeviceHints): boolean {
  // iPadOS 13+ calls itself a Mac; only its touch screen gives it away.
  return /iPad|iPhone|iPod/.test(userAgent) || (platform === 'MacIntel' && maxTouchPoints > 1);
}

/** Whether the app runs installed (from the home screen) rather than in a browser tab. */
export function isStandalone(): boolean {
  // iOS Safari reports home screen apps only through its own `navigator.standalone`.
  const iosStandalone = (navigator as { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia('(display-mode: standalone)').matches;
}

/** Starts listening for the browser's install offer; call once at start. */
export function listenForInstall(): void {
  if (isStandalone()) return;
  installSnoozed.set(isSnoozed(Date.now()));
  if (isIos(navigator)) installOffer.set('ios-guide');
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keep Chrome's own mini-infobar away; the officer installs from our button instead.
    event.preventDefault();
    deferredPrompt = event as BeforeInstallPromptEvent;
    installOffer.set('prompt');
  });
  window.addEventListener('appinstalled', () => {
    deferredPrompt = null;
    installOffer.set('none');
  });
}

/** Shows the browser's install dialog; the event can be used only once. */
export async function promptInstall(): Promise<void> {
  const event = deferredPrompt;
  deferredPrompt = null;
  installOffer.set('none');
  if (!event) return;
  await event.prompt();
  await event.userChoice;
}

/** "Later": the card stays away for a week on this phone (我的 still offers to install). */
export function snoozeInstall(now: number = Date.now()): void {
  installSnoozed.set(true);
  try {
    localStorage.setItem(LATER_KEY, String(now + SNOOZE_MS));
  } catch {
    // Private mode: hidden for this visit only.
  }
}

/** Whether a "later" said on this phone still holds at `now`. */
function isSnoozed(now: number): boolean {
  try {
    if (localStorage.getItem(OLD_DISMISSED_KEY) === '1') {
      localStorage.removeItem(OLD_DISMISSED_KEY);
      localStorage.setItem(LATER_KEY, String(now + SNOOZE_MS));
    }
    return Number(localStorage.getItem(LATER_KEY) ?? 0) > now;
  } catch {
    return false;
  }
}
