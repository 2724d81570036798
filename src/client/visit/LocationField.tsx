/** 位置: a GPS fix taken when the form opens, its accuracy, and a retry after a failure. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { GeoFix } from '../../shared/entities.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { type LocateFailure, locate } from './locate.ts';
import type { SectionProps } from './section.ts';

type Status = 'locating' | 'ok' | LocateFailure;

const FAILURES: Record<LocateFailure, MessageKey> = {
  denied: 'visit.locationDenied',
  timeout: 'visit.locationTimeout',
  unavailable: 'visit.locationUnavailable',
  unsupported: 'visit.locationUnsupported',
};

/** Asks for a fix on opening (unless the draft has one) and on the retry button. */
function useGeoFix(hasFix: boolean, onFix: (fix: GeoFix) => void) {
  const [status, setStatus] = useState<Status>(hasFix ? 'ok' : 'locating');
  const live = useRef(true);
  const request = useCallback(() => {
    setStatus('locating');
    void locate().then((result) => {
      if (!live.current) return;
      if (result.ok) onFix(result.fix);
      setStatus(result.ok ? 'ok' : result.reason);
    });
  }, [onFix]);
  useEffect(() => {
    live.current = true;
    if (!hasFix) request();
    return () => {
      live.current = false;
    };
  }, []);
  return { status, request };
}

/** The fix's accuracy ("±12 m"), or why there is none; the visit saves either way. */
export function LocationField({ form, update }: SectionProps) {
  const onFix = useCallback((location: GeoFix) => update((f) => ({ ...f, location })), [update]);
  const { status, request } = useGeoFix(form.location !== null, onFix);
  const fix = form.location;
  return (
    <div class="visit-section location">
      <span class="location-label">{t('visit.location')}</span>
      <p class="location-status" role="status" data-status={status}>
        {status === 'locating'
          ? t('visit.locating')
          : status === 'ok' && fix
            ? t('visit.locationFix', { accuracy: Math.round(fix.accuracy) })
            : status !== 'ok'
              ? t(FAILURES[status])
              : ''}
      </p>
      {status !== 'locating' && status !== 'unsupported' && (
        <button type="button" class="locate" onClick={request}>
          {t('visit.locate')}
        </button>
      )}
    </div>
  );
}
