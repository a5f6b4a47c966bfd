import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { pairedAt } from "../src/cypher/in-force";
import { cypherFirstDay } from "../src/cypher/dates";
import { CityCounts, CityOptions, generateCity, SIZES } from "../dev/synth/city";
import { TestGraph } from "./support/test-graph";

/** What a generated city wrote, seen through a Writable: a hash of its bytes, its lines, nodes and links. */
class Tally extends Writable {
  private readonly hash = createHash("sha256");
  private rest = "";
  lines = 0;
  nodes = 0;
  links = 0;

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.hash.update(chunk);
    const lines = (this.rest + chunk.toString("utf8")).split("\n");
    this.rest = lines.pop()!;
    for (const line of lines) {
      this.lines += 1;
      // Nodes have an id (contract section 2); links have from and to instead.
      const record = JSON.parse(line) as { id?: string; from?: string };
      if (record.id !== undefined) this.nodes += 1;
      else if (record.from !== undefined) this.links += 1;
    }
    done();
  }

  digest(): string {
    if (this.rest) throw new Error(`output ends without a newline: ${this.rest.slice(0, 80)}`);
    return this.hash.digest("hex");
  }
}

async function tallyOf(options: CityOptions): Promise<{ tally: Tally; counts: CityCounts; digest: string }> {
  const tally = new Tally();
  const counts = await generateCity(options, tally);
  tally.end();
  await finished(tally);
  return { tally, counts, digest: tally.digest() };
}

