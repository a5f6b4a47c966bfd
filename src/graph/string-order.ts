/**
 * Neo4j's order of stored strings, for JavaScript that must agree with an ORDER BY over properties:
 * by Unicode code point. JavaScript's `<` compares UTF-16 code units, which differs where a
 * character beyond U+FFFF (a surrogate pair: a rare hanzi of CJK extension B such as 𠮷) meets one
 * from U+E000 to U+FFFF (the full-width brackets （） of official names): Neo4j 5.26 orders stored
 * names （ before 𠮷, `<` after. (Strings sent as parameters Neo4j compares by code unit.)
 */

/** A code unit as a rank that compares as code points do: surrogates above U+E000–U+FFFF, the rest in place. */
export const codePointRank = (unit: number): number => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);

/** Compares two strings by code point (negative, zero or positive, as Array.prototype.sort wants). */
export function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}
