import type { Driver } from "neo4j-driver";
import { mintToken } from "../../src/auth/mint-token";
import { loadConfig } from "../../src/config";
import { gql, graphWithServer, testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

/**
 * A community recorded twice is merged: every link and citation of the duplicate ends up on the one
 * kept (a link both had keeps one copy with both citations), the duplicate's names become aliases,
 * the duplicate is gone, and history has the merge.
 */
const RECORDS = [
  { id: "src", type: "Source", name: "某报 2024-01-02", publication: "某报", date: "2024-01-02" },
  { id: "street", type: "Area", name: "某街道", level: "street" },
  { id: "keep", type: "Community", name: "甲社区", level: "community", sources: [{ id: "src", locator: "para 1" }] },
  { id: "dup", type: "Community", name: "甲社区居委会", aliases: ["甲小区"], level: "community", sources: [{ id: "src", locator: "para 2" }] },
  { type: "PART_OF", from: "keep", to: "street", sources: [{ id: "src", locator: "para 1" }] },
  { type: "PART_OF", from: "dup", to: "street", sources: [{ id: "src", locator: "para 3" }] },
  { id: "pairing", type: "Pairing", name: "某共建", kind: "co_building" },
  { type: "PARTY_TO", from: "dup", to: "pairing", role: "社区", sources: [{ id: "src", locator: "para 4" }] },
  { id: "station", type: "ServiceStation", name: "某驿站", kind: "红帆驿站" },
  { type: "PART_OF", from: "station", to: "dup" },
];

describe("merging two organizations", () => {
  let driver: Driver;
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ g, server, close } = await graphWithServer("merge", RECORDS));
    driver = g.driver;
  });
  afterAll(() => close());

  const MERGE = `mutation ($fromId: ID!, $intoId: ID!) { mergeOrganizations(fromId: $fromId, intoId: $intoId) { intoId changes } }`;

  it("keeps every link and citation, and records the merge", async () => {
    const token = await mintToken(loadConfig().jwtSecret, ["editor"], "10m", "editor-merge");
    const answer = await gql(server.url, MERGE, { fromId: g.id("dup"), intoId: g.id("keep") }, { authorization: `Bearer ${token}` });
    expect(answer.errors).toBeUndefined();

    const { records: nodes } = await driver.executeQuery("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS p", { ids: [g.id("dup"), g.id("keep")] });
    expect(nodes.map((r) => g.local(r.get("id")))).toEqual(["keep"]);
    const keep = nodes[0].get("p");
    expect(keep.aliases).toEqual(["甲社区居委会", "甲小区"]);
    expect(g.localize(keep.sourceIds)).toEqual(["src", "src"]);
    expect(keep.sourceLocators).toEqual(["para 1", "para 2"]);

    const { records: links } = await driver.executeQuery(
      "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p ORDER BY from, type, to",
      { prefix: g.prefix },
    );
    expect(g.localize(links.map((r) => [r.get("from"), r.get("type"), r.get("to"), r.get("p")]))).toEqual([
      ["keep", "PARTY_TO", "pairing", { role: "社区", sourceIds: ["src"], sourceLocators: ["para 4"] }],
      ["keep", "PART_OF", "street", { sourceIds: ["src", "src"], sourceLocators: ["para 1", "para 3"] }],
      ["station", "PART_OF", "keep", {}],
    ]);

    const history = await gql(server.url, `query ($id: ID!) { history(id: $id) { actor action kind link to } }`, { id: g.id("dup") });
    const merged = g.localize(history.data!.history as { actor: string; action: string; kind: string; link: string | null; to: string | null }[]).filter((c) => c.action.startsWith("mergeOrganizations"));
    expect(merged.every((c) => c.actor === "editor-merge" && c.kind === "deleted")).toBe(true);
    expect(merged.map((c) => c.link ?? "node").sort()).toEqual(["PARTY_TO", "PART_OF", "PART_OF", "node"].sort());
  });

  it("refuses nodes of two types, and an unknown id", async () => {
    const token = await mintToken(loadConfig().jwtSecret, ["editor"], "10m", "editor-merge");
    const auth = { authorization: `Bearer ${token}` };
    expect((await gql(server.url, MERGE, { fromId: g.id("station"), intoId: g.id("keep") }, auth)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await gql(server.url, MERGE, { fromId: g.id("nowhere"), intoId: g.id("keep") }, auth)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});
