/** The sign-in screen: username, password, device name; a message per failure. */
import { useState } from 'preact/hooks';
import { isAuthExpired } from '../../device/sync/errors.ts';
import { t } from '../i18n/index.ts';
import { AppHeader } from '../shell/AppHeader.tsx';
import { login } from '../sync/login.ts';
import { loadDatabase } from './database.ts';
import { rememberDeviceName, rememberedDeviceName } from './deviceName.ts';
import { signInErrorMessage } from './errorMessage.ts';
import { useAppServices } from './services.ts';
import { useSyncState } from './useSyncState.ts';

/** Signs in, then starts a pull (the first-sync screen follows, or the kept list is refreshed). */
export function SignIn() {
  const services = useAppServices();
  const sync = useSyncState(services.runner);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState(rememberedDeviceName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!username.trim() || !password) return setError('signIn.required');
    setBusy(true);
    setError(null);
    try {
      const credentials = { username: username.trim(), password, deviceName: deviceName.trim() };
      const { db } = await loadDatabase();
      await login({ db, api: services.api }, credentials);
      rememberDeviceName(credentials.deviceName);
      void services.runner.start();
    } catch (caught) {
      setError(signInErrorMessage(caught));
      setBusy(false);
    }
  };

  // An expired login lands here from a pull; say so, and that the data is still on the phone.
  const notice = !error && isAuthExpired(sync.error) ? t('signIn.expired') : null;
  return (
    <>
      <AppHeader title={t('app.title')} />
      <main class="screen sign-in">
        <h2>{t('signIn.title')}</h2>
        <form onSubmit={submit} noValidate>
          <label class="field">
            <span>{t('signIn.username')}</span>
            <input
              name="username"
              autocomplete="username"
              autocapitalize="none"
              value={username}
              onInput={(e) => setUsername(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('signIn.password')}</span>
            <input
              name="password"
              type="password"
              autocomplete="current-password"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('signIn.deviceName')}</span>
            <input
              name="deviceName"
              value={deviceName}
              aria-describedby="device-hint"
              onInput={(e) => setDeviceName(e.currentTarget.value)}
            />
            <small id="device-hint">{t('signIn.deviceHint')}</small>
          </label>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          {notice && (
            <p class="notice" role="status">
              {notice}
            </p>
          )}
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
      </main>
    </>
  );
}
