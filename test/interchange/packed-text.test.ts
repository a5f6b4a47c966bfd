/**
 * An import's new rows go to Neo4j with each column of text joined into one string and split by
 * Cypher (src/interchange/packed-text.ts). What the graph holds afterwards must be exactly what the
 * input said, whatever the text: the separators themselves, empty strings, empty lists, lists of
 * empty items, a row without the property, numbers beside text.
 */
import type { Driver } from "neo4j-driver";
import { importInput, ndjsonTextInput } from "../../src/interchange/import";
import { packColumns } from "../../src/interchange/packed-text";
import { testDriver } from "../support/database";

const P = `packed-${process.pid}-`;

// Each type's rows are one batch, so each shows one way a column may travel. (Names and aliases
// cannot be empty; a citation's locator can.)
const NODES = [
  // Every column plain text, or lists of plain text: joined.
  { id: `${P}u1`, type: "Unit", name: "高新区科协", aliases: ["科协", "高新科协"], sources: [{ id: `${P}src`, locator: "" }] },
  { id: `${P}u2`, type: "Unit", name: "济宁银行", aliases: ["济宁银行股份"], sources: [{ id: `${P}src`, locator: "para 2" }, { id: `${P}src` }] },
  { id: `${P}u3`, type: "Unit", name: "学院", aliases: [], sources: [{ id: `${P}src` }, { id: `${P}src` }] },
  // Separators inside the text, an empty list, a row without aliases: sent as lists.
  { id: `${P}c1`, type: "Community", name: "黄庄\u001e社区", aliases: ["a\u001fb"], sources: [{ id: `${P}src`, locator: "row\u001e5" }] },
  { id: `${P}c2`, type: "Community", name: "春晖社区", aliases: [] },
  { id: `${P}c3`, type: "Community", name: "幸福里社区" },
  { id: `${P}r1`, type: "Result", name: "筹集资金", value: 3, unit: "万元" },
];
const LINKS = [
  { type: "PART_OF", from: `${P}u1`, to: `${P}c1`, since: "2019", sources: [{ id: `${P}src`, locator: "" }] },
  { type: "PART_OF", from: `${P}u2`, to: `${P}c2`, since: "2020-05", sources: [{ id: `${P}src` }, { id: `${P}src`, locator: "" }] },
  { type: "PART_OF", from: `${P}u3`, to: `${P}c3`, since: "2024-03-01", sources: [{ id: `${P}src`, locator: "第\u001f3段" }] },
];
const SOURCE = { id: `${P}src`, type: "Source", name: "报道" };

describe("import: text columns packed into one string each", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await testDriver();
    const lines = [SOURCE, ...NODES, ...LINKS].map((record) => JSON.stringify(record)).join("\n");
    await importInput(driver, ndjsonTextInput("packed.ndjson", lines));
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $P DETACH DELETE n", { P });
    await driver.close();
  });

  it("packs what it can: text joined, lists of text joined twice, anything else as it is", () => {
    const { packing, values } = packColumns([["a", ""], [["x"], [""]], [["x"], []], ["a", null], ["a\u001eb", "c"], [1, 2]], 2);
    expect(packing).toEqual(["text", "texts", "list", "list", "list", "list"]);
    expect(values[0]).toBe("a\u001e");
    expect(values[1]).toBe("x\u001e");
  });

  it("stores every node's properties exactly as the input gave them", async () => {
    const { records } = await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $P RETURN n.id AS id, properties(n) AS props", { P });
    const stored = new Map(records.map((r) => [r.get("id") as string, r.get("props") as Record<string, unknown>]));
    for (const node of NODES) {
      const props = stored.get(node.id)!;
      expect(props.name).toBe(node.name);
      expect(props.aliases ?? []).toEqual(node.aliases ?? []);
      expect(props.sourceIds ?? []).toEqual((node.sources ?? []).map((s) => s.id));
      expect(props.sourceLocators ?? []).toEqual((node.sources ?? []).map((s) => s.locator ?? ""));
    }
    expect(Number(stored.get(`${P}r1`)!.value)).toBe(3);
  });

  it("stores every link's properties and ends exactly as the input gave them", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (a:Entity)-[r:PART_OF]->(b:Entity) WHERE a.id STARTS WITH $P RETURN a.id AS from, b.id AS to, properties(r) AS props ORDER BY from",
      { P },
    );
    expect(records.map((r) => [r.get("from"), r.get("to"), r.get("props").since, r.get("props").sourceLocators ?? []])).toEqual(
      LINKS.map((l) => [l.from, l.to, l.since, (l.sources ?? []).map((s) => s.locator ?? "")]),
    );
  });
});
