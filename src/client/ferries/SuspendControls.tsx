/**
 * The leader's controls on a crossing's card: stop it for a while (停航: fog, typhoon, repairs)
 * or reopen it. This needs the network (the station decides, not one phone); the change then
 * reaches every device, this one included, at its next pull, which is started at once.
 */
import { useState } from 'preact/hooks';
import type { SessionRecord } from '../../device/db/schema.ts';
import { OfflineError } from '../../device/sync/errors.ts';
import type { Crossing } from '../../shared/entities.ts';
import {
  SUSPENSION_REASONS,
  type Suspension,
  type SuspensionReason,
} from '../../shared/ferry/timetable.ts';
import { uuidv7 } from '../../shared/uuidv7.ts';
import { useServices } from '../app/services.ts';
import { t } from '../i18n/index.ts';

/** How long a new suspension lasts, in hours; null: until reopened. */
const DURATIONS = [1, 2, 4, 8, null] as const;

/** Stop/reopen for `crossing`; `active` are its suspensions in force or coming today. */
export function SuspendControls({
  crossing,
  active,
  session,
}: {
  crossing: Crossing;
  active: readonly Suspension[];
  session: SessionRecord;
}) {
  const { api, runner } = useServices();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<SuspensionReason>('fog');
  const [hours, setHours] = useState<number | null>(2);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await call();
      setOpen(false);
      setNote('');
      void runner.start();
    } catch (failure) {
      setError(t(failure instanceof OfflineError ? 'ferry.suspendOffline' : 'ferry.suspendFailed'));
    } finally {
      setBusy(false);
    }
  };
  const suspend = () => {
    const now = Date.now();
    return run(() =>
      api.suspendCrossing(session.token, {
        id: uuidv7(now),
        crossingId: crossing.id,
        from: new Date(now).toISOString(),
        until: hours === null ? null : new Date(now + hours * 3_600_000).toISOString(),
        reason,
        note: note.trim(),
      }),
    );
  };

  return (
    <div class="suspend-controls">
      {active.map((s) => (
        <button
          key={s.id}
          type="button"
          class="reopen"
          disabled={busy}
          onClick={() => void run(() => api.reopenCrossing(session.token, s.id))}
        >
          {t('ferry.reopen')}
        </button>
      ))}
      {!open ? (
        <button type="button" class="link suspend-open" onClick={() => setOpen(true)}>
          {t('ferry.suspend')}
        </button>
      ) : (
        <form
          class="suspend-form"
          onSubmit={(e) => {
            e.preventDefault();
            void suspend();
          }}
        >
          <label>
            {t('ferry.suspendReason')}
            <select
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value as SuspensionReason)}
            >
              {SUSPENSION_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`ferry.reason.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ferry.suspendFor')}
            <select
              value={hours === null ? '' : String(hours)}
              onChange={(e) =>
                setHours(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))
              }
            >
              {DURATIONS.map((h) => (
                <option key={String(h)} value={h === null ? '' : String(h)}>
                  {h === null ? t('ferry.untilReopened') : t('ferry.hours', { hours: h })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ferry.suspendNote')}
            <input
              type="text"
              maxLength={200}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          <div class="suspend-actions">
            <button type="submit" class="primary" disabled={busy}>
              {t('ferry.suspendConfirm')}
            </button>
            <button type="button" class="link" onClick={() => setOpen(false)}>
              {t('ferry.suspendCancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
