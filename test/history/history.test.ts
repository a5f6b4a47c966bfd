import type { Driver } from "neo4j-driver";
import { mintToken } from "../../src/auth/mint-token";
import { loadConfig } from "../../src/config";
import { testDriver } from "../support/database";
import { gql, testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

/**
 * Every write is remembered (contract 4.7): a mutation with its token's subject and the properties
 * before and after, in the same transaction; an import with its file and hash, once per change (a
 * second identical import adds nothing); a refused write leaves neither a change nor a record; a
 * deleted node keeps its history.
 */
const RECORDS = [
  { id: "district", type: "Area", name: "某区", level: "district" },
  { id: "street", type: "Area", name: "某街道", level: "street" },
  { id: "comm", type: "Community", name: "旧名社区", level: "community" },
  { type: "PART_OF", from: "street", to: "district" },
  { type: "PART_OF", from: "comm", to: "street" },
];

interface Change {
  at: string;
  actor: string | null;
  action: string;
  kind: string;
  subject: string;
  link: string | null;
  to: string | null;
  before: string | null;
  after: string | null;
}

const HISTORY = `query ($id: ID!, $first: Int) { history(id: $id, first: $first) { at actor action kind subject link to before after } }`;

describe("history of writes", () => {
  let driver: Driver;
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let editor: string;
  beforeAll(async () => {
    driver = await testDriver();
    g = await TestGraph.create("history", driver);
    await g.load(RECORDS);
    server = await testServer(driver);
    editor = await mintToken(loadConfig().jwtSecret, ["editor"], "10m", "editor-alice");
  });
  afterAll(async () => {
    await server.stop();
    await g.close();
    await driver.close();
  });

  const history = async (local: string, first?: number): Promise<Change[]> => {
    const answer = await gql(server.url, HISTORY, { id: g.id(local), ...(first !== undefined ? { first } : {}) });
    expect(answer.errors).toBeUndefined();
    return g.localize(answer.data!.history as Change[]);
  };
  const mutate = (query: string, variables: Record<string, unknown>, token = editor) => gql(server.url, query, variables, { authorization: `Bearer ${token}` });

  it("records an import once, by its file and hash, and not again when nothing changed", async () => {
    const [created] = await history("comm");
    expect(created).toMatchObject({ kind: "created", action: "import", subject: "comm", before: null });
    expect(created.actor).toMatch(/^import 0-records\.ndjson sha256:[0-9a-f]{64}$/);
    expect(JSON.parse(created.after!)).toEqual({ id: g.id("comm"), name: "旧名社区", level: "community" });
    const link = (await history("street")).find((c) => c.link === "PART_OF" && c.subject === "comm");
    expect(link).toMatchObject({ kind: "created", to: "street", after: "{}" });

    await g.load(RECORDS);
    expect(await history("comm")).toHaveLength(2); // the node and its PART_OF link, from the first import only
    await g.load([{ id: "comm", type: "Community", name: "旧名社区", level: "village" }]);
    const [updated] = await history("comm");
    expect(updated).toMatchObject({ kind: "updated", action: "import" });
    expect(JSON.parse(updated.before!).level).toBe("community");
    expect(JSON.parse(updated.after!).level).toBe("village");
  });

  it("shows a new node's integers as numbers and a new link's properties, each row apart from its batch-mates", async () => {
    await g.load([
      { id: "register", type: "Source", name: "register.xlsx" },
      { id: "branch-a", type: "PartyOrganization", name: "甲支部", level: "branch", termYears: 3, sources: [{ id: "register", locator: "row 2" }] },
      { id: "branch-b", type: "PartyOrganization", name: "乙支部", level: "branch" },
      { type: "LEADS", from: "branch-a", to: "comm", since: "2024-03" },
      { type: "LEADS", from: "branch-b", to: "comm" },
    ]);
    const [a] = await history("branch-a");
    expect(a).toMatchObject({ kind: "created", action: "import", subject: "branch-a", before: null });
    expect(a.after).toBe(JSON.stringify({ id: g.id("branch-a"), level: "branch", name: "甲支部", sourceIds: [g.id("register")], sourceLocators: ["row 2"], termYears: 3 }));
    const leads = (await history("comm")).filter((c) => c.link === "LEADS");
    expect(leads.map((c) => [c.subject, c.to, c.after]).sort()).toEqual([
      ["branch-a", "comm", '{"since":"2024-03"}'],
      ["branch-b", "comm", "{}"],
    ]);
    expect((await history("branch-b")).map((c) => c.link)).toEqual([null, "LEADS"]);
  });

  it("still reads an import batch recorded row by row as JSON text, as imports wrote every batch before", async () => {
    const old = g.id("old-import");
    const rows = [{ subject: old, kind: "created", before: null, after: JSON.stringify({ id: old, name: "老社区" }) }];
    await driver.executeQuery("CREATE (:Change {at: '2026-01-01T00:00:00.000Z', actor: 'import old.ndjson', action: 'import', ids: $id, rows: $rows})", {
      id: old,
      rows: JSON.stringify(rows),
    });
    try {
      expect(await history("old-import")).toEqual([
        { at: "2026-01-01T00:00:00.000Z", actor: "import old.ndjson", action: "import", kind: "created", subject: "old-import", link: null, to: null, before: null, after: rows[0].after },
      ]);
    } finally {
      await driver.executeQuery("MATCH (c:Change {ids: $id}) DELETE c", { id: old });
    }
  });

  it("records a mutation with the token's subject, the operation and the properties before and after", async () => {
    const answer = await mutate(
      `mutation ($id: ID!) { updateCommunities(where: { id: { eq: $id } }, update: { name: { set: "新名社区" } }) { communities { id name } } }`,
      { id: g.id("comm") },
    );
    expect(answer.errors).toBeUndefined();
    const [latest] = await history("comm");
    expect(latest).toMatchObject({ actor: "editor-alice", action: "updateCommunities", kind: "updated", subject: "comm", link: null });
    expect(JSON.parse(latest.before!).name).toBe("旧名社区");
    expect(JSON.parse(latest.after!).name).toBe("新名社区");
    // The former name stays as an alias, dated by this Change.
    expect(JSON.parse(latest.after!).aliases).toEqual(["旧名社区"]);
    expect(Date.now() - Date.parse(latest.at)).toBeLessThan(60_000);
  });

  it("records links a mutation connects, at both ends, and keeps a deleted node's history", async () => {
    const created = await mutate(
      `mutation ($id: ID!, $street: ID!) { createCommunities(input: [{ id: $id, name: "新建社区", level: "community",
         partOfArea: { connect: [{ where: { node: { id: { eq: $street } } } }] } }]) { communities { id } } }`,
      { id: g.id("fresh"), street: g.id("street") },
    );
    expect(created.errors).toBeUndefined();
    const fresh = await history("fresh");
    expect(fresh.map((c) => [c.kind, c.link])).toEqual(expect.arrayContaining([["created", null], ["created", "PART_OF"]]));
    expect((await history("street")).some((c) => c.action === "createCommunities" && c.subject === "fresh" && c.to === "street")).toBe(true);

    const deleted = await mutate(`mutation ($id: ID!) { deleteCommunities(where: { id: { eq: $id } }) { nodesDeleted } }`, { id: g.id("fresh") });
    expect(deleted.errors).toBeUndefined();
    const after = await history("fresh");
    expect(after.filter((c) => c.action === "deleteCommunities").map((c) => [c.kind, c.link]).sort()).toEqual([["deleted", "PART_OF"], ["deleted", null]].sort());
    expect(after).toHaveLength(4);
    // Newest first, and `first` bounds it.
    expect(after[0].action).toBe("deleteCommunities");
    expect(await history("fresh", 1)).toHaveLength(1);
  });

  it("leaves no change and no record of a refused write", async () => {
    const before = await history("comm");
    const viewer = await mintToken(loadConfig().jwtSecret, ["viewer"], "10m", "viewer-bob");
    const refused = await mutate(`mutation ($id: ID!) { updateCommunities(where: { id: { eq: $id } }, update: { name: { set: "不该" } }) { communities { id } } }`, { id: g.id("comm") }, viewer);
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // A write that does not name its ids could touch nodes nobody checks or records: refused before it runs.
    const unnamed = await mutate(`mutation ($name: String!) { updateCommunities(where: { name: { eq: $name } }, update: { name: { set: "不该" } }) { communities { id } } }`, { name: "新名社区" });
    expect(unnamed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const everywhere = await mutate(`mutation { deleteCommunities { nodesDeleted } }`, {});
    expect(everywhere.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await history("comm")).toEqual(before);
    const { records } = await driver.executeQuery("MATCH (c:Community {id: $id}) RETURN c.name AS name", { id: g.id("comm") });
    expect(records[0].get("name")).toBe("新名社区");
  });

  it("answers NOT_FOUND for an id with neither a node nor a history", async () => {
    const answer = await gql(server.url, HISTORY, { id: g.id("never") });
    expect(answer.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});
