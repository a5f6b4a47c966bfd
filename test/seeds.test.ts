import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { exportGraph } from "../src/interchange/export";
import { importFiles } from "../src/interchange/import";
import { loadSeeds, seedFiles } from "../src/interchange/seed";
import { resetGraph, testDriver } from "./support/database";

/** Rows of a query that should find nothing: each row names an offender. */
async function offenders(driver: Driver, cypher: string): Promise<unknown[]> {
  const { records } = await driver.executeQuery(cypher);
  return records.map((r) => r.toObject());
}

describe("the seed graph", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await testDriver();
    await resetGraph(driver);
    await loadSeeds(driver);
  });
  afterAll(() => driver.close());

  it("has one Source per article and cites it from every Result", async () => {
    expect(seedFiles().length).toBeGreaterThanOrEqual(5);
    const { records } = await driver.executeQuery("MATCH (s:Source) RETURN count(s) AS n");
    expect(records[0].get("n")).toBeGreaterThanOrEqual(5);
    expect(
      await offenders(
        driver,
        `MATCH (r:Result)
         WHERE size(coalesce(r.sourceIds, [])) = 0
            OR any(id IN r.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: id}) })
         RETURN r.id AS id`,
      ),
    ).toEqual([]);
    const { records: results } = await driver.executeQuery("MATCH (r:Result) RETURN count(r) AS n, count(r.value) AS valued");
    expect(results[0].get("n")).toBeGreaterThan(20);
    expect(results[0].get("valued")).toBe(results[0].get("n"));
  });

  it("cites a Source from every other node and link too", async () => {
    expect(await offenders(driver, "MATCH (n:Entity) WHERE NOT n:Source AND size(coalesce(n.sourceIds, [])) = 0 RETURN n.id AS id")).toEqual([]);
    expect(await offenders(driver, "MATCH (a)-[r]->(b) WHERE size(coalesce(r.sourceIds, [])) = 0 RETURN type(r) AS type, a.id AS from, b.id AS to")).toEqual([]);
    expect(
      await offenders(
        driver,
        `MATCH ()-[r]->() UNWIND r.sourceIds AS id WITH DISTINCT id
         WHERE NOT EXISTS { MATCH (:Source {id: id}) } RETURN id`,
      ),
    ).toEqual([]);
  });

  it("places every community under an area or a community, and every street under a district", async () => {
    expect(await offenders(driver, "MATCH (c:Community) WHERE NOT (c)-[:PART_OF]->(:Area|Community) RETURN c.id AS id")).toEqual([]);
    expect(
      await offenders(driver, "MATCH (s:Area) WHERE s.level IN ['street', 'town'] AND NOT (s)-[:PART_OF]->(:Area {level: 'district'}) RETURN s.id AS id"),
    ).toEqual([]);
  });

  it("gives every node a unique id, a type label and an English name", async () => {
    const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS nodes, count(DISTINCT n.id) AS ids, count(n:Entity) AS entities");
    const { nodes, ids } = records[0].toObject();
    expect(ids).toBe(nodes);
    expect(await offenders(driver, "MATCH (n) WHERE NOT n:Entity OR size(labels(n)) <> 2 RETURN n.id AS id, labels(n) AS labels")).toEqual([]);
    expect(await offenders(driver, "MATCH (n:Entity) WHERE n.nameEn IS NULL RETURN n.id AS id")).toEqual([]);
  });

  it("loads idempotently and round-trips through export byte-identically", async () => {
    const again = await loadSeeds(driver);
    expect(again.nodes.created + again.nodes.updated + again.links.created + again.links.updated).toBe(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-seeds-"));
    const exportTo = async (name: string): Promise<string> => {
      const file = path.join(dir, name);
      const out = fs.createWriteStream(file);
      await exportGraph(driver, out);
      await new Promise((resolve) => out.end(resolve));
      return file;
    };
    const first = await exportTo("first.ndjson");
    await resetGraph(driver);
    await importFiles(driver, [first]);
    const second = await exportTo("second.ndjson");
    expect(fs.readFileSync(second, "utf8")).toBe(fs.readFileSync(first, "utf8"));
  });
});
