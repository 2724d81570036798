/**
 * Who lives in a household, before names and numbers: relations, sexes, ages, registration.
 * Four shapes: a registered family in its own house, an elderly person living alone, a migrant
 * family renting, and an owner letting rooms to migrant tenants (both 出租屋).
 */
import type { Housing, Registration, Sex } from '../../src/shared/vocabulary.ts';
import type { Rng } from './prng.ts';

/** One member of a household as planned; `kin` members share the head's surname. */
export interface MemberPlan {
  relation: '户主' | '配偶' | '子女' | '父母' | '租客' | '其他';
  sex: Sex;
  age: number;
  registration: Registration;
  kin: boolean;
}

/** A planned household: its members (head first) and its housing. */
export interface FamilyPlan {
  housing: Housing;
  members: MemberPlan[];
}

const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));
const other = (sex: Sex): Sex => (sex === 'male' ? 'female' : 'male');
const anySex = (rng: Rng): Sex => (rng.chance(0.5) ? 'male' : 'female');

function couple(rng: Rng, headAge: number, registration: Registration, spouseChance: number) {
  const sex: Sex = rng.chance(0.8) ? 'male' : 'female';
  const members: MemberPlan[] = [{ relation: '户主', sex, age: headAge, registration, kin: true }];
  if (rng.chance(spouseChance)) {
    const gap = sex === 'male' ? rng.int(-7, 2) : rng.int(-2, 7);
    const spouseRegistration =
      registration === 'registered' && rng.chance(0.05) ? 'migrant' : registration;
    const age = clamp(headAge + gap, 20, 98);
    members.push({
      relation: '配偶',
      sex: other(sex),
      age,
      registration: spouseRegistration,
      kin: false,
    });
  }
  return members;
}

function children(rng: Rng, headAge: number, count: number, registration: Registration) {
  const youngest = Math.max(0, headAge - 45);
  const oldest = headAge - 21;
  if (oldest < youngest) return [];
  return Array.from({ length: count }, (): MemberPlan => {
    const age = rng.int(youngest, oldest);
    return { relation: '子女', sex: anySex(rng), age, registration, kin: true };
  });
}

function tenants(rng: Rng, count: number): MemberPlan[] {
  return Array.from({ length: count }, () => ({
    relation: '租客' as const,
    sex: anySex(rng),
    age: rng.int(18, 52),
    registration: 'migrant' as const,
    kin: false,
  }));
}

function ownedFamily(rng: Rng): FamilyPlan {
  const headAge = rng.int(28, 84);
  const members = couple(rng, headAge, 'registered', headAge > 75 ? 0.6 : 0.88);
  const childCount = headAge < 36 ? rng.int(1, 2) : headAge < 62 ? rng.int(1, 3) : rng.int(0, 2);
  members.push(...children(rng, headAge, childCount, 'registered'));
  if (headAge < 56 && rng.chance(0.55)) {
    const parentAge = Math.min(96, headAge + rng.int(24, 34));
    members.push({
      relation: '父母',
      sex: 'male',
      age: parentAge,
      registration: 'registered',
      kin: true,
    });
    if (rng.chance(0.6)) {
      const age = clamp(parentAge - rng.int(0, 5), headAge + 18, 96);
      members.push({
        relation: '父母',
        sex: 'female',
        age,
        registration: 'registered',
        kin: false,
      });
    }
  }
  if (headAge >= 58 && rng.chance(0.3)) {
    members.push({
      relation: '其他',
      sex: anySex(rng),
      age: rng.int(0, 14),
      registration: 'registered',
      kin: true,
    });
  }
  return { housing: 'owned', members };
}

function migrantFamily(rng: Rng): FamilyPlan {
  const headAge = rng.int(21, 55);
  const members = couple(rng, headAge, 'migrant', 0.8);
  members.push(...children(rng, headAge, rng.int(0, 3), 'migrant'));
  if (rng.chance(0.3)) members.push(...tenants(rng, rng.int(1, 2)));
  return { housing: 'rented', members };
}

function ownerLetsRooms(rng: Rng): FamilyPlan {
  const members = couple(rng, rng.int(40, 78), 'registered', 0.75);
  members.push(...tenants(rng, rng.int(2, 5)));
  return { housing: 'rented', members };
}

function elderlyAlone(rng: Rng): FamilyPlan {
  const sex: Sex = rng.chance(0.35) ? 'male' : 'female';
  const head: MemberPlan = {
    relation: '户主',
    sex,
    age: rng.int(70, 95),
    registration: 'registered',
    kin: true,
  };
  return { housing: 'owned', members: [head] };
}

/** Plans one household; the community rents out more rooms than the villages. */
export function planFamily(rng: Rng, community: boolean): FamilyPlan {
  const roll = rng.next();
  const alone = 0.06;
  const rented = community ? 0.26 : 0.1;
  if (roll < alone) return elderlyAlone(rng);
  if (roll < alone + rented) return rng.chance(0.65) ? migrantFamily(rng) : ownerLetsRooms(rng);
  return ownedFamily(rng);
}
