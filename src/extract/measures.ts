/**
 * What a figure counts, guessed from its unit and the words nearest to it in its clause (vocabulary
 * `measures`): 资源清单71条、需求清单32条 gives each list its own figure, so the nearest word wins.
 */
import { Measure, VOCABULARY } from "./vocabulary";

/** `before`: the clause up to the figure; `after`: the words after it, up to the next figure or punctuation. */
export function guessMeasure(unit: string, before: string, after = ""): { measure: Measure; guessed: boolean } {
  let best: { measure: Measure; distance: number } | undefined;
  for (const rule of VOCABULARY.measures) {
    if (!rule.units.includes(unit)) continue;
    if (rule.words.length === 0) {
      if (!best) return { measure: rule.measure, guessed: false };
      continue;
    }
    for (const w of rule.words) {
      const b = before.lastIndexOf(w);
      const distances = [b >= 0 ? before.length - (b + w.length) : Infinity, after.indexOf(w) >= 0 ? after.indexOf(w) + 1 : Infinity];
      const d = Math.min(...distances);
      if (d < Infinity && (!best || d < best.distance)) best = { measure: rule.measure, distance: d };
    }
  }
  return best ? { measure: best.measure, guessed: true } : { measure: "other", guessed: true };
}
