/**
 * How the server uses the database, counted at the driver (docs/deploy.md): every read in a READ
 * session that names the database and shares the process's bookmark manager, so that on a cluster a
 * read goes to a secondary that has caught up with the process's writes; a request's bookmarks are
 * added to its sessions; a mutation writes in a WRITE session on the named database.
 */
import neo4j, { Driver } from "neo4j-driver";
import { mintToken } from "../../src/auth/mint-token";
import { loadConfig } from "../../src/config";
import { forDatabase } from "../../src/database/driver";
import { gql, testServer } from "../support/server";
import { QueryCounter, recordingDriver } from "../support/recording-driver";
import { TestGraph } from "../support/test-graph";

describe("database use, as a cluster needs it", () => {
  let g: TestGraph;
  let raw: Driver;
  let counter: QueryCounter;
  let server: Awaited<ReturnType<typeof testServer>>;

  beforeAll(async () => {
    g = await TestGraph.create("database-use");
    await g.load([
      { id: "area", type: "Area", name: "读写区", level: "district" },
      { id: "comm", type: "Community", name: "读写社区", level: "community" },
      { type: "PART_OF", from: "comm", to: "area" },
    ]);
    const { user, password } = loadConfig().neo4j;
    raw = neo4j.driver(process.env.NEO4J_TEST_URI!, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
    const recorded = recordingDriver(raw);
    counter = recorded.counter;
    server = await testServer(forDatabase(recorded.driver, { database: "neo4j", retrySeconds: 5 }), { LOG_LEVEL: "silent" });
  });

  afterAll(async () => {
    await server?.stop();
    await raw?.close();
    await g?.close();
  });

  it("reads in READ sessions on the named database with the process's bookmark manager, custom and generated alike", async () => {
    counter.reset();
    const custom = await gql(server.url, "query ($id: ID!) { orgTree(rootId: $id, depth: 1) { node { id } } }", { id: g.id("area") });
    const generated = await gql(server.url, "query ($id: ID!) { areas(where: { id: { eq: $id } }) { communities { id } } }", { id: g.id("area") });
    expect(custom.errors).toBeUndefined();
    expect(generated.errors).toBeUndefined();
    expect(counter.sessions.length).toBeGreaterThanOrEqual(2);
    for (const session of counter.sessions) {
      expect(session).toMatchObject({ database: "neo4j", defaultAccessMode: "READ" });
      expect(session.bookmarkManager).toBe(raw.executeQueryBookmarkManager);
    }
  });

  it("adds the bookmarks a request carries to every session it opens", async () => {
    const auth = { authorization: `Bearer ${await mintToken(loadConfig().jwtSecret, ["editor"])}` };
    counter.reset();
    const write = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ query: `mutation { updateAreas(where: { id: { eq: "${g.id("area")}" } }, update: { code: { set: "370800" } }) { areas { id } } }` }),
    });
    expect(((await write.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(counter.sessions).toEqual([expect.objectContaining({ database: "neo4j", defaultAccessMode: "WRITE" })]);
    const bookmark = write.headers.get("x-graph-bookmark")!;
    expect(bookmark).toBeTruthy();

    counter.reset();
    const read = await gql(server.url, "query ($id: ID!) { areas(where: { id: { eq: $id } }) { code } }", { id: g.id("area") }, { "x-graph-bookmark": bookmark });
    expect(read.data?.areas).toEqual([{ code: "370800" }]);
    expect(counter.sessions.length).toBeGreaterThan(0);
    for (const session of counter.sessions) expect(session.bookmarks).toEqual(bookmark.split(","));
  });
});
