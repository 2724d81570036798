import { afterEach, describe, expect, it } from 'vitest';
import { applyUpdate, updateState } from '../../../src/client/pwa/register.ts';
import { hasUnsavedInput, setUnsavedInput, unsavedInput } from '../../../src/client/pwa/unsaved.ts';

describe('unsaved input', () => {
  afterEach(() => {
    setUnsavedInput('visit:a', false);
    setUnsavedInput('visit:b', false);
  });

  it('stays dirty until every form that was dirty has saved', () => {
    expect(hasUnsavedInput()).toBe(false);
    setUnsavedInput('visit:a', true);
    setUnsavedInput('visit:b', true);
    setUnsavedInput('visit:a', false);
    expect(hasUnsavedInput()).toBe(true);
    setUnsavedInput('visit:b', false);
    expect(hasUnsavedInput()).toBe(false);
  });

  it('tells subscribers only when the answer changes', () => {
    const seen: boolean[] = [];
    const stop = unsavedInput.subscribe((dirty) => seen.push(dirty));
    setUnsavedInput('visit:a', true);
    setUnsavedInput('visit:a', true);
    setUnsavedInput('visit:b', true);
    setUnsavedInput('visit:a', false);
    setUnsavedInput('visit:b', false);
    stop();
    expect(seen).toEqual([true, false]);
  });

  it('an update tapped while a visit holds unsaved input does nothing', () => {
    setUnsavedInput('visit:a', true);
    expect(applyUpdate()).toBe('unsaved');
    expect(updateState.get()).toBe('current');
  });
});
