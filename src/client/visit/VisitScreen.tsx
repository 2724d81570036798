/**
 * The visit form (记录走访) for one household. The form is saved as a draft while it is filled;
 * 保存 validates, then `recordVisit` commits outbox entry, photos and the draft's removal in
 * one transaction, and only once that has resolved does the household screen say 已保存在本机.
 */
import { useEffect, useState } from 'preact/hooks';
import { discardDraft } from '../../device/db/drafts.ts';
import { householdById } from '../../device/db/households.ts';
import { residentsOf } from '../../device/db/residents.ts';
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { recordVisit } from '../../device/outbox/record.ts';
import type { Household, Resident } from '../../shared/entities.ts';
import { BackButton } from '../app/BackButton.tsx';
import { goBack, householdHref, type RouteState, visitHref } from '../app/router.ts';
import { useServices } from '../app/services.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { AntiFraudField } from './AntiFraudField.tsx';
import { FollowUpSwitch, NotesField, TimeField, TopicChips } from './DetailFields.tsx';
import { announceVisitSaved } from './events.ts';
import { hasInput, type VisitForm } from './formModel.ts';
import { LocationField } from './LocationField.tsx';
import { NewResidentRows } from './NewResidentRows.tsx';
import { OutcomeField } from './OutcomeField.tsx';
import { PhotoField } from './PhotoField.tsx';
import { ResidentChecks } from './ResidentChecks.tsx';
import { SaveBar } from './SaveBar.tsx';
import { isQuotaError } from './storageError.ts';
import { useVisitDraft, type VisitDraft } from './useVisitDraft.ts';
import { fieldId, toVisitInput, validateVisitForm } from './validate.ts';

interface Target {
  household: Household | null;
  residents: Resident[];
}

async function readTarget(db: FerryBeatDB, id: string): Promise<Target> {
  const [household, residents] = await Promise.all([householdById(db, id), residentsOf(db, id)]);
  return { household: household ?? null, residents };
}

/** The screen at `#/households/<id>/visit`. */
export function VisitScreen({ householdId, userId }: { householdId: string; userId: string }) {
  const { db } = useServices();
  const target = useLiveQuery(() => readTarget(db, householdId), [db, householdId]);
  const draft = useVisitDraft(db, householdId, userId);
  useEffect(() => window.scrollTo(0, 0), [householdId]);

  return (
    <main class="screen visit-screen">
      <BackButton fallback={householdHref(householdId)} label={t('detail.back')} />
      {target === undefined || draft.form === null ? (
        <p>{t('app.loading')}</p>
      ) : target.household === null ? (
        <p class="empty">{t('detail.notFound')}</p>
      ) : (
        <VisitFormView
          db={db}
          userId={userId}
          household={target.household}
          residents={target.residents}
          form={draft.form}
          draft={draft}
        />
      )}
    </main>
  );
}

function VisitFormView({
  db,
  userId,
  household,
  residents,
  form,
  draft,
}: {
  db: FerryBeatDB;
  userId: string;
  household: Household;
  residents: Resident[];
  form: VisitForm;
  draft: VisitDraft;
}) {
  const { update } = draft;
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  // Shown once a save has been tried, and then kept current as the officer fixes things.
  const errors = submitted ? validateVisitForm(form, new Date()) : [];
  const section = { form, update, errors };

  const save = async () => {
    const problems = validateVisitForm(form, new Date());
    setSubmitted(true);
    setFailure(null);
    const first = problems[0];
    if (first) {
      const element = document.getElementById(fieldId(first.field));
      element?.focus({ preventScroll: true });
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return;
    }
    draft.close();
    setSaving(true);
    try {
      const input = toVisitInput(
        form,
        household.id,
        residents.map((r) => r.id),
      );
      const entry = await recordVisit(db, input, { userId });
      announceVisitSaved(entry.id);
      leaveForm(household.id, { savedVisitId: entry.id });
    } catch (error) {
      console.error('saving the visit failed', error);
      setFailure(isQuotaError(error) ? 'visit.error.quota' : 'visit.error.save');
      setSaving(false);
      draft.reopen();
    }
  };

  const discard = async () => {
    if (hasInput(form) && !window.confirm(t('visit.discardConfirm'))) return;
    draft.close();
    await discardDraft(db, household.id).catch((error: unknown) =>
      console.error('discarding the visit draft failed', error),
    );
    leaveForm(household.id);
  };

  return (
    <form
      class="visit-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <h2 class="visit-title">{t('visit.title')}</h2>
      <p class="visit-household">
        {household.addressText} · {household.headName}
      </p>
      {draft.restored && (
        <p class="notice" role="status">
          {t('visit.restored')}
        </p>
      )}
      {draft.draftError !== null && (
        <p class="notice" role="alert">
          {t(isQuotaError(draft.draftError) ? 'visit.error.draftQuota' : 'visit.error.draft')}
        </p>
      )}
      {/* Disabled while saving: an edit made then would not be in the saved record. */}
      <fieldset class="visit-fields" disabled={saving}>
        <OutcomeField {...section} />
        <ResidentChecks residents={residents} {...section} />
        <NewResidentRows {...section} />
        <AntiFraudField {...section} />
        <TopicChips {...section} />
        <NotesField {...section} />
        <FollowUpSwitch {...section} />
        <TimeField {...section} />
        <LocationField {...section} />
        <PhotoField onBusy={setBusy} {...section} />
      </fieldset>
      <SaveBar
        problems={errors.length}
        failure={failure}
        saving={saving}
        busy={busy}
        onSave={() => void save()}
        onDiscard={() => void discard()}
      />
    </form>
  );
}

/**
 * Back to the household once a save or a discard is done, unless the officer already left the
 * form while it ran (a back gesture): going back then would leave the household screen too.
 */
function leaveForm(householdId: string, state?: RouteState): void {
  if (location.hash !== visitHref(householdId)) return;
  goBack(householdHref(householdId), state);
}
