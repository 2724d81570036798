/** This build's version: `package.json`'s version and a build id (see vite.config.ts). */
export const APP_VERSION: string = import.meta.env.APP_VERSION ?? 'dev';
