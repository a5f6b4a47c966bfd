/**
 * The export reads the graph a page at a time (src/interchange/graph-slice.ts): what it writes
 * does not depend on where the pages break, nor on which way a link type is paged, and no
 * transaction stays open while the output is not being read.
 */
import { Writable } from "node:stream";
import path from "node:path";
import { exportGraph } from "../../src/interchange/export";
import { openSlice, sliceLinks, sliceNodes, Slice } from "../../src/interchange/graph-slice";
import { OutputClosed } from "../../src/interchange/sink";
import { byCodePoint } from "../../src/graph/string-order";
import type { LinkType } from "../../src/graph/model";
import { fixtureRecords } from "../support/fixtures";
import { TestGraph } from "../support/test-graph";

const FIXTURE = path.join(__dirname, "..", "fixtures", "research.ndjson");
type Rec = Record<string, string>;
const fixture = fixtureRecords<Rec>(FIXTURE);

/** A date no other suite asks for, so this file's export is told apart among the server's transactions. */
const ODD_DATE = "1901-02-03";

describe("an export read in pages", () => {
  let g: TestGraph;
  let whole: Slice;

  beforeAll(async () => {
    g = await TestGraph.create("export-pages");
    await g.load(FIXTURE);
    whole = await openSlice(g.driver, {});
  });
  afterAll(() => g.close());

  /** The fixture's links of a type, as the export orders them (from, then to, by code point). */
  const fixtureLinks = (type: string): string[] =>
    fixture
      .filter((r) => r.type === type && r.from)
      .map((r) => `${g.id(r.from)} ${g.id(r.to)}`)
      .sort(byCodePoint);

  async function ownLinks(slice: Slice, type: LinkType, paging: Parameters<typeof sliceLinks>[3]): Promise<string[]> {
    const out: string[] = [];
    for await (const { from, to } of sliceLinks(g.driver, slice, type, paging)) if (g.owns(from) && g.owns(to)) out.push(`${from} ${to}`);
    return out;
  }

  // PARTY_TO: rs-bank and the communities are party to several pairings each, so pages of two break
  // between links that share their start.
  it.each([["PARTY_TO"], ["MEMBER_OF"], ["PART_OF"]] as [LinkType][])("%s links come whole and in order in pages of two, paged either way", async (type) => {
    const expected = fixtureLinks(type);
    expect(expected.length).toBeGreaterThan(4);
    expect(await ownLinks(whole, type, { rows: 2, links: "byStart" })).toEqual(expected);
    expect(await ownLinks(whole, type, { rows: 2, links: "byType" })).toEqual(expected);
  });

  it("nodes come whole and in order in pages of two, for the whole graph and for a scope", async () => {
    const communities = fixture.filter((r) => r.type === "Community" && !r.from).map((r) => g.id(r.id)).sort(byCodePoint);
    const own = async (slice: Slice): Promise<string[]> => {
      const ids: string[] = [];
      for await (const p of sliceNodes(g.driver, slice, "Community", { rows: 2 })) if (g.owns(p.id)) ids.push(p.id as string);
      return ids;
    };
    expect(await own(whole)).toEqual(communities);
    const district = await openSlice(g.driver, { scopeId: g.id("rs-district") });
    expect(await own(district)).toEqual(communities.filter((id) => district.ids!.includes(id)));
    expect((await own(district)).length).toBeGreaterThan(2);
  });

  it("a scope's links in pieces of two start ids are those read in one piece", async () => {
    const district = await openSlice(g.driver, { scopeId: g.id("rs-district") });
    const inPieces = await ownLinks(district, "PARTY_TO", { rows: 2 });
    expect(inPieces.length).toBeGreaterThan(4);
    expect(inPieces).toEqual(await ownLinks(district, "PARTY_TO", {}));
  });

  it("holds no transaction open while its output waits", async () => {
    // Sources are exported first: more of them than the driver fetches at once, so a reader that
    // streamed one query per type would still be inside it when the output stalls.
    await g.load(Array.from({ length: 3000 }, (_, i) => ({ id: `pg-src-${i}`, type: "Source", name: `来源 ${i}` })));
    // An output that takes the first chunk and never asks for more, as a stalled download.
    let written = 0;
    const stalled = new Writable({ highWaterMark: 1, write: () => void (written += 1) });
    const exporting = exportGraph(g.driver, stalled, { asOf: ODD_DATE });
    const settled = exporting.catch((error: unknown) => error);
    const openReads = async (): Promise<number> => {
      const { records } = await g.driver.executeQuery(
        "SHOW TRANSACTIONS YIELD parameters, currentQuery WHERE parameters.asOf = $asOf AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
        { asOf: ODD_DATE },
      );
      return records[0].get("n") as number;
    };
    const deadline = Date.now() + 10_000;
    while (written === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(written).toBe(1);
    // The page being written was read whole; the one asked for ahead ends on its own.
    let open = await openReads();
    while (open > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      open = await openReads();
    }
    expect(open).toBe(0);
    stalled.destroy();
    expect(await settled).toBeInstanceOf(OutputClosed);
  });
});
