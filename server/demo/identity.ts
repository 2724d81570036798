/**
 * Names, ID numbers and mobile numbers for generated people. ID numbers and phones are unique
 * across the station, as real ones are, so lookups by them in the app behave.
 */

import { idCheckDigit } from '../../src/shared/idcard.ts';
import type { Registration, Sex } from '../../src/shared/vocabulary.ts';
import { FEMALE_CHARS, MALE_CHARS, MIGRANT_SURNAMES, SURNAMES } from './names.ts';
import type { Rng } from './prng.ts';

// Region codes (first six digits): Xinhui district for most registered residents, the rest of
// Jiangmen for some; migrants from Guangxi, Hunan, Sichuan, Guizhou and western Guangdong.
const REGISTERED_REGIONS: readonly (readonly [string, number])[] = [
  ['440705', 90],
  ['440703', 2],
  ['440704', 2],
  ['440781', 2],
  ['440783', 2],
  ['440785', 2],
];
const MIGRANT_REGIONS: readonly (readonly [string, number])[] = [
  ['450881', 5],
  ['450921', 4],
  ['450802', 3],
  ['451025', 2],
  ['430524', 3],
  ['431124', 2],
  ['430381', 2],
  ['511623', 3],
  ['510322', 2],
  ['513030', 2],
  ['520502', 2],
  ['522635', 1],
  ['440882', 2],
  ['445281', 2],
];
const MOBILE_PREFIXES = [
  ...'130 131 132 133 135 136 137 138 139 150 151 152 155 157 158 159 180 181 186 187 188 189 191 195 199'.split(
    ' ',
  ),
];

/** Makes names, ID numbers and phones, never the same ID number or phone twice. */
export interface IdentityMaker {
  surname(registration: Registration): string;
  name(sex: Sex, surname: string): string;
  region(registration: Registration): string;
  idNumber(region: string, birthDate: string, sex: Sex): string;
  phone(): string;
}

/** An identity maker drawing from `rng`. */
export function createIdentityMaker(rng: Rng): IdentityMaker {
  const idNumbers = new Set<string>();
  const phones = new Set<string>();
  const digits = (count: number): string => {
    let text = '';
    for (let i = 0; i < count; i++) text += String(rng.int(0, 9));
    return text;
  };
  return {
    surname: (registration) =>
      rng.weighted(registration === 'migrant' ? MIGRANT_SURNAMES : SURNAMES),
    name: (sex, surname) => {
      const chars = sex === 'male' ? MALE_CHARS : FEMALE_CHARS;
      const given = rng.chance(0.25) ? rng.pick(chars) : rng.pick(chars) + rng.pick(chars);
      return surname + given;
    },
    region: (registration) =>
      rng.weighted(registration === 'migrant' ? MIGRANT_REGIONS : REGISTERED_REGIONS),
    idNumber: (region, birthDate, sex) => {
      for (;;) {
        const sexDigit = 2 * rng.int(0, 4) + (sex === 'male' ? 1 : 0);
        const first17 = `${region}${birthDate.replaceAll('-', '')}${digits(2)}${sexDigit}`;
        const id = first17 + idCheckDigit(first17);
        if (!idNumbers.has(id)) {
          idNumbers.add(id);
          return id;
        }
      }
    },
    phone: () => {
      for (;;) {
        const phone = rng.pick(MOBILE_PREFIXES) + digits(8);
        if (!phones.has(phone)) {
          phones.add(phone);
          return phone;
        }
      }
    },
  };
}
