/**
 * The bulk importer's CSV, written in the same read that checks the input (no neo4j-admin here:
 * test/interchange/bulk-import.test.ts loads it). A refused input leaves no CSV behind that someone
 * could hand to neo4j-admin; only files with a line break in a value are named to it as multiline.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { checkAndWriteCsv } from "../../src/interchange/bulk/bulk-import";
import { adminImportArguments } from "../../src/interchange/bulk/csv";
import { ImportRefused, objectInput } from "../../src/interchange/import";
import { testDriver } from "../support/database";

describe("the bulk importer's CSV files", () => {
  let driver: Driver;
  let dir: string;
  beforeAll(async () => (driver = await testDriver()));
  afterAll(() => driver.close());
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-bulk-csv-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const input = (records: object[]) => objectInput("test.ndjson", records.map((record, i) => ({ line: i + 1, record })));

  it("are deleted when the check refuses the input, after being written as it was read", async () => {
    const refused = input([
      { id: "bcsv-a", type: "Area", name: "甲区", level: "district" },
      { id: "bcsv-c", type: "Community", name: "乙社区", level: "community" },
      { type: "PART_OF", from: "bcsv-c", to: "bcsv-nowhere" },
    ]);
    await expect(checkAndWriteCsv(driver, refused, dir, { graphIsEmpty: true })).rejects.toThrow(ImportRefused);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("name only the files with a line break as multiline", async () => {
    const { csv } = await checkAndWriteCsv(
      driver,
      input([
        { id: "bcsv-s", type: "Source", name: "第一行\n第二行" },
        { id: "bcsv-a", type: "Area", name: "甲区", level: "district", sources: [{ id: "bcsv-s", locator: "para 1" }] },
      ]),
      dir,
      { graphIsEmpty: true },
    );
    expect(csv.records).toBe(2);
    expect(csv.multiline.map((f) => path.basename(f))).toEqual(["nodes-Source.csv"]);
    const args = adminImportArguments(csv, "neo4j");
    expect(args).toContain(`--multiline-fields=${path.join(dir, "nodes-Source.csv")}`);
    expect(fs.readFileSync(path.join(dir, "nodes-Area.csv"), "utf8")).toContain('"bcsv-a"');
  });
});
