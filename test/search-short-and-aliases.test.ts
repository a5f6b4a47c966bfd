/**
 * Search finds what a user types (issue 16): one character, and the other names a node goes by.
 * Other test files' data shares the database, so hits are filtered to this file's prefix.
 */
import path from "node:path";
import { createClient, SearchDocument } from "../src/client";
import { TestGraph } from "./support/test-graph";
import { testServer } from "./support/server";
import { QueryCounter, recordingDriver } from "./support/recording-driver";

const FIXTURE = path.join(__dirname, "fixtures", "figures.ndjson");

describe("search: one character and aliases", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let counter: QueryCounter;

  beforeAll(async () => {
    g = await TestGraph.create("search-short");
    await g.load(FIXTURE);
    await g.driver.executeQuery("CALL db.awaitIndexes(30)");
    const recorded = recordingDriver(g.driver);
    counter = recorded.counter;
    server = await testServer(recorded.driver, { LOG_LEVEL: "silent" });
  });
  afterAll(async () => {
    await server?.stop();
    await g?.close();
  });

  /** This file's hits, in the order served, as local ids. */
  async function mine(text: string, first = 100): Promise<string[]> {
    const res = await createClient(server.url).request(SearchDocument, { text, first });
    expect(res.errors).toBeUndefined();
    return res.data!.search.filter((h) => h.node.id.startsWith(g.prefix)).map((h) => g.local(h.node.id));
  }

  it("finds every name holding one character", async () => {
    expect((await mine("罍")).sort()).toEqual(["fg-village-1", "fg-village-2", "fg-village-3"]);
    // 联 and 村 are common (other files' data may hold thousands): each hit holds the character.
    for (const text of ["村", " 联 "]) {
      const res = await createClient(server.url).request(SearchDocument, { text, first: 10 });
      expect(res.data!.search.length).toBeGreaterThan(0);
      for (const hit of res.data!.search) expect(hit.node.name).toContain(text.trim());
    }
  });

  it("ranks an exact name, then names starting with the character, then the rest", async () => {
    expect(await mine("燚")).toEqual(["fg-xin-exact", "fg-xin-prefix", "fg-xin-inside"]);
    const hits = (await createClient(server.url).request(SearchDocument, { text: "燚", first: 100 })).data!.search;
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a)); // score orders the hits as served
  });

  it("finds a node by an alias, and the name still finds it", async () => {
    expect(await mine("方圆图形沂居")).toEqual(["fg-comm"]);
    expect(await mine("方圆图形悦居")).toEqual(["fg-comm"]);
    expect(await mine("洸和图形")).toEqual(["fg-street"]);
  });

  it("ranks an exact alias match first", async () => {
    // Another file may load the same fixture: its copy of the street is as exact a match as this
    // file's, and either may come first; no other node may.
    const hits = (await createClient(server.url).request(SearchDocument, { text: "洸和图形街道", first: 10 })).data!.search;
    expect(hits[0].node.id.endsWith("-fg-street")).toBe(true);
    const own = hits.find((h) => h.node.id === g.id("fg-street"));
    expect(own?.score).toBeGreaterThanOrEqual(3); // the exact tier (search.ts rankOf)
  });

  it("answers a one-character search from the TEXT index, not a scan of every node", async () => {
    counter.reset();
    await mine("村");
    expect(counter.calls).toHaveLength(1);
    const [call] = counter.calls;
    const { summary } = await g.driver.executeQuery(`EXPLAIN ${call.query.trim()}`, call.params);
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }): void => {
      operators.push(plan.operatorType.replace(/@.*$/, ""));
      for (const child of plan.children) walk(child as { operatorType: string; children: unknown[] });
    };
    walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
    expect(operators).toContain("NodeIndexContainsScan");
    expect(operators).not.toContain("AllNodesScan");
    expect(operators).not.toContain("NodeByLabelScan");
  });
});
