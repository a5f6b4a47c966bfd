/**
 * Dates as the articles write them: 2024年5月, 2024年5月12日, and 8月18日 or 今年5月 whose year is the
 * source's. A date without a year and no source year is not guessed: the contract never places a
 * figure at a date the evidence does not support.
 */

export interface FoundDate {
  /** ISO, partial when the text is: 2024, 2024-05, 2024-05-12. */
  date: string;
  start: number;
  end: number;
}

const pad = (n: string): string => n.padStart(2, "0");

export function findDates(text: string, sourceDate?: string): FoundDate[] {
  const year = sourceDate?.match(/^(\d{4})/)?.[1];
  const out: FoundDate[] = [];
  const re = /(?:(\d{4})年|(今年|去年))?(\d{1,2})月(?:份)?(?:(\d{1,2})日)?|(\d{4})年(?!\d{0,2}月)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[5]) {
      if (/^(19|20)\d\d$/.test(m[5])) out.push({ date: m[5], start: m.index, end: m.index + m[0].length });
      continue;
    }
    const month = Number(m[3]);
    if (month < 1 || month > 12) continue;
    let y: string | undefined = m[1];
    if (!y && m[2] === "今年") y = year;
    if (!y && m[2] === "去年" && year) y = String(Number(year) - 1);
    if (!y && !m[2]) y = year;
    if (!y) continue;
    const day = m[4] && Number(m[4]) >= 1 && Number(m[4]) <= 31 ? `-${pad(m[4])}` : "";
    out.push({ date: `${y}-${pad(m[3])}${day}`, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
