/** Build-time constants defined in vite.config.ts. */
interface ImportMetaEnv {
  /** `<package.json version>+<build id>`, e.g. `0.1.0+b3ed8d2`. */
  readonly APP_VERSION: string;
}
