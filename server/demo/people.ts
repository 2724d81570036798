/** Households and their residents, one per address slot, with names and ID numbers. */
import type { Household, Resident } from '../../src/shared/entities.ts';
import type { AddressSlot } from './addresses.ts';
import { birthDateForAge, type CalendarDay } from './calendar.ts';
import { type FamilyPlan, type MemberPlan, planFamily } from './families.ts';
import { createIdentityMaker, type IdentityMaker } from './identity.ts';
import type { Rng } from './prng.ts';

/** The register (实有人口): households and the residents living in them. */
export interface Population {
  households: Household[];
  residents: Resident[];
}

// Children under 14 have no phone of their own; some of the very old have none either.
function hasPhone(member: MemberPlan, rng: Rng): boolean {
  if (member.age < 14) return false;
  return member.age < 85 || rng.chance(0.5);
}

function familySurname(plan: FamilyPlan, maker: IdentityMaker): string {
  const head = plan.members[0];
  return maker.surname(head?.registration ?? 'registered');
}

/** Fills every address slot with a household; ids count up in slot order. */
export function populate(slots: readonly AddressSlot[], rng: Rng, today: CalendarDay): Population {
  const maker = createIdentityMaker(rng);
  const population: Population = { households: [], residents: [] };
  let residentNumber = 0;
  slots.forEach((slot, index) => {
    const householdId = `h${String(index + 1).padStart(6, '0')}`;
    const plan = planFamily(rng, slot.community);
    const surname = familySurname(plan, maker);
    // A family comes from one place: kin and spouses share the head's region code.
    const headRegistration = plan.members[0]?.registration ?? 'registered';
    const familyRegion = maker.region(headRegistration);
    const residents = plan.members.map((member): Resident => {
      const birthDate = birthDateForAge(today, member.age, rng.int(1, 364));
      const ownSurname = member.kin ? surname : maker.surname(member.registration);
      const family = member.relation !== '租客' && member.registration === headRegistration;
      const region = family ? familyRegion : maker.region(member.registration);
      return {
        id: `r${String(++residentNumber).padStart(7, '0')}`,
        householdId,
        gridId: slot.gridId,
        name: maker.name(member.sex, ownSurname),
        sex: member.sex,
        birthDate,
        idNumber: maker.idNumber(region, birthDate, member.sex),
        phone: hasPhone(member, rng) ? maker.phone() : null,
        registration: member.registration,
        relation: member.relation,
      };
    });
    population.residents.push(...residents);
    const head = residents[0];
    const headAge = plan.members[0]?.age ?? 0;
    if (!head) throw new Error(`household ${householdId} has no head`);
    population.households.push({
      id: householdId,
      gridId: slot.gridId,
      villageId: slot.villageId,
      address: slot.address,
      addressText: slot.addressText,
      headName: head.name,
      phone: head.phone ?? residents.find((r) => r.phone)?.phone ?? maker.phone(),
      housing: plan.housing,
      elderlyAlone: residents.length === 1 && headAge >= 70,
      location: slot.location,
      residentCount: residents.length,
    });
  });
  return population;
}
