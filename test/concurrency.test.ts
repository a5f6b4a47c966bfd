import type { Driver } from "neo4j-driver";
import { loadConfig } from "../src/config";
import { mintToken } from "../src/auth/mint-token";
import { resetGraph, testDriver } from "./support/database";
import { gql, testServer } from "./support/server";

describe("concurrent creates of the same id", () => {
  let driver: Driver;
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    driver = await testDriver();
    await resetGraph(driver);
    server = await testServer(driver);
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it("give exactly one node, and a clear error to every other writer", async () => {
    const auth = { authorization: `Bearer ${await mintToken(loadConfig().jwtSecret, ["editor"])}` };
    // Different types on purpose: only the graph-wide Entity constraint can stop these.
    const mutations = Array.from({ length: 16 }, (_, i) =>
      i % 2 === 0
        ? `mutation { createAreas(input: [{ id: "same-id", name: "甲${i}" }]) { areas { id } } }`
        : `mutation { createCommunities(input: [{ id: "same-id", name: "乙${i}" }]) { communities { id } } }`,
    );
    const responses = await Promise.all(mutations.map((m) => gql(server.url, m, {}, auth)));
    const succeeded = responses.filter((r) => !r.errors);
    const refused = responses.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(15);
    for (const r of refused) {
      expect(r.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0].message).toMatch(/already exists/);
    }
    const { records } = await driver.executeQuery("MATCH (n {id: 'same-id'}) RETURN count(n) AS n, collect(labels(n)) AS labels");
    expect(records[0].get("n")).toBe(1);
  });
});
