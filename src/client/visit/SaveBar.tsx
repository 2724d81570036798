/** The bar stuck to the bottom of the form: what went wrong, 放弃 and 保存. */
import { type MessageKey, t } from '../i18n/index.ts';

/** Discard and save, with the summary of problems or the save failure above them. */
export function SaveBar({
  problems,
  failure,
  saving,
  busy,
  onSave,
  onDiscard,
}: {
  problems: number;
  failure: MessageKey | null;
  saving: boolean;
  busy: boolean;
  onSave: () => void;
  onDiscard: () => void;
}) {
  return (
    <div class="save-bar">
      {failure && (
        <p class="error" role="alert">
          {t(failure)}
        </p>
      )}
      {!failure && problems > 0 && (
        <p class="error" role="alert">
          {t('visit.errorSummary', { count: problems })}
        </p>
      )}
      <div class="save-buttons">
        <button type="button" class="discard" disabled={saving} onClick={onDiscard}>
          {t('visit.discard')}
        </button>
        <button type="button" class="primary save" disabled={saving || busy} onClick={onSave}>
          {saving ? t('visit.saving') : t('visit.save')}
        </button>
      </div>
    </div>
  );
}
