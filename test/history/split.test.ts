import type { Driver } from "neo4j-driver";
import { mintToken } from "../../src/auth/mint-token";
import { loadConfig } from "../../src/config";
import { gql, graphWithServer, testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

/**
 * 甲社区 is split into 甲一社区 and 甲二社区 on 2024-03-01 (graph/split.ts): every kind of link it has
 * in force is either carried to a new community or ended on it, every citation stays, the structure
 * asked before the date shows 甲社区 and after it the new ones, and history has all of it. A refused
 * split writes nothing at all.
 */
const cite = (para: number) => ({ sources: [{ id: "src", locator: `para ${para}` }] });
const RECORDS = [
  { id: "src", type: "Source", name: "某报 2024-03-02", publication: "某报", date: "2024-03-02" },
  { id: "street", type: "Area", name: "某街道", level: "street" },
  { id: "other-street", type: "Area", name: "另一街道", level: "street" },
  { id: "comm", type: "Community", name: "甲社区", level: "community", ...cite(1) },
  { type: "PART_OF", from: "comm", to: "street", since: "2019", ...cite(1) },
  { id: "sibling", type: "Community", name: "乙社区", level: "community" },
  { type: "PART_OF", from: "sibling", to: "street" },
  { id: "far", type: "Community", name: "丙社区", level: "community" },
  { type: "PART_OF", from: "far", to: "other-street" },
  { id: "leader", type: "PartyOrganization", name: "某街道党工委", level: "working_committee" },
  { type: "LEADS", from: "leader", to: "comm", ...cite(2) },
  { id: "station", type: "ServiceStation", name: "甲驿站", kind: "红帆驿站" },
  { type: "PART_OF", from: "station", to: "comm", since: "2022-05", ...cite(3) },
  { id: "grid", type: "Community", name: "甲社区一网格", level: "grid" },
  { type: "PART_OF", from: "grid", to: "comm", ...cite(4) },
  { id: "alliance", type: "Alliance", name: "某联盟", founded: "2021" },
  { type: "MEMBER_OF", from: "comm", to: "alliance", role: "成员单位", since: "2021-06", ...cite(5) },
  { id: "unit", type: "Unit", name: "某局", sector: "government" },
  { id: "kept-pairing", type: "Pairing", name: "某局与甲社区共建", kind: "co_building", since: "2020", ...cite(6) },
  { type: "PARTY_TO", from: "unit", to: "kept-pairing", role: "单位" },
  { type: "PARTY_TO", from: "comm", to: "kept-pairing", role: "社区", ...cite(6) },
  { id: "school", type: "Unit", name: "某校", sector: "school" },
  { id: "old-pairing", type: "Pairing", name: "某校与甲社区双报到", kind: "dual_registration", since: "2021", ...cite(7) },
  { type: "PARTY_TO", from: "school", to: "old-pairing" },
  { type: "PARTY_TO", from: "comm", to: "old-pairing", ...cite(7) },
  { id: "event", type: "Activity", name: "义诊", date: "2023-05" },
  { type: "HELD", from: "comm", to: "event", ...cite(8) },
];

const SPLIT = `mutation ($fromId: ID!, $date: String!, $into: [SplitPartInput!]!, $moves: [SplitMoveInput!]) {
  splitOrganization(fromId: $fromId, date: $date, into: $into, moves: $moves) {
    fromId intoIds date changes endedPairings carried { link from to } ended { link from to } } }`;

describe("splitting an organization", () => {
  let driver: Driver;
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let close: () => Promise<void>;
  let editor: Record<string, string>;
  beforeAll(async () => {
    ({ g, server, close } = await graphWithServer("split", RECORDS));
    driver = g.driver;
    // An editor of the street: the split is inside its area.
    editor = { authorization: `Bearer ${await mintToken(loadConfig().jwtSecret, ["editor"], "10m", "editor-split", [g.id("street")])}` };
  });
  afterAll(() => close());

  const into = (...parts: [string, string][]) => parts.map(([id, name]) => ({ id: g.id(id), name }));
  const changeCount = async (): Promise<number> => {
    const { records } = await driver.executeQuery("MATCH (c:Change) WHERE c.subject STARTS WITH $prefix OR c.other STARTS WITH $prefix RETURN count(c) AS n", { prefix: g.prefix });
    return Number(records[0].get("n"));
  };

  it("refuses an unknown id, a taken id, a link it cannot carry and an organization outside the editor's areas, writing nothing", async () => {
    const before = { graph: await g.fingerprint(), changes: await changeCount() };
    const split = (variables: Record<string, unknown>, auth = editor) => gql(server.url, SPLIT, { date: "2024-03-01", moves: [], ...variables }, auth);
    const code = (answer: Awaited<ReturnType<typeof split>>) => answer.errors?.[0].extensions?.code;

    // An editor without areas: for the street's editor an unknown id is outside its areas (FORBIDDEN).
    const anywhere = { authorization: `Bearer ${await mintToken(loadConfig().jwtSecret, ["editor"], "10m", "editor-split")}` };
    expect(code(await split({ fromId: g.id("nowhere"), into: into(["n1", "一"], ["n2", "二"]) }, anywhere))).toBe("NOT_FOUND");
    expect(code(await split({ fromId: g.id("comm"), into: into(["a1", "一"], ["a2", "二"]), moves: [{ linked: g.id("nowhere"), to: g.id("a1") }] }))).toBe("NOT_FOUND");
    const taken = await split({ fromId: g.id("comm"), into: into(["a1", "一"], ["sibling", "二"]) });
    expect(code(taken)).toBe("BAD_USER_INPUT");
    expect(taken.errors?.[0].message).toMatch(/already taken/);
    expect(code(await split({ fromId: g.id("comm"), into: into(["a1", "一"], ["a1", "二"]) }))).toBe("BAD_USER_INPUT");
    expect(code(await split({ fromId: g.id("comm"), into: into(["a1", "一"]) }))).toBe("BAD_USER_INPUT");
    expect(code(await split({ fromId: g.id("comm"), date: "2024-02-30", into: into(["a1", "一"], ["a2", "二"]) }))).toBe("BAD_USER_INPUT");
    // A record of what 甲社区 did, not a link in the structure; and a move to an id not among the new ones.
    expect(code(await split({ fromId: g.id("comm"), into: into(["a1", "一"], ["a2", "二"]), moves: [{ linked: g.id("event"), to: g.id("a1") }] }))).toBe("BAD_USER_INPUT");
    expect(code(await split({ fromId: g.id("comm"), into: into(["a1", "一"], ["a2", "二"]), moves: [{ linked: g.id("station"), to: g.id("sibling") }] }))).toBe("BAD_USER_INPUT");
    // The street's editor may not split a community of another street.
    expect(code(await split({ fromId: g.id("far"), into: into(["f1", "一"], ["f2", "二"]) }))).toBe("FORBIDDEN");

    expect({ graph: await g.fingerprint(), changes: await changeCount() }).toEqual(before);
  });

  it("carries each kind of link it is told to, ends the rest, keeps every citation, and records it all", async () => {
    const answer = await gql(
      server.url,
      SPLIT,
      {
        fromId: g.id("comm"),
        date: "2024-03-01",
        into: into(["a1", "甲一社区"], ["a2", "甲二社区"]),
        moves: [
          { linked: g.id("leader"), to: g.id("a1") },
          { linked: g.id("leader"), to: g.id("a2") },
          { linked: g.id("station"), to: g.id("a2") },
          { linked: g.id("alliance"), to: g.id("a1") },
          { linked: g.id("kept-pairing"), to: g.id("a1") },
        ],
      },
      editor,
    );
    expect(answer.errors).toBeUndefined();
    const result = g.localize(answer.data!.splitOrganization);
    expect(result.intoIds).toEqual(["a1", "a2"]);
    expect(result.endedPairings).toEqual(["old-pairing"]);
    const sorted = (links: { link: string; from: string; to: string }[]) => links.map((l) => `${l.from} ${l.link} ${l.to}`).sort();
    expect(sorted(result.ended)).toEqual(["comm PARTY_TO old-pairing", "grid PART_OF comm"]);

    const { records: links } = await driver.executeQuery(
      "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix AND (a.id IN $ids OR b.id IN $ids) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p ORDER BY from, type, to",
      { prefix: g.prefix, ids: ["comm", "a1", "a2"].map((id) => g.id(id)) },
    );
    const c = (para: number) => ({ sourceIds: [g.id("src")], sourceLocators: [`para ${para}`] });
    expect(links.map((r) => [g.local(r.get("from")), r.get("type"), g.local(r.get("to")), g.localize(r.get("p"))])).toEqual(
      g.localize([
        ["a1", "MEMBER_OF", "alliance", { role: "成员单位", since: "2024-03-01", ...c(5) }],
        ["a1", "PARTY_TO", "kept-pairing", { role: "社区", ...c(6) }],
        ["a1", "PART_OF", "street", { since: "2024-03-01", ...c(1) }],
        ["a2", "PART_OF", "street", { since: "2024-03-01", ...c(1) }],
        // 甲社区 keeps every link and citation it had, its structure ended on the split date.
        ["comm", "HELD", "event", c(8)],
        ["comm", "MEMBER_OF", "alliance", { role: "成员单位", since: "2021-06", until: "2024-03-01", ...c(5) }],
        ["comm", "PARTY_TO", "kept-pairing", { role: "社区", ...c(6) }],
        ["comm", "PARTY_TO", "old-pairing", c(7)],
        ["comm", "PART_OF", "street", { since: "2019", until: "2024-03-01", ...c(1) }],
        ["grid", "PART_OF", "comm", { until: "2024-03-01", ...c(4) }],
        ["leader", "LEADS", "a1", { since: "2024-03-01", ...c(2) }],
        ["leader", "LEADS", "a2", { since: "2024-03-01", ...c(2) }],
        ["leader", "LEADS", "comm", { until: "2024-03-01", ...c(2) }],
        ["station", "PART_OF", "a2", { since: "2024-03-01", ...c(3) }],
        ["station", "PART_OF", "comm", { since: "2022-05", until: "2024-03-01", ...c(3) }],
      ]),
    );

    const { records: nodes } = await driver.executeQuery("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS p ORDER BY id", {
      ids: ["a1", "a2", "comm", "kept-pairing", "old-pairing"].map((id) => g.id(id)),
    });
    expect(g.localize(nodes.map((r) => r.get("p")))).toEqual(g.localize([
      { id: "a1", name: "甲一社区", level: "community" },
      { id: "a2", name: "甲二社区", level: "community" },
      { id: "comm", name: "甲社区", level: "community", ...c(1) },
      { id: "kept-pairing", name: "某局与甲社区共建", kind: "co_building", since: "2020", ...c(6) },
      { id: "old-pairing", name: "某校与甲社区双报到", kind: "dual_registration", since: "2021", until: "2024-03-01", ...c(7) },
    ]));

    type Row = { actor: string; action: string; kind: string; subject: string; link: string | null; to: string | null };
    const history = async (id: string): Promise<string[]> => {
      const rows = (await gql(server.url, `query ($id: ID!) { history(id: $id) { actor action kind subject link to } }`, { id: g.id(id) })).data!.history as Row[];
      const action = `splitOrganization ${g.id("comm")} into ${g.id("a1")}, ${g.id("a2")} on 2024-03-01`;
      const split = g.localize(rows.filter((r) => r.action === action));
      expect(split.every((r) => r.actor === "editor-split")).toBe(true);
      return split.map((r) => `${r.kind} ${r.subject}${r.link ? ` ${r.link} ${r.to}` : ""}`).sort();
    };
    // What 甲社区 became is in its history: every link of its that ended, under the split's name.
    expect(await history("comm")).toEqual([
      "updated comm MEMBER_OF alliance",
      "updated comm PART_OF street",
      "updated grid PART_OF comm",
      "updated leader LEADS comm",
      "updated station PART_OF comm",
    ]);
    expect(await history("a1")).toEqual([
      "created a1",
      "created a1 MEMBER_OF alliance",
      "created a1 PARTY_TO kept-pairing",
      "created a1 PART_OF street",
      "created leader LEADS a1",
    ]);
    expect(await history("a2")).toEqual(["created a2", "created a2 PART_OF street", "created leader LEADS a2", "created station PART_OF a2"]);
    expect(await history("old-pairing")).toEqual(["updated old-pairing"]);
  });

  // Asks about the split the test above made.
  it("shows 甲社区 in the structure before the split date and the new communities after it", async () => {
    const TREE = `query ($rootId: ID!, $asOf: String) { orgTree(rootId: $rootId, depth: 2, asOf: $asOf) { node { id } children { node { id } children { node { id } } } } }`;
    type Tree = { node: { id: string }; children: Tree[] };
    const tree = async (asOf: string): Promise<string[]> => {
      const answer = await gql(server.url, TREE, { rootId: g.id("street"), asOf });
      expect(answer.errors).toBeUndefined();
      const root = g.localize(answer.data!.orgTree as Tree);
      return root.children.map((child) => `${child.node.id}: ${child.children.map((x) => x.node.id).sort().join(" ")}`).sort();
    };
    expect(await tree("2024-02-29")).toEqual(["comm: grid station", "sibling: "]);
    expect(await tree("2024-03-02")).toEqual(["a1: ", "a2: station", "sibling: "]);

    const UNPAIRED = `query ($areaId: ID, $asOf: String) { unpairedCommunities(areaId: $areaId, asOf: $asOf) { items { id } } }`;
    const unpaired = async (asOf: string) => g.localize(((await gql(server.url, UNPAIRED, { areaId: g.id("street"), asOf })).data!.unpairedCommunities.items as { id: string }[]).map((i) => i.id)).sort();
    // Before: 甲社区 (paired twice) and its grid; after: 甲一社区 carries the pairing, 甲二社区 has none.
    expect(await unpaired("2024-02-29")).toEqual(["grid", "sibling"]);
    expect(await unpaired("2024-03-02")).toEqual(["a2", "sibling"]);

    const COVERAGE = `query ($areaId: ID!, $asOf: String) { coverage(areaId: $areaId, asOf: $asOf) { communities paired unpaired withStation } }`;
    const coverage = async (asOf: string) => (await gql(server.url, COVERAGE, { areaId: g.id("street"), asOf })).data!.coverage;
    expect(await coverage("2024-02-29")).toEqual({ communities: 3, paired: 1, unpaired: 2, withStation: 1 });
    expect(await coverage("2024-03-02")).toEqual({ communities: 3, paired: 1, unpaired: 2, withStation: 1 });
  });
});
