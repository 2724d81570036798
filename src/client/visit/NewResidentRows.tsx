/** 新发现的居民: rows of name, sex, phone and note for people not on the register yet. */
import { SEXES } from '../../shared/vocabulary.ts';
import { t } from '../i18n/index.ts';
import { FieldMessage, messageId } from './FieldMessage.tsx';
import {
  addNewResident,
  MAX_NEW_NAME,
  MAX_NEW_NOTE,
  MAX_NEW_RESIDENTS,
  type NewResidentRow,
  removeNewResident,
  updateNewResident,
} from './formModel.ts';
import { errorFor, type SectionProps } from './section.ts';
import { fieldId } from './validate.ts';

/** The rows and the button that adds one (focusing its name field). */
export function NewResidentRows({ form, update, errors }: SectionProps) {
  const add = () => {
    update(addNewResident);
    // After the render that adds the row: the officer types the name straight away.
    requestAnimationFrame(() => {
      const inputs = document.querySelectorAll<HTMLInputElement>('.new-resident .new-name');
      inputs[inputs.length - 1]?.focus();
    });
  };
  return (
    <fieldset class="visit-section" id={fieldId('newResidents')}>
      <legend>{t('visit.newResidents')}</legend>
      {form.newResidents.map((row, i) => (
        <Row key={row.key} row={row} n={i + 1} form={form} update={update} errors={errors} />
      ))}
      {form.newResidents.length < MAX_NEW_RESIDENTS && (
        <button type="button" class="add-row" onClick={add}>
          + {t('visit.newResidentAdd')}
        </button>
      )}
    </fieldset>
  );
}

function Row({ row, n, update, errors }: SectionProps & { row: NewResidentRow; n: number }) {
  const field = (name: string) => `newResidents.${row.key}.${name}`;
  const edit = (change: Partial<Omit<NewResidentRow, 'key'>>) =>
    update((f) => updateNewResident(f, row.key, change));
  const input = (name: 'name' | 'phone' | 'note') => {
    const error = errorFor(errors, field(name));
    return {
      id: fieldId(field(name)),
      value: row[name],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? messageId(field(name)) : undefined,
      onInput: (e: Event) => edit({ [name]: (e.currentTarget as HTMLInputElement).value }),
    };
  };
  return (
    <fieldset class="new-resident">
      <legend>{t('visit.newResidentN', { n })}</legend>
      <button
        type="button"
        class="remove"
        aria-label={t('visit.newResidentRemove', { n })}
        onClick={() => update((f) => removeNewResident(f, row.key))}
      >
        ×
      </button>
      <label class="field">
        {t('visit.newName')}
        <input class="new-name" maxLength={MAX_NEW_NAME} autoComplete="off" {...input('name')} />
      </label>
      <FieldMessage error={errorFor(errors, field('name'))} />
      <div class="sex-choices" role="radiogroup" aria-label={t('visit.newSex')}>
        {([...SEXES, ''] as const).map((sex) => (
          <label key={sex} class="choice small">
            <input
              type="radio"
              name={`sex-${row.key}`}
              checked={row.sex === sex}
              onChange={() => edit({ sex })}
            />
            <span>{t(sex === '' ? 'visit.sexUnknown' : `sex.${sex}`)}</span>
          </label>
        ))}
      </div>
      <label class="field">
        {t('visit.newPhone')}
        <input type="tel" inputMode="tel" autoComplete="off" maxLength={20} {...input('phone')} />
      </label>
      <FieldMessage error={errorFor(errors, field('phone'))} />
      <label class="field">
        {t('visit.newNote')}
        <input maxLength={MAX_NEW_NOTE} autoComplete="off" {...input('note')} />
      </label>
      <FieldMessage error={errorFor(errors, field('note'))} />
    </fieldset>
  );
}