describe("the synthetic city generator", () => {
  it("writes byte-identical output for the same options, and other output for another seed", async () => {
    const first = await tallyOf({ communities: 40, seed: "7" });
    const again = await tallyOf({ communities: 40, seed: "7" });
    const other = await tallyOf({ communities: 40, seed: "8" });
    expect(first.tally.lines).toBeGreaterThan(40);
    expect(again.digest).toBe(first.digest);
    expect(again.counts).toEqual(first.counts);
    expect(other.digest).not.toBe(first.digest);
    // A number seed and its text are the same seed.
    expect((await tallyOf({ communities: 40, seed: 7 })).digest).toBe(first.digest);
    // What it reports is what it wrote.
    expect(first.tally.nodes).toBe(first.counts.nodes);
    expect(first.tally.links).toBe(first.counts.links);
    expect(first.tally.lines).toBe(first.counts.nodes + first.counts.links);
  });

  it.each([
    ["10k", 8_000, 12_000],
    ["100k", 80_000, 120_000],
  ])("the %s size preset writes about that many nodes", async (size, min, max) => {
    const { tally, counts } = await tallyOf({ communities: SIZES[size], seed: "1" });
    expect(tally.nodes).toBe(counts.nodes);
    expect(tally.nodes).toBeGreaterThanOrEqual(min);
    expect(tally.nodes).toBeLessThanOrEqual(max);
  });

  it("adds one wide street to the first district, and leaves the other streets as the seed gives them", async () => {
    const recordsOf = async (options: CityOptions): Promise<{ id?: string; type: string; from?: string; to?: string }[]> => {
      let text = "";
      const sink = new Writable({ write: (chunk: Buffer, _e, done) => ((text += chunk.toString("utf8")), done()) });
      await generateCity(options, sink);
      return text.trim().split("\n").map((line) => JSON.parse(line));
    };
    const communitiesPerStreet = (records: { id?: string; type: string; from?: string; to?: string }[]): Map<string, number> => {
      const communities = new Set(records.filter((r) => r.type === "Community").map((r) => r.id));
      const streets = new Set(records.filter((r) => r.type === "Area" && /-s\d+$/.test(r.id ?? "")).map((r) => r.id));
      const per = new Map<string, number>();
      for (const r of records) if (r.type === "PART_OF" && communities.has(r.from) && streets.has(r.to)) per.set(r.to!, (per.get(r.to!) ?? 0) + 1);
      return per;
    };
    const plain = await recordsOf({ communities: 60, seed: "w" });
    const wide = await recordsOf({ communities: 60, seed: "w", wideStreet: 120 });
    const plainStreets = communitiesPerStreet(plain);
    const wideStreets = communitiesPerStreet(wide);
    const added = [...wideStreets.keys()].filter((id) => !plainStreets.has(id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^area-d001-/);
    expect(wideStreets.get(added[0])).toBe(120);
    for (const [id, n] of plainStreets) expect(wideStreets.get(id)).toBe(n);
    // Everything before the wide street is byte for byte the plain city's.
    const firstWide = wide.findIndex((r) => r.id === added[0]);
    expect(wide.slice(0, firstWide)).toEqual(plain.slice(0, firstWide));
    await expect(generateCity({ communities: 10, seed: "w", wideStreet: -1 }, new Writable({ write: (_c, _e, done) => done() }))).rejects.toThrow(RangeError);
  });

  it("scales the presets as their names say (nodes grow linearly with communities)", () => {
    expect(SIZES["100k"]).toBe(10 * SIZES["10k"]);
    expect(SIZES["1m"]).toBe(100 * SIZES["10k"]);
    // A province: streamed district by district, so it needs no more memory than 1m.
    expect(SIZES["10m"]).toBe(1000 * SIZES["10k"]);
  });
});

/** The city is imported under this file's id prefix, and every count below is of its own nodes. */
describe("a synthetic city through the real importer", () => {
  /** The reference date the pairings and memberships are judged at. */
  const AS_OF = "2024-06-01";
  /** Importing a few thousand records, twice over, while other workers share the CPU with Neo4j. */
  const IMPORT_TIMEOUT_MS = 180_000;
  let g: TestGraph;
  let file: string;
  let counts: CityCounts;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-synth-"));

  beforeAll(async () => {
    g = await TestGraph.create("synth");
    file = path.join(tmp, "city.ndjson");
    const out = fs.createWriteStream(file);
    counts = await generateCity({ communities: 200, seed: "test" }, out);
    out.end();
    await finished(out);
  });
  afterAll(async () => {
    await g.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const count = async (cypher: string): Promise<number> => {
    const { records } = await g.driver.executeQuery(cypher, { asOf: AS_OF, prefix: g.prefix });
    return Number(records[0].get(0));
  };

  it("imports whole: every node and link it reported", async () => {
    const summary = await g.load(file);
    expect(summary.records).toBe(counts.nodes + counts.links);
    expect(summary.nodes).toEqual({ created: counts.nodes, updated: 0, unchanged: 0 });
    expect(summary.links).toEqual({ created: counts.links, updated: 0, unchanged: 0 });
    expect(await g.count()).toEqual({ nodes: counts.nodes, links: counts.links });
  }, IMPORT_TIMEOUT_MS);

  it("has expired, current and future pairings at a fixed date, and dates of every precision", async () => {
    const since = cypherFirstDay("p.since");
    const until = cypherFirstDay("p.until");
    const expired = await count(`MATCH (p:Pairing) WHERE p.id STARTS WITH $prefix AND p.until IS NOT NULL AND ${until} < $asOf RETURN count(p)`);
    const future = await count(`MATCH (p:Pairing) WHERE p.id STARTS WITH $prefix AND p.since IS NOT NULL AND ${since} > $asOf RETURN count(p)`);
    const current = await count(
      `MATCH (p:Pairing) WHERE p.id STARTS WITH $prefix AND (p.since IS NULL OR ${since} <= $asOf) AND (p.until IS NULL OR ${until} >= $asOf) RETURN count(p)`,
    );
    const openEnded = await count("MATCH (p:Pairing) WHERE p.id STARTS WITH $prefix AND p.since IS NOT NULL AND p.until IS NULL RETURN count(p)");
    expect({ expired: expired > 0, current: current > 0, future: future > 0, openEnded: openEnded > 0 }).toEqual({
      expired: true,
      current: true,
      future: true,
      openEnded: true,
    });
    expect(expired + current + future).toBe(await count("MATCH (p:Pairing) WHERE p.id STARTS WITH $prefix RETURN count(p)"));

    // Dates as sources give them: some only a year, some a month, most a day.
    const byPrecision = async (pattern: string): Promise<number> =>
      count(`MATCH (p:Pairing) WHERE p.id STARTS WITH $prefix UNWIND [p.since, p.until] AS d WITH d WHERE d =~ '${pattern}' RETURN count(d)`);
    expect(await byPrecision("\\\\d{4}")).toBeGreaterThan(0);
    expect(await byPrecision("\\\\d{4}-\\\\d{2}")).toBeGreaterThan(0);
    expect(await byPrecision("\\\\d{4}-\\\\d{2}-\\\\d{2}")).toBeGreaterThan(0);
  });

  it("has alliance members who left and members who stayed", async () => {
    expect(await count("MATCH ()-[m:MEMBER_OF]->(a:Alliance) WHERE a.id STARTS WITH $prefix AND m.until IS NOT NULL RETURN count(m)")).toBeGreaterThan(0);
    expect(await count("MATCH ()-[m:MEMBER_OF]->(a:Alliance) WHERE a.id STARTS WITH $prefix AND m.until IS NULL RETURN count(m)")).toBeGreaterThan(0);
  });

  it("has communities that are unpaired at the date, and communities never paired at all", async () => {
    // The same test of "paired" that unpairedCommunities and coverage use.
    const communities = await count("MATCH (c:Community) WHERE c.id STARTS WITH $prefix AND c.level IN ['community', 'village', 'business_district'] RETURN count(c)");
    const unpaired = await count(
      `MATCH (c:Community) WHERE c.id STARTS WITH $prefix AND c.level IN ['community', 'village', 'business_district'] AND NOT ${pairedAt("c")} RETURN count(c)`,
    );
    const neverPaired = await count(
      "MATCH (c:Community) WHERE c.id STARTS WITH $prefix AND c.level IN ['community', 'village', 'business_district'] AND NOT EXISTS { (c)<-[:LEADS]-{0,1}()-[:PARTY_TO]->(:Pairing) } RETURN count(c)",
    );
    expect(communities).toBe(counts.communities);
    expect(neverPaired).toBeGreaterThan(0);
    expect(unpaired).toBeGreaterThan(neverPaired);
    expect(unpaired).toBeLessThan(communities);
  });

  it("changes nothing when imported a second time", async () => {
    const before = await g.count();
    const again = await g.load(file);
    expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: counts.nodes });
    expect(again.links).toEqual({ created: 0, updated: 0, unchanged: counts.links });
    expect(await g.count()).toEqual(before);
  }, IMPORT_TIMEOUT_MS);
});
