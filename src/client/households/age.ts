/** Age in whole years on a given day, from a `YYYY-MM-DD` birth date (no time zone drift). */
export function ageOn(birthDate: string, today: Date): number {
  const [year = 0, month = 1, day = 1] = birthDate.split('-').map(Number);
  const m = today.getMonth() + 1;
  const hadBirthday = m > month || (m === month && today.getDate() >= day);
  return today.getFullYear() - year - (hadBirthday ? 0 : 1);
}
