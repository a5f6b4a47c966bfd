import { DefinedIds, NumberSet, SeenLinks } from "../../src/interchange/seen";

describe("NumberSet", () => {
  it("holds whole numbers up to 2^53 through its growth, each once", () => {
    const set = new NumberSet();
    const values = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? i * 2 ** 26 + 7 : Number.MAX_SAFE_INTEGER - 1 - i));
    expect(values.every((v) => set.add(v))).toBe(true);
    expect(values.some((v) => set.add(v))).toBe(false);
    expect(set.add(0)).toBe(true);
    expect(set.add(0)).toBe(false);
  });
});

describe("SeenLinks", () => {
  const at = (line: number) => ({ file: "f.ndjson", line });

  it("finds a link given twice, whether its ends were defined before it, after it, or never", () => {
    const ids = new DefinedIds(["f.ndjson"]);
    const links = new SeenLinks(ids);
    ids.define("a", "Unit", at(1));
    ids.define("p", "Pairing", at(2));
    expect(links.add("PARTY_TO", "a", "p", at(3))).toBe(true);
    expect(links.add("PARTY_TO", "a", "p", at(4))).toBe(false);
    expect(links.add("RUNS", "p", "x", at(5))).toBe(true); // x defined further down: waits
    expect(links.add("PARTY_TO", "c", "p", at(6))).toBe(true); // c only in the graph: waits
    ids.define("x", "Project", at(7));
    expect(links.add("RUNS", "p", "x", at(8))).toBe(true); // counted when the waiting one settles
    expect(links.add("PARTY_TO", "c", "p", at(9))).toBe(true);
    expect(links.add("PARTY_TO", "p", "a", at(10))).toBe(true); // the other direction is another link
    expect(links.settle().map((l) => [l.type, l.from, l.to, l.place.line])).toEqual([
      ["RUNS", "p", "x", 5],
      ["PARTY_TO", "c", "p", 9],
    ]);
  });
});

describe("DefinedIds", () => {
  it("keeps each id's type and first place across files, through its growth", () => {
    const ids = new DefinedIds(["a.ndjson", "b.ndjson"]);
    for (let i = 0; i < 5000; i += 1) expect(ids.define(`n${i}`, i % 2 ? "Unit" : "Community", { file: i < 2500 ? "a.ndjson" : "b.ndjson", line: i + 1 })).toBeUndefined();
    expect(ids.define("n4000", "Area", { file: "a.ndjson", line: 9 })).toEqual({ file: "b.ndjson", line: 4001 });
    expect(ids.typeOf("n4000")).toBe("Community");
    expect(ids.typeOf("n4001")).toBe("Unit");
    expect(ids.typeOf("elsewhere")).toBeUndefined();
    expect(ids.size).toBe(5000);
    expect([...ids.entries()][2499]).toEqual(["n2499", "Unit", { file: "a.ndjson", line: 2500 }]);
  });
});
