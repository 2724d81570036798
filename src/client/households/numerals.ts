/**
 * Chinese numerals in names to digits, for sorting: 第二组 must come before 第十二组 and after
 * 第一组, which neither code-point nor pinyin order gives (二 "er" sorts before 一 "yi").
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100 };

/** The value of a numeral like 十二, 二十三, 一百零五 (below 1,000, enough for groups and lanes). */
export function numeralValue(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const char of numeral) {
    const unit = UNITS[char];
    if (unit === undefined) {
      digit = DIGITS[char] ?? 0;
      continue;
    }
    // A bare 十 means ten: 十二 is 12.
    total += (digit || 1) * unit;
    digit = 0;
  }
  return total + digit;
}

const NUMERAL = '[零〇一二两三四五六七八九十百]+';
// Only numerals that count something (第二, 二组, 一格): 三江村 is a name and keeps its place.
const COUNTED = new RegExp(`(?<=第)${NUMERAL}|${NUMERAL}(?=[组格号巷队])`, 'g');

/** The text with counting numerals replaced by digits: 第十二组 → 第12组, 莲腰一格 → 莲腰1格. */
export function withDigits(text: string): string {
  return text.replace(COUNTED, (run) => String(numeralValue(run)));
}
