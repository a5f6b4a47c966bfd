/**
 * What a figure counts, guessed from its unit and the words nearest to it in its clause (vocabulary
 * `measures`): 资源清单71条、需求清单32条 gives each list its own figure, so the nearest word wins; a rule
 * may also need a word anywhere in the clause (170个单位 are paired units where the clause says 结对共建).
 */
import { Measure, VOCABULARY } from "./vocabulary";

/** `before`: the clause up to the figure; `after`: the words after it, up to the next figure or punctuation. */
export function guessMeasure(unit: string, before: string, after = "", clause = before + after): { measure: Measure; guessed: boolean } {
  let best: { measure: Measure; distance: number } | undefined;
  for (const rule of VOCABULARY.measures) {
    if (!rule.units.includes(unit)) continue;
    if (rule.clause && !rule.clause.some((w) => clause.includes(w))) continue;
    if (rule.words.length === 0) {
      if (!best) return { measure: rule.measure, guessed: false };
      continue;
    }
    for (const w of rule.words) {
      const b = before.lastIndexOf(w);
      const a = after.indexOf(w);
      const d = Math.min(b >= 0 ? before.length - (b + w.length) : Infinity, a >= 0 ? a : Infinity);
      if (d < Infinity && (!best || d < best.distance)) best = { measure: rule.measure, distance: d };
    }
  }
  return best ? { measure: best.measure, guessed: true } : { measure: "other", guessed: true };
}
