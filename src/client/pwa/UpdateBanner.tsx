/** "新版本可用 · 更新": the officer decides when the new version replaces the running one. */
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { applyUpdate, updateState } from './register.ts';
import { unsavedInput } from './unsaved.ts';
import { useStore } from './useStore.ts';

/** The banner announcing a waiting version; hidden while there is none. */
export function UpdateBanner() {
  const state = useStore(updateState);
  const dirty = useStore(unsavedInput);
  const [refused, setRefused] = useState(false);
  if (state === 'current') return null;
  const update = () => setRefused(applyUpdate() === 'unsaved');
  return (
    <div class="pwa-notice update-banner" role="status">
      <span class="pwa-notice-text">
        {refused && dirty ? t('pwa.saveFirst') : t('pwa.updateReady')}
      </span>
      <button
        type="button"
        class="pwa-notice-action"
        disabled={state === 'applying'}
        onClick={update}
      >
        {state === 'applying' ? t('pwa.updating') : t('pwa.update')}
      </button>
    </div>
  );
}
