/** Starts the page's PWA side: the service worker and the install offer. Imported by main.tsx. */
import { listenForInstall } from './install.ts';
import { registerServiceWorker } from './register.ts';

// Production builds only: under `npm run dev` a cached app shell would hide every hot reload.
if (import.meta.env.PROD) {
  registerServiceWorker().catch((error: unknown) => {
    console.error('service worker registration failed', error);
  });
}
listenForInstall();
