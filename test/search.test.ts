import path from "node:path";
import type { Driver } from "neo4j-driver";
import { importFiles } from "../src/interchange/import";
import { resetGraph, testDriver } from "./support/database";
import { gql, testServer } from "./support/server";

const SEARCH = `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { node { id name type } score } }`;

describe("search: full-text over Chinese names", () => {
  let driver: Driver;
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    driver = await testDriver();
    await resetGraph(driver);
    await importFiles(driver, [path.join(__dirname, "fixtures", "interchange", "small-graph.ndjson")]);
    await driver.executeQuery("CALL db.awaitIndexes(30)");
    server = await testServer(driver);
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it("finds 春晖社区 and 春晖社区党委 for 春晖", async () => {
    const res = await gql(server.url, SEARCH, { text: "春晖" });
    expect(res.errors).toBeUndefined();
    const ids = res.data!.search.map((h: { node: { id: string } }) => h.node.id);
    expect(ids).toEqual(expect.arrayContaining(["t-comm", "t-comm-party", "t-street"]));
    expect(ids).not.toContain("t-bank");
    const hit = res.data!.search.find((h: { node: { id: string } }) => h.node.id === "t-comm");
    expect(hit.node).toEqual({ id: "t-comm", name: "春晖社区", type: "Community" });
  });

  it("ranks the closest name first and honours first", async () => {
    const res = await gql(server.url, SEARCH, { text: "春晖社区党委", first: 1 });
    expect(res.data!.search.map((h: { node: { id: string } }) => h.node.id)).toEqual(["t-comm-party"]);
  });

  it("searches English names too", async () => {
    const res = await gql(server.url, SEARCH, { text: "Chunhui" });
    expect(res.data!.search.map((h: { node: { id: string } }) => h.node.id)).toEqual(["t-comm"]);
  });

  it("treats query syntax as plain text", async () => {
    for (const text of ['春晖") OR 1=1 //', "name:*", "AND OR NOT", '"\\', "~~~"]) {
      const res = await gql(server.url, SEARCH, { text });
      expect(res.errors).toBeUndefined();
    }
  });

  it("refuses text over 200 characters with BAD_USER_INPUT", async () => {
    const res = await gql(server.url, SEARCH, { text: "春".repeat(201) });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
