import type { Driver } from "neo4j-driver";
import { mintToken } from "../../src/auth/mint-token";
import { OutOfScope } from "../../src/auth/area-scope";
import { loadConfig } from "../../src/config";
import { importFiles } from "../../src/interchange/import";
import { testDriver } from "../support/database";
import { gql, testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

/**
 * An editor whose token names areas writes at or below them (down PART_OF links in force, and
 * what those nodes lead or are party to) and nowhere else: a write that touches anything outside
 * is FORBIDDEN and writes nothing, not even part of itself.
 */
const RECORDS = [
  { id: "district", type: "Area", name: "某区", level: "district" },
  { id: "street-a", type: "Area", name: "甲街道", level: "street" },
  { id: "street-b", type: "Area", name: "乙街道", level: "street" },
  { type: "PART_OF", from: "street-a", to: "district" },
  { type: "PART_OF", from: "street-b", to: "district" },
  { id: "comm-a", type: "Community", name: "甲社区", level: "community" },
  { id: "comm-b", type: "Community", name: "乙社区", level: "community" },
  { id: "comm-moved", type: "Community", name: "迁出社区", level: "community" },
  { type: "PART_OF", from: "comm-a", to: "street-a" },
  { type: "PART_OF", from: "comm-b", to: "street-b" },
  // Below street A until 2024, below street B since.
  { type: "PART_OF", from: "comm-moved", to: "street-a", until: "2023-12-31" },
  { type: "PART_OF", from: "comm-moved", to: "street-b", since: "2024-01-01" },
  { id: "branch-a", type: "PartyOrganization", name: "甲社区党支部", level: "branch" },
  { type: "PART_OF", from: "branch-a", to: "comm-a" },
  { id: "unit-a", type: "Unit", name: "某公司", sector: "enterprise" },
  { type: "LEADS", from: "branch-a", to: "unit-a" },
  { id: "pairing-a", type: "Pairing", name: "某共建", kind: "co_building" },
  { type: "PARTY_TO", from: "branch-a", to: "pairing-a" },
];

const RENAME = (type: string) => `mutation ($id: ID!, $name: String!) { update${type}(where: { id: { eq: $id } }, update: { name: { set: $name } }) { __typename } }`;

describe("editors scoped by area", () => {
  let driver: Driver;
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let streetA: string;
  beforeAll(async () => {
    driver = await testDriver();
    g = await TestGraph.create("area-scope", driver);
    await g.load(RECORDS);
    server = await testServer(driver);
    streetA = await mintToken(loadConfig().jwtSecret, ["editor"], "10m", "editor-street-a", [g.id("street-a")]);
  });
  afterAll(async () => {
    await server.stop();
    await g.close();
    await driver.close();
  });

  const as = (token: string, query: string, variables: Record<string, unknown>) => gql(server.url, query, variables, { authorization: `Bearer ${token}` });
  const nameOf = async (local: string): Promise<string | undefined> => {
    const { records } = await driver.executeQuery("MATCH (n:Entity {id: $id}) RETURN n.name AS name", { id: g.id(local) });
    return records[0]?.get("name");
  };
  const changesOf = async (local: string): Promise<number> => {
    const { records } = await driver.executeQuery("MATCH (c:Change) WHERE c.subject = $id OR c.other = $id RETURN count(c) AS n", { id: g.id(local) });
    return records[0].get("n");
  };

  it("writes the area, what is below it, and what those lead or are party to", async () => {
    for (const [type, local] of [["Areas", "street-a"], ["Communities", "comm-a"], ["PartyOrganizations", "branch-a"], ["Units", "unit-a"], ["Pairings", "pairing-a"]]) {
      const answer = await as(streetA, RENAME(type), { id: g.id(local), name: `${local} 改` });
      expect(answer.errors).toBeUndefined();
      expect(await nameOf(local)).toBe(`${local} 改`);
    }
  });

  it("refuses a node outside, or moved out, and writes nothing", async () => {
    for (const local of ["comm-b", "comm-moved"]) {
      const history = await changesOf(local);
      const answer = await as(streetA, RENAME("Communities"), { id: g.id(local), name: "越权" });
      expect(answer.status).toBe(403);
      expect(answer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(answer.errors?.[0].message).toContain(g.id(local));
      expect(await nameOf(local)).not.toBe("越权");
      expect(await changesOf(local)).toBe(history);
    }
    // The district is above the street, not below it.
    expect((await as(streetA, RENAME("Areas"), { id: g.id("district"), name: "越权" })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a write that reaches outside through a link, whole", async () => {
    const answer = await as(
      streetA,
      `mutation ($id: ID!, $to: ID!) { updateCommunities(where: { id: { eq: $id } }, update: { name: { set: "半截" },
         partOfArea: [{ connect: [{ where: { node: { id: { eq: $to } } } }] }] }) { __typename } }`,
      { id: g.id("comm-a"), to: g.id("street-b") },
    );
    expect(answer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await nameOf("comm-a")).not.toBe("半截");
  });

  it("creates inside when linked to a node there, and refuses an orphan", async () => {
    const create = (id: string, connect: boolean) =>
      as(
        streetA,
        `mutation ($id: ID!${connect ? ", $street: ID!" : ""}) { createCommunities(input: [{ id: $id, name: "新社区", level: "community"${connect ? ", partOfArea: { connect: [{ where: { node: { id: { eq: $street } } } }] }" : ""} }]) { __typename } }`,
        connect ? { id: g.id(id), street: g.id("street-a") } : { id: g.id(id) },
      );
    expect((await create("comm-new", true)).errors).toBeUndefined();
    expect(await nameOf("comm-new")).toBe("新社区");
    expect((await create("comm-orphan", false)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await nameOf("comm-orphan")).toBeUndefined();
  });

  it("lets a district editor, and an editor without areas, write below the district", async () => {
    const district = await mintToken(loadConfig().jwtSecret, ["editor"], "10m", "editor-district", [g.id("district")]);
    const anywhere = await mintToken(loadConfig().jwtSecret, ["editor"], "10m", "editor-anywhere");
    expect((await as(district, RENAME("Communities"), { id: g.id("comm-b"), name: "区里改" })).errors).toBeUndefined();
    expect((await as(anywhere, RENAME("Communities"), { id: g.id("comm-moved"), name: "哪里都行" })).errors).toBeUndefined();
    expect(await nameOf("comm-moved")).toBe("哪里都行");
  });
});

describe("imports by a scoped editor", () => {
  let g: TestGraph;
  beforeAll(async () => {
    g = await TestGraph.create("area-scope-import");
    await g.load(RECORDS);
  });
  afterAll(() => g.close());

  const importAs = (name: string, records: Record<string, unknown>[]) =>
    importFiles(g.driver, [g.file(name, g.prefixed(records))], undefined, { areas: [g.id("street-a")], actor: "editor-street-a" });

  it("imports inside the area, and refuses a file that reaches outside whole, recording nothing", async () => {
    const inside = await importAs("inside.ndjson", [
      { id: "comm-a", type: "Community", name: "甲社区（新）", level: "community" },
      { id: "grid-a", type: "Community", name: "甲网格", level: "grid" },
      { type: "PART_OF", from: "grid-a", to: "comm-a" },
    ]);
    expect(inside.nodes).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const { records: changes } = await g.driver.executeQuery("MATCH (c:Change) WHERE c.ids CONTAINS $id RETURN c.actor AS actor", { id: g.id("grid-a") });
    expect(changes.map((r) => r.get("actor"))).toEqual(["editor-street-a", "editor-street-a"]); // its node batch and its link batch

    const before = await g.count();
    await expect(
      importAs("outside.ndjson", [
        { id: "comm-a", type: "Community", name: "不该改", level: "community" },
        { id: "comm-b", type: "Community", name: "越权", level: "community" },
      ]),
    ).rejects.toThrow(OutOfScope);
    expect(await g.count()).toEqual(before);
    const { records } = await g.driver.executeQuery("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.name AS name ORDER BY n.id", { ids: [g.id("comm-a"), g.id("comm-b")] });
    expect(records.map((r) => r.get("name"))).toEqual(["甲社区（新）", "乙社区"]);
    const { records: none } = await g.driver.executeQuery("MATCH (c:Change) WHERE c.ids CONTAINS $id AND c.actor = 'editor-street-a' RETURN count(c) AS n", { id: g.id("comm-b") });
    expect(none[0].get("n")).toBe(0);
  });
});
