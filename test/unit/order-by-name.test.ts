import { orderByName } from "../../src/graphql/operations/order-by-name";
import { Random } from "../../dev/synth/random";

/** Code points, the plain way: what Neo4j's ORDER BY compares. */
const codePoints = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!);
const byPoints = (a: string, b: string): number => {
  const [x, y] = [codePoints(a), codePoints(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
};
/** The order the contract asks for: name, then id, as Neo4j orders strings. */
const reference = (a: { name: string; id: string }, b: { name: string; id: string }): number => byPoints(a.name, b.name) || byPoints(a.id, b.id);

/** A deterministic stream of numbers in [0, 1) (the synthetic city's generator), so a failure can be replayed. */
const numbers = (seed: number): (() => number) => {
  const random = new Random(seed);
  return () => random.next();
};

describe("orderByName", () => {
  it("orders a wide level as a comparator sort would, where names share prefixes, end early or tie", () => {
    const next = numbers(7);
    // Few first characters, so many names share their first two code units and need the whole comparison.
    const alphabet = ["高", "新", "街", "道", "社", "区", "a", "\u0000", "\uffff", "😀"];
    const pick = (): string => alphabet[Math.floor(next() * alphabet.length)];
    const nodes = Array.from({ length: 3000 }, (_, i) => {
      const length = Math.floor(next() * 5); // 0 to 4 code points: empty names, one-character names
      return { name: Array.from({ length }, pick).join(""), id: `n-${Math.floor(next() * 2500)}-${i % 3}` };
    });
    nodes.push({ name: "高新", id: "b" }, { name: "高新", id: "a" }, { name: "高新\u0000", id: "a" }, { name: "高", id: "z" });
    const expected = [...nodes].sort(reference);
    expect(orderByName([...nodes], (node) => node).map((n) => `${n.name}|${n.id}`)).toEqual(expected.map((n) => `${n.name}|${n.id}`));
  });

  it("orders by code point, as Neo4j does, not by code unit: U+FF08 （ before the surrogate pair of 𠮷", () => {
    for (const length of [100, 3]) {
      const nodes = Array.from({ length }, (_, i) => ({ name: i % 2 ? "（" : "𠮷", id: String(i).padStart(3, "0") }));
      const ordered = orderByName(nodes, (node) => node);
      expect(ordered[0]).toEqual({ name: "（", id: "001" });
      expect(ordered[ordered.length - 1].name).toBe("𠮷");
    }
  });

  it("leaves a node without a name to the comparator, rather than failing on it", () => {
    const nodes: { name: string; id: string }[] = Array.from({ length: 100 }, (_, i) => ({ name: `社区${i}`, id: String(i) }));
    nodes[40] = { name: null as unknown as string, id: "nameless" };
    expect(() => orderByName(nodes, (node) => node)).not.toThrow();
  });

  it("orders a narrow level too, by what refOf reads", () => {
    // 乙 is U+4E59, 甲 U+7532.
    const items = [{ node: { name: "甲", id: "9" } }, { node: { name: "乙", id: "2" } }, { node: { name: "甲", id: "1" } }];
    expect(orderByName(items, (item) => item.node).map((item) => item.node.id)).toEqual(["2", "1", "9"]);
  });
});
