/**
 * Offering to install the app: Chromium's `beforeinstallprompt` behind our own button, or on
 * iOS, which has no such event, a short guide to Safari's Add to Home Screen. Nothing is
 * offered inside the installed app, and a dismissal is remembered.
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

/** The current offer, for the install notice. */
export const installOffer = createStore<InstallOffer>('none');

const DISMISSED_KEY = 'ferrybeat.installDismissed';
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
  if (isIos(navigator) && !wasDismissed()) installOffer.set('ios-guide');
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keep Chrome's own mini-infobar away; the officer installs from our button instead.
    event.preventDefault();
    deferredPrompt = event as BeforeInstallPromptEvent;
    if (!wasDismissed()) installOffer.set('prompt');
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

/** Hides the offer on this phone for good (the browser menu can still install). */
export function dismissInstall(): void {
  installOffer.set('none');
  try {
    localStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // Private mode: hidden for this visit only.
  }
}

function wasDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}
