/** One resident on the detail screen; the ID number is always shown masked. */
import type { Resident } from '../../shared/entities.ts';
import { maskIdNumber } from '../../shared/idcard.ts';
import { t } from '../i18n/index.ts';
import { ageOn } from './age.ts';
import { relationKey } from './labels.ts';

/** Name, sex, age, relation, registration and the masked ID number. */
export function ResidentItem({ resident, today }: { resident: Resident; today: Date }) {
  const relation = relationKey(resident.relation);
  return (
    <li class="resident">
      <span class="resident-name">{resident.name}</span>
      <span class="resident-facts">
        {t(`sex.${resident.sex}`)}
        {' · '}
        {t('detail.age', { age: ageOn(resident.birthDate, today) })}
        {' · '}
        {relation ? t(relation) : resident.relation}
        {' · '}
        <span class={`registration ${resident.registration}`}>
          {t(`registration.${resident.registration}`)}
        </span>
      </span>
      <span class="resident-id">
        {t('detail.idNumber')} <code>{maskIdNumber(resident.idNumber)}</code>
      </span>
    </li>
  );
}
