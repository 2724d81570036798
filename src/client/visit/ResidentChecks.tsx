/** The household's registered residents: who was present and verified, who has moved out. */
import type { Resident } from '../../shared/entities.ts';
import { relationKey } from '../households/labels.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { FieldMessage } from './FieldMessage.tsx';
import { toggleMovedOut, togglePresent, type VisitForm } from './formModel.ts';
import { errorFor, type SectionProps } from './section.ts';
import { fieldId } from './validate.ts';

interface ListSpec {
  field: 'presentResidentIds' | 'movedOutResidentIds';
  legend: MessageKey;
  toggle: (form: VisitForm, residentId: string) => VisitForm;
}

const LISTS: readonly ListSpec[] = [
  { field: 'presentResidentIds', legend: 'visit.present', toggle: togglePresent },
  { field: 'movedOutResidentIds', legend: 'visit.movedOut', toggle: toggleMovedOut },
];

/** Two checkbox lists over the same residents; ticking one side unticks the other. */
export function ResidentChecks({
  residents,
  ...props
}: SectionProps & { residents: readonly Resident[] }) {
  if (residents.length === 0) {
    return <p class="visit-section empty">{t('visit.noResidents')}</p>;
  }
  return (
    <>
      {LISTS.map((spec) => (
        <ResidentList key={spec.field} spec={spec} residents={residents} {...props} />
      ))}
    </>
  );
}

function ResidentList({
  spec,
  residents,
  form,
  update,
  errors,
}: SectionProps & { spec: ListSpec; residents: readonly Resident[] }) {
  const error = errorFor(errors, spec.field);
  const ticked = form[spec.field];
  return (
    <fieldset class="visit-section" id={fieldId(spec.field)} tabIndex={-1}>
      <legend>{t(spec.legend)}</legend>
      <ul class="checks">
        {residents.map((resident) => {
          const relation = relationKey(resident.relation);
          return (
            <li key={resident.id}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={ticked.includes(resident.id)}
                  onChange={() => update((f) => spec.toggle(f, resident.id))}
                />
                <span class="check-name">{resident.name}</span>
                <span class="check-note">{relation ? t(relation) : resident.relation}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <FieldMessage error={error} />
    </fieldset>
  );
}
