import path from "node:path";
import type { Driver } from "neo4j-driver";
import { cypherFirstDay } from "../src/cypher/dates";
import { NODE_TYPES } from "../src/graph/model";
import { importFiles, ImportRefused } from "../src/interchange/import";
import { testDriver } from "./support/database";
import { TestGraph } from "./support/test-graph";

const FIXTURES = path.join(__dirname, "fixtures", "interchange");
const SMALL = path.join(FIXTURES, "small-graph.ndjson");
/** The levels an Area may have, as the model lists them (the refusal names them all). */
const AREA_LEVELS = NODE_TYPES.Area.level.values!;

/**
 * Each test starts from nothing of its own: a fresh TestGraph (a new id prefix) per test, so what
 * one test imported is not in the next one's way, and other files' data is never looked at. "The
 * export" below is the real export of the whole graph cut to the test's own records.
 */
describe("NDJSON import and export", () => {
  let driver: Driver;
  let g: TestGraph;
  beforeAll(async () => {
    driver = await testDriver();
  });
  beforeEach(async () => {
    g = await TestGraph.create("interchange", driver);
  });
  afterEach(() => g.close());
  afterAll(() => driver.close());

  const exported = async (): Promise<string> => (await g.exportLines()).join("\n");
  /** Records written as in a fixture (local ids), to a file with this test's ids. */
  const fileOf = (name: string, records: Record<string, unknown>[]): string => g.file(name, g.prefixed(records));

  it("imports a valid file and says what it created", async () => {
    const summary = await g.load(SMALL);
    expect(summary).toEqual({
      records: 18,
      nodes: { created: 10, updated: 0, unchanged: 0 },
      links: { created: 8, updated: 0, unchanged: 0 },
      atomic: true,
    });
    expect(await g.count()).toEqual({ nodes: 10, links: 8 });
    const { records } = await driver.executeQuery(
      "MATCH (c:Community:Entity {id: $comm})-[r:PART_OF]->(s:Area {id: $street}) RETURN c.name AS name, r.sourceIds AS ids, r.sourceLocators AS locators",
      { comm: g.id("t-comm"), street: g.id("t-street") },
    );
    expect(records[0].toObject()).toEqual({ name: "春晖社区", ids: [g.id("t-src-1")], locators: ["para 2"] });
  });

  it("changes nothing when the same file is imported again", async () => {
    await g.load(SMALL);
    const before = await exported();
    const again = await g.load(SMALL);
    expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: 10 });
    expect(again.links).toEqual({ created: 0, updated: 0, unchanged: 8 });
    expect(await exported()).toBe(before);
  });

  it("writes an input over the atomic limit batch by batch, to the same graph", async () => {
    await g.load(SMALL);
    const atOnce = await exported();
    await g.clear();
    const batched = await importFiles(driver, [g.prefixedFile(SMALL)], undefined, { atomicLimit: 5 });
    expect(batched).toMatchObject({ atomic: false, nodes: { created: 10 }, links: { created: 8 } });
    expect(await exported()).toBe(atOnce);
    const again = await importFiles(driver, [g.prefixedFile(SMALL)], undefined, { atomicLimit: 5 });
    expect(again).toMatchObject({ nodes: { unchanged: 10 }, links: { unchanged: 8 } });
  });

  it("counts a changed property as an update, and replaces the node's properties", async () => {
    await g.load(SMALL);
    const summary = await importFiles(driver, [fileOf("update.ndjson", [{ id: "t-bank", type: "Unit", name: "测试银行", sector: "enterprise" }])]);
    expect(summary.nodes).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const { records } = await driver.executeQuery("MATCH (u:Unit {id: $id}) RETURN u.sector AS sector", { id: g.id("t-bank") });
    expect(records[0].get("sector")).toBe("enterprise");
  });

  it("refuses a file with bad records whole, naming every bad line, and writes nothing", async () => {
    await g.load(SMALL);
    const before = await exported();
    const refusal = await g.load(path.join(FIXTURES, "bad-records.ndjson")).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(ImportRefused);
    const problems = (refusal as ImportRefused).problems.map((p) => `${p.line}: ${p.reason}`);
    expect(problems).toEqual([
      '2: unknown type "Planet"',
      "3: missing id",
      "4: missing name",
      `5: to "${g.id("nowhere")}" is neither in the input nor in the graph`,
      '6: since must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"',
      '7: times must be an integer, got "twelve"',
      expect.stringMatching(/^8: not JSON/),
      `9: level must be one of ${AREA_LEVELS.join(", ")}; got "galaxy"`,
      expect.stringMatching(new RegExp(`^10: id "${g.id("b-ok")}" is already defined at .*bad-records.ndjson:1$`)),
      `11: from "${g.id("b-ok")}" is an Area; expected PartyOrganization`,
    ]);
    expect(await exported()).toBe(before);
  });

  it("accepts links to ids that are already in the graph, and checks their type there", async () => {
    await g.load(SMALL);
    const ok = fileOf("link-to-graph.ndjson", [{ type: "PART_OF", from: "t-bank", to: "t-district" }]);
    expect((await importFiles(driver, [ok])).links.created).toBe(1);
    const clash = fileOf("type-clash.ndjson", [{ id: "t-area", type: "Area", name: "区" }, { id: "t-bank", type: "Community", name: "换类型" }]);
    await expect(importFiles(driver, [clash])).rejects.toMatchObject({
      problems: [{ file: clash, line: 2, reason: `id "${g.id("t-bank")}" is already a Unit in the graph, not a Community` }],
    });
    // Where an id was first defined, across files: the second file's line names the first file's.
    const first = fileOf("first.ndjson", [{ id: "t-a", type: "Area", name: "甲" }, { id: "t-b", type: "Area", name: "乙" }]);
    const second = fileOf("second.ndjson", [{ id: "t-c", type: "Area", name: "丙" }, { id: "t-b", type: "Community", name: "乙社区" }]);
    await expect(importFiles(driver, [first, second])).rejects.toMatchObject({
      problems: [{ file: second, line: 2, reason: `id "${g.id("t-b")}" is already defined at ${first}:2` }],
    });
    // A link given twice: with both ends defined above it, and with an end only in the graph.
    const twice = fileOf("twice.ndjson", [
      { id: "t-s", type: "Area", name: "某街道", level: "street" },
      { type: "PART_OF", from: "t-s", to: "t-district" },
      { type: "PART_OF", from: "t-s", to: "t-district" },
      { type: "PART_OF", from: "t-bank", to: "t-district" },
      { type: "PART_OF", from: "t-bank", to: "t-district" },
    ]);
    await expect(importFiles(driver, [twice])).rejects.toMatchObject({
      problems: [3, 5].map((line) => ({ file: twice, line, reason: expect.stringMatching(/^PART_OF link from .* appears twice in the input$/) })),
    });
    const badSource = fileOf("bad-source.ndjson", [{ id: "x1", type: "Area", name: "区", sources: [{ id: "t-bank" }] }]);
    await expect(importFiles(driver, [badSource])).rejects.toMatchObject({
      problems: [expect.objectContaining({ line: 1, reason: `sources[0] "${g.id("t-bank")}" is a Unit; expected Source` })],
    });
  });

  it("keeps partial dates as written and compares them as the first day of their period", async () => {
    await g.load(SMALL);
    // The comparison the operations make (src/cypher/dates.ts), not a copy of it.
    const since = cypherFirstDay("p.since");
    const { records } = await driver.executeQuery(
      `MATCH (p:Pairing {id: $id})
       RETURN p.since AS since, p.until AS until,
              ${since} AS sinceDay, ${cypherFirstDay("p.until")} AS untilDay,
              ${since} <= '2023-09-01' AS inForceOnFirstDay,
              ${since} <= '2023-08-31' AS inForceTheDayBefore`,
      { id: g.id("t-pairing") },
    );
    expect(records[0].toObject()).toEqual({
      since: "2023-09",
      until: "2025",
      sinceDay: "2023-09-01",
      untilDay: "2025-01-01",
      inForceOnFirstDay: true,
      inForceTheDayBefore: false,
    });
    const text = await exported();
    expect(text).toContain('"since":"2023-09","until":"2025"');
    expect(text).toContain(`{"id":"${g.id("t-act")}","type":"Activity","name":"义诊","date":"2023","times":12}`);
  });

  it("round-trips: export, delete, import, export again gives the identical records", async () => {
    await g.load(SMALL);
    const first = await exported();
    await g.clear();
    expect(await g.count()).toEqual({ nodes: 0, links: 0 });
    await importFiles(driver, [g.file("first.ndjson", [first])]);
    const second = await exported();
    expect(second).toBe(first);
    const lines = first.split("\n");
    expect(lines).toHaveLength(18);
    expect(lines[0]).toBe(`{"id":"${g.id("t-src-1")}","type":"Source","name":"测试日报 2023-08-22","publication":"测试日报","date":"2023-08-22"}`);
    expect(lines).toContain(
      `{"id":"${g.id("t-result")}","type":"Result","name":"筹集资金","value":8.5,"unit":"万元","date":"2023-09-15","sources":[{"id":"${g.id("t-src-1")}","locator":"para 7"},{"id":"${g.id("t-src-1")}"}]}`,
    );
  });
});
