import type { Driver } from "neo4j-driver";
import { importFiles } from "../src/interchange/import";
import { seedFiles } from "../src/interchange/seed";
import { TestGraph } from "./support/test-graph";

/**
 * The curated seed graph, loaded under this file's own id prefix (see test/support/README.md): the
 * checks look at this copy only, so other files' data (fixtures without sources, say) never trips
 * them, and no other file depends on these nodes.
 */
describe("the seed graph", () => {
  let g: TestGraph;
  let driver: Driver;
  /** Rows of a query that should find nothing: each row names an offender. $prefix is this file's. */
  const offenders = async (cypher: string): Promise<unknown[]> => {
    const { records } = await driver.executeQuery(cypher, { prefix: g.prefix });
    return records.map((r) => g.localize(r.toObject()));
  };
  const one = async (cypher: string): Promise<Record<string, any>> => (await driver.executeQuery(cypher, { prefix: g.prefix })).records[0].toObject();

  beforeAll(async () => {
    g = await TestGraph.create("seeds");
    driver = g.driver;
    await g.load(...seedFiles());
  });
  afterAll(() => g.close());

  it("has one Source per article and cites it from every Result", async () => {
    expect(seedFiles().length).toBeGreaterThanOrEqual(5);
    expect((await one("MATCH (s:Source) WHERE s.id STARTS WITH $prefix RETURN count(s) AS n")).n).toBeGreaterThanOrEqual(5);
    expect(
      await offenders(
        `MATCH (r:Result) WHERE r.id STARTS WITH $prefix
           AND (size(coalesce(r.sourceIds, [])) = 0 OR any(id IN r.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: id}) }))
         RETURN r.id AS id`,
      ),
    ).toEqual([]);
    const results = await one("MATCH (r:Result) WHERE r.id STARTS WITH $prefix RETURN count(r) AS n, count(r.value) AS valued");
    expect(results.n).toBeGreaterThan(20);
    expect(results.valued).toBe(results.n);
  });

  it("cites a Source from every other node and link too", async () => {
    expect(await offenders("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix AND NOT n:Source AND size(coalesce(n.sourceIds, [])) = 0 RETURN n.id AS id")).toEqual([]);
    expect(
      await offenders(
        "MATCH (a:Entity)-[r]->(b) WHERE a.id STARTS WITH $prefix AND size(coalesce(r.sourceIds, [])) = 0 RETURN type(r) AS type, a.id AS from, b.id AS to",
      ),
    ).toEqual([]);
    expect(
      await offenders(
        `MATCH (a:Entity)-[r]->() WHERE a.id STARTS WITH $prefix UNWIND r.sourceIds AS id WITH DISTINCT id
         WHERE NOT EXISTS { MATCH (:Source {id: id}) } RETURN id`,
      ),
    ).toEqual([]);
  });

  it("places every community under an area or a community, and every street under a district", async () => {
    expect(await offenders("MATCH (c:Community) WHERE c.id STARTS WITH $prefix AND NOT (c)-[:PART_OF]->(:Area|Community) RETURN c.id AS id")).toEqual([]);
    expect(
      await offenders(
        "MATCH (s:Area) WHERE s.id STARTS WITH $prefix AND s.level IN ['street', 'town'] AND NOT (s)-[:PART_OF]->(:Area {level: 'district'}) RETURN s.id AS id",
      ),
    ).toEqual([]);
  });

  it("gives every node a unique id, a type label and an English name", async () => {
    const { nodes, ids } = await one("MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS nodes, count(DISTINCT n.id) AS ids");
    expect(nodes).toBeGreaterThan(100);
    expect(ids).toBe(nodes);
    expect(await offenders("MATCH (n) WHERE n.id STARTS WITH $prefix AND (NOT n:Entity OR size(labels(n)) <> 2) RETURN n.id AS id, labels(n) AS labels")).toEqual([]);
    expect(await offenders("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix AND n.nameEn IS NULL RETURN n.id AS id")).toEqual([]);
  });

  it("loads idempotently and round-trips through export byte-identically", async () => {
    const again = await g.load(...seedFiles());
    expect(again.nodes.created + again.nodes.updated + again.links.created + again.links.updated).toBe(0);
    const first = await g.exportLines();
    expect(first.length).toBe(again.nodes.unchanged + again.links.unchanged);
    await g.clear();
    await importFiles(driver, [g.file("first.ndjson", first)]);
    expect(await g.exportLines()).toEqual(first);
  });
});
