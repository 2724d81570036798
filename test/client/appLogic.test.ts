import { describe, expect, it } from 'vitest';
import { platformOf } from '../../src/client/app/deviceName.ts';
import { signInErrorKey, syncErrorKey } from '../../src/client/app/errorMessage.ts';
import { householdHref, parseRoute } from '../../src/client/app/router.ts';
import { lazyApi } from '../../src/client/sync/lazyApi.ts';
import { OfflineError } from '../../src/device/sync/errors.ts';
import { ApiError } from '../../src/shared/errors.ts';
import { scriptedApi } from '../device/fixtures.ts';

describe('routes', () => {
  it('reads the list and a household from the hash; anything else is the list', () => {
    expect(parseRoute('#/households')).toEqual({ name: 'households' });
    expect(parseRoute('')).toEqual({ name: 'households' });
    expect(parseRoute('#/nope')).toEqual({ name: 'households' });
    expect(parseRoute(householdHref('h/1 2'))).toEqual({ name: 'household', id: 'h/1 2' });
  });
});

describe('error messages', () => {
  it('sign-in tells wrong password, throttling and no network apart', () => {
    expect(signInErrorKey(new ApiError('E_AUTH', 'x', 401))).toBe('error.wrongPassword');
    expect(signInErrorKey(new ApiError('E_THROTTLED', 'x', 429))).toBe('error.throttled');
    expect(signInErrorKey(new OfflineError())).toBe('error.offlineSignIn');
    expect(signInErrorKey(new ApiError('E_INTERNAL', 'x', 500))).toBe('error.server');
  });

  it('on sync, E_AUTH means the login expired', () => {
    expect(syncErrorKey(new ApiError('E_AUTH', 'x', 401))).toBe('signIn.expired');
    expect(syncErrorKey(new OfflineError())).toBe('error.offlineSync');
  });
});

describe('device name', () => {
  it('names the platform from the user agent', () => {
    expect(platformOf('Mozilla/5.0 (Linux; Android 13; M2012K11AC) AppleWebKit')).toBe('Android');
    expect(platformOf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)')).toBe('iPhone');
    expect(platformOf('curl/8')).toBe('Browser');
  });
});

describe('lazy api', () => {
  it('loads the client once, and a failed load is an offline error that can be retried', async () => {
    let loads = 0;
    const inner = scriptedApi([]);
    const api = lazyApi(async () => {
      loads++;
      if (loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return inner;
    });
    await expect(api.logout('t')).rejects.toBeInstanceOf(OfflineError);
    await api.logout('t');
    await api.logout('t');
    expect(loads).toBe(2);
  });
});
