/** The graph's names a draft reuses: read for the draft's names only, by name, ending or alias. */
import { AskedNames, lookUp, readKnownNamesFor } from "../../src/extract/known";
import { draftWithGraph } from "../../src/extract/with-graph";
import { TestGraph } from "../support/test-graph";

describe("names already in the graph", () => {
  let g: TestGraph;
  /** Names no other test file has: the prefix's random hex as characters. */
  let place: string;

  beforeAll(async () => {
    g = await TestGraph.create("known-names");
    place = [...g.prefix.split("-").at(-2)!].map((c) => "甲乙丙丁戊己庚辛壬癸申酉戌亥辰巳"[parseInt(c, 16)]).join("");
    await g.load([
      { id: "unit", type: "Unit", name: `${place}供电公司`, sector: "enterprise" },
      { id: "comm", type: "Community", name: `${place}花园社区`, aliases: [`${place}花园小区`] },
      { id: "area", type: "Area", name: `济宁${place}区`, level: "district" },
    ]);
  });
  afterAll(() => g.close());

  it("reads only the nodes the names may be: equal, ending with the name, or by alias", async () => {
    const known = await readKnownNamesFor(g.driver, [`${place}供电公司`, `${place}花园小区`, `${place}区`, `${place}无此单位`]);
    expect(lookUp(known, `${place}供电公司`, "Unit")?.id).toBe(g.id("unit"));
    expect(lookUp(known, `${place}花园小区`, "Community")?.id).toBe(g.id("comm"));
    expect(lookUp(known, `${place}区`, "Area")?.id).toBe(g.id("area"));
    expect(lookUp(known, `${place}无此单位`, "Unit")).toBeUndefined();
    // nothing else of the graph is read
    for (const nodes of known.values()) for (const n of nodes) expect(g.owns(n.id)).toBe(true);
  });

  it("asks for nothing when the draft names nothing", async () => {
    expect((await readKnownNamesFor(g.driver, [])).size).toBe(0);
  });

  it("drafts with the graph's ids for the names it has, and remembers which names it asked", async () => {
    const asked = new AskedNames();
    expect(asked.get("x")).toBeUndefined();
    expect([...asked.asked]).toEqual(["x"]);
    const article = `${place}供电公司与${place}花园社区开展共驻共建。`;
    const before = await g.fingerprint();
    const draft = await draftWithGraph(g.driver, article, { prefix: g.id("d-") });
    expect(draft.notes.join()).toContain(g.id("unit"));
    const links = draft.lines.map((l) => l.record).filter((r) => r.type === "PARTY_TO");
    expect(links.map((r) => r.from)).toContain(g.id("unit"));
    expect(await g.fingerprint()).toEqual(before);
  });
});
