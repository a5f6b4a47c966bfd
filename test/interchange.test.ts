import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { exportGraph } from "../src/interchange/export";
import { importFiles, ImportRefused } from "../src/interchange/import";
import { countGraph, resetGraph, testDriver } from "./support/database";

const FIXTURES = path.join(__dirname, "fixtures", "interchange");
const SMALL = path.join(FIXTURES, "small-graph.ndjson");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-interchange-"));

async function exportToString(driver: Driver): Promise<string> {
  const file = path.join(tmp, `export-${Date.now()}-${Math.random()}.ndjson`);
  const out = fs.createWriteStream(file);
  await exportGraph(driver, out);
  await new Promise((resolve) => out.end(resolve));
  return fs.readFileSync(file, "utf8");
}

function writeTmp(name: string, lines: string[]): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

describe("NDJSON import and export", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await testDriver();
  });
  beforeEach(() => resetGraph(driver));
  afterAll(() => driver.close());

  it("imports a valid file and says what it created", async () => {
    const summary = await importFiles(driver, [SMALL]);
    expect(summary).toEqual({
      records: 18,
      nodes: { created: 10, updated: 0, unchanged: 0 },
      links: { created: 8, updated: 0, unchanged: 0 },
      atomic: true,
    });
    expect(await countGraph(driver)).toEqual({ nodes: 10, links: 8 });
    const { records } = await driver.executeQuery(
      "MATCH (c:Community:Entity {id: 't-comm'})-[r:PART_OF]->(s:Area {id: 't-street'}) RETURN c.name AS name, r.sourceIds AS ids, r.sourceLocators AS locators",
    );
    expect(records[0].toObject()).toEqual({ name: "春晖社区", ids: ["t-src-1"], locators: ["para 2"] });
  });

  it("changes nothing when the same file is imported again", async () => {
    await importFiles(driver, [SMALL]);
    const before = await exportToString(driver);
    const again = await importFiles(driver, [SMALL]);
    expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: 10 });
    expect(again.links).toEqual({ created: 0, updated: 0, unchanged: 8 });
    expect(await exportToString(driver)).toBe(before);
  });

  it("writes an input over the atomic limit batch by batch, to the same graph", async () => {
    await importFiles(driver, [SMALL]);
    const atOnce = await exportToString(driver);
    await resetGraph(driver);
    const batched = await importFiles(driver, [SMALL], undefined, { atomicLimit: 5 });
    expect(batched).toMatchObject({ atomic: false, nodes: { created: 10 }, links: { created: 8 } });
    expect(await exportToString(driver)).toBe(atOnce);
    const again = await importFiles(driver, [SMALL], undefined, { atomicLimit: 5 });
    expect(again).toMatchObject({ nodes: { unchanged: 10 }, links: { unchanged: 8 } });
  });

  it("counts a changed property as an update, and replaces the node's properties", async () => {
    await importFiles(driver, [SMALL]);
    const file = writeTmp("update.ndjson", ['{"id":"t-bank","type":"Unit","name":"测试银行","sector":"enterprise"}']);
    const summary = await importFiles(driver, [file]);
    expect(summary.nodes).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const { records } = await driver.executeQuery("MATCH (u:Unit {id: 't-bank'}) RETURN u.sector AS sector");
    expect(records[0].get("sector")).toBe("enterprise");
  });

  it("refuses a file with bad records whole, naming every bad line, and writes nothing", async () => {
    await importFiles(driver, [SMALL]);
    const before = await exportToString(driver);
    const file = path.join(FIXTURES, "bad-records.ndjson");
    const refusal = await importFiles(driver, [file]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(ImportRefused);
    const problems = (refusal as ImportRefused).problems.map((p) => `${p.line}: ${p.reason}`);
    expect(problems).toEqual([
      '2: unknown type "Planet"',
      "3: missing id",
      "4: missing name",
      '5: to "nowhere" is neither in the input nor in the graph',
      '6: since must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"',
      '7: times must be an integer, got "twelve"',
      expect.stringMatching(/^8: not JSON/),
      '9: level must be one of city, district, street, town; got "galaxy"',
      expect.stringMatching(/^10: id "b-ok" is already defined at .*bad-records.ndjson:1$/),
      '11: from "b-ok" is an Area; expected PartyOrganization',
    ]);
    expect(await exportToString(driver)).toBe(before);
  });

  it("accepts links to ids that are already in the graph, and checks their type there", async () => {
    await importFiles(driver, [SMALL]);
    const ok = writeTmp("link-to-graph.ndjson", ['{"type":"PART_OF","from":"t-bank","to":"t-district"}']);
    expect((await importFiles(driver, [ok])).links.created).toBe(1);
    const clash = writeTmp("type-clash.ndjson", ['{"id":"t-bank","type":"Community","name":"换类型"}']);
    await expect(importFiles(driver, [clash])).rejects.toThrow(ImportRefused);
    const badSource = writeTmp("bad-source.ndjson", ['{"id":"x1","type":"Area","name":"区","sources":[{"id":"t-bank"}]}']);
    await expect(importFiles(driver, [badSource])).rejects.toMatchObject({
      problems: [expect.objectContaining({ line: 1, reason: 'sources[0] "t-bank" is a Unit; expected Source' })],
    });
  });

  it("keeps partial dates as written and compares them as the first day of their period", async () => {
    await importFiles(driver, [SMALL]);
    const { records } = await driver.executeQuery(
      `MATCH (p:Pairing {id: 't-pairing'})
       RETURN p.since AS since, p.until AS until,
              left(p.since + '-01-01', 10) <= '2023-09-01' AS inForceOnFirstDay,
              left(p.since + '-01-01', 10) <= '2023-08-31' AS inForceTheDayBefore`,
    );
    expect(records[0].toObject()).toEqual({ since: "2023-09", until: "2025", inForceOnFirstDay: true, inForceTheDayBefore: false });
    const exported = await exportToString(driver);
    expect(exported).toContain('"since":"2023-09","until":"2025"');
    expect(exported).toContain('{"id":"t-act","type":"Activity","name":"义诊","date":"2023","times":12}');
  });

  it("round-trips: export, import into an empty database, export again gives the identical file", async () => {
    await importFiles(driver, [SMALL]);
    const first = await exportToString(driver);
    await resetGraph(driver);
    await importFiles(driver, [writeTmp("first.ndjson", [first.trimEnd()])]);
    const second = await exportToString(driver);
    expect(second).toBe(first);
    const lines = first.trimEnd().split("\n");
    expect(lines).toHaveLength(18);
    expect(lines[0]).toBe('{"id":"t-src-1","type":"Source","name":"测试日报 2023-08-22","publication":"测试日报","date":"2023-08-22"}');
    expect(lines).toContain(
      '{"id":"t-result","type":"Result","name":"筹集资金","value":8.5,"unit":"万元","date":"2023-09-15","sources":[{"id":"t-src-1","locator":"para 7"},{"id":"t-src-1"}]}',
    );
  });
});
