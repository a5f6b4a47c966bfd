/** Numbers as the articles write them: 2300, 4.5, 十, 三十五, 两百, 近万 (a bare 万). */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL = "[零〇一二两三四五六七八九十百千万]";

/** The value of a Chinese numeral (一百二十三, 十, 万), or undefined when it is not one. */
export function chineseNumber(text: string): number | undefined {
  if (!new RegExp(`^${CHINESE_NUMERAL}+$`).test(text)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined; // 一二 is a list, not a number
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = undefined;
    } else if (ch === "万") {
      total += (section + (digit ?? 0) || 1) * 10000;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Arabic (with full-width digits, commas) or Chinese. */
export function parseNumber(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, "");
  if (/^\d+(\.\d+)?$/.test(ascii)) return Number(ascii);
  return chineseNumber(text);
}
