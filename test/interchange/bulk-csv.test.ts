/**
 * The bulk importer's CSV, written in the same read that checks the input (no neo4j-admin here:
 * test/interchange/bulk-import.test.ts loads it). A refused input leaves no CSV behind that someone
 * could hand to neo4j-admin; only files with a line break in a value are named to it as multiline.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkAndWriteCsv } from "../../src/interchange/bulk/bulk-import";
import { adminImportArguments } from "../../src/interchange/bulk/csv";
import { ImportInput, ImportRefused, ndjsonInput, objectInput, validate } from "../../src/interchange/import";

describe("the bulk importer's CSV files", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-bulk-csv-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const input = (records: object[]) => objectInput("test.ndjson", records.map((record, i) => ({ line: i + 1, record })));

  it("are deleted when the check refuses the input, after being written as it was read", async () => {
    const refused = input([
      { id: "bcsv-a", type: "Area", name: "甲区", level: "district" },
      { id: "bcsv-c", type: "Community", name: "乙社区", level: "community" },
      { type: "PART_OF", from: "bcsv-c", to: "bcsv-nowhere" },
    ]);
    await expect(checkAndWriteCsv("empty", refused, dir)).rejects.toThrow(ImportRefused);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("name only the files with a line break as multiline", async () => {
    const { csv } = await checkAndWriteCsv(
      "empty",
      input([
        { id: "bcsv-s", type: "Source", name: "第一行\n第二行" },
        { id: "bcsv-a", type: "Area", name: "甲区", level: "district", sources: [{ id: "bcsv-s", locator: "para 1" }] },
      ]),
      dir,
    );
    expect(csv.records).toBe(2);
    expect(csv.multiline.map((f) => path.basename(f))).toEqual(["nodes-Source.csv"]);
    const args = adminImportArguments(csv, "neo4j");
    expect(args).toContain(`--multiline-fields=${path.join(dir, "nodes-Source.csv")}`);
    expect(fs.readFileSync(path.join(dir, "nodes-Area.csv"), "utf8")).toContain('"bcsv-a"');
  });

  describe("read by worker threads, chunk by chunk", () => {
    /** Small chunks, so ids, duplicates and links fall in different chunks and workers. */
    const parallel = { workers: 2, chunkBytes: 256 };
    const write = (name: string, lines: (object | string)[], ending = "\n"): string => {
      const file = path.join(dir, "..", `${path.basename(dir)}-${name}`);
      fs.writeFileSync(file, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join(ending) + ending);
      return file;
    };
    /** The same files read on this thread: no `ndjsonFiles`, so no workers. */
    const onOneThread = (files: string[]): ImportInput => ({ files, entries: () => ndjsonInput(files).entries() });
    const area = (i: number) => ({ id: `bcsvp-area-${i}`, type: "Area", name: `区${i}`, level: "district", sources: [{ id: "bcsvp-src", locator: `para ${i}` }] });
    const community = (i: number) => ({ id: `bcsvp-c-${i}`, type: "Community", name: `社区${i}`, aliases: [`别名${i}`], sources: [{ id: "bcsvp-src" }] });
    const partOf = (i: number) => ({ type: "PART_OF", from: `bcsvp-c-${i}`, to: `bcsvp-area-${i % 7}` });
    let files: string[] = [];
    afterEach(() => files.forEach((f) => fs.rmSync(f, { force: true })));

    it("refuse exactly what one thread refuses, at the same files and lines, and leave no CSV", async () => {
      files = [
        write("a.ndjson", [
          { id: "bcsvp-src", type: "Source", name: "来源" },
          ...Array.from({ length: 7 }, (_, i) => area(i)),
          "{ not json",
          { type: "Nothing", id: "x" },
          ...Array.from({ length: 20 }, (_, i) => community(i)),
          partOf(3),
          { type: "PART_OF", from: "bcsvp-c-4", to: "bcsvp-nowhere" },
        ]),
        write(
          "b.ndjson",
          [...Array.from({ length: 20 }, (_, i) => partOf(i + 5)), community(2), partOf(3), { type: "PART_OF", from: "bcsvp-c-9", to: "bcsvp-c-1" }, "", "// a comment"],
          "\r\n",
        ),
      ];
      const expected = await validate("empty", onOneThread(files));
      expect(expected.total).toBeGreaterThanOrEqual(8);
      const refusal = await checkAndWriteCsv("empty", ndjsonInput(files), dir, parallel).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(ImportRefused);
      expect((refusal as ImportRefused).problems).toEqual(expected.problems);
      expect((refusal as ImportRefused).total).toBe(expected.total);
      expect(fs.readdirSync(dir)).toEqual([]);
    });

    it("write the rows one thread writes, each type's header in a file of its own ahead of the workers' parts", async () => {
      files = [
        write("ok.ndjson", [
          { id: "bcsvp-src", type: "Source", name: "第一行\n第二行" },
          ...Array.from({ length: 7 }, (_, i) => area(i)),
          ...Array.from({ length: 40 }, (_, i) => community(i)),
          ...Array.from({ length: 40 }, (_, i) => partOf(i)),
        ]),
      ];
      const serialDir = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-bulk-csv-serial-"));
      try {
        const { csv: one } = await checkAndWriteCsv("empty", onOneThread(files), serialDir);
        const { csv: many } = await checkAndWriteCsv("empty", ndjsonInput(files), dir, parallel);
        expect(many.records).toBe(one.records);
        expect(many.fixUps).toEqual(expect.arrayContaining(one.fixUps));
        expect(many.fixUps.length).toBe(one.fixUps.length);
        const rowsOf = (file: { files: string[] }) => file.files.flatMap((f) => fs.readFileSync(f, "utf8").split("\n").filter(Boolean));
        for (const kind of ["nodes", "links"] as const) {
          expect(many[kind].map((f) => f.label).sort()).toEqual(one[kind].map((f) => f.label).sort());
          for (const file of one[kind]) {
            const parts = many[kind].find((f) => f.label === file.label)!;
            expect(parts.files.length).toBeGreaterThan(1);
            expect(parts.rows).toBe(file.rows);
            const [header, ...rows] = rowsOf(parts);
            const [expectedHeader, ...expectedRows] = rowsOf(file);
            expect(header).toBe(expectedHeader);
            expect(fs.readFileSync(parts.files[0], "utf8")).toBe(`${header}\n`);
            expect(rows.sort()).toEqual(expectedRows.sort());
          }
        }
        expect(many.multiline.map((f) => path.basename(f))).toEqual([expect.stringMatching(/^nodes-Source\.part\d\.csv$/)]);
        const args = adminImportArguments(many, "neo4j");
        const areas = many.nodes.find((f) => f.label === "Area:Entity")!;
        expect(args).toContain(`--nodes=Area:Entity=${areas.files.join(",")}`);
      } finally {
        fs.rmSync(serialDir, { recursive: true, force: true });
      }
    });

    it("refuse a list item CSV cannot carry at its line, and leave no CSV", async () => {
      const bad = { ...community(30), aliases: ["甲\u001f乙"] };
      files = [write("bad.ndjson", [{ id: "bcsvp-src", type: "Source", name: "来源" }, ...Array.from({ length: 25 }, (_, i) => community(i)), bad, community(31)])];
      await expect(checkAndWriteCsv("empty", ndjsonInput(files), dir, parallel)).rejects.toThrow(`${files[0]}:27: a list item holds U+001F`);
      expect(fs.readdirSync(dir)).toEqual([]);
    });
  });
});
