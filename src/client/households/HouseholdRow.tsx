/** One household in the list: address, head, resident count, tags; taps open the detail. */
import type { Household } from '../../shared/entities.ts';
import { pure } from '../app/pure.ts';
import { householdHref } from '../app/router.ts';
import { t } from '../i18n/index.ts';

/** An `<li data-household-id>` holding one link to the household; renders only when it changes. */
export const HouseholdRow = pure(function HouseholdRow({ household }: { household: Household }) {
  return (
    <li class="household" data-household-id={household.id}>
      <a href={householdHref(household.id)}>
        <span class="household-address">{household.addressText}</span>
        <span class="household-line">
          <span class="household-head">{household.headName}</span>
          <span class="household-count">
            {t('row.residents', { count: household.residentCount })}
          </span>
          <HouseholdTags household={household} />
        </span>
      </a>
    </li>
  );
});

/** The 出租屋 / 独居老人 tags of a household. */
export function HouseholdTags({ household }: { household: Household }) {
  return (
    <>
      {household.housing === 'rented' && <span class="tag tag-rented">{t('tag.rented')}</span>}
      {household.elderlyAlone && <span class="tag tag-elderly">{t('tag.elderlyAlone')}</span>}
    </>
  );
}
