import net from "node:net";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../src/database/driver";
import { LauncherError, startLocalNeo4j } from "../src/database/local/launcher";
import { testDriver } from "./support/database";
import { gql, testServer } from "./support/server";

describe("the API over a real Neo4j", () => {
  let driver: Driver;
  let server: Awaited<ReturnType<typeof testServer>>;

  beforeAll(async () => {
    driver = await testDriver();
    server = await testServer(driver);
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it("answers { __typename }", async () => {
    const res = await gql(server.url, "{ __typename }");
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: "Query" });
  });

  it("reports a Neo4j 5.26 Community server on /health", async () => {
    const res = await fetch(`${server.base}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.status).toBe("ok");
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    expect(body.neo4j.edition).toBe("community");
    expect(body.neo4j.address).toMatch(/:\d+$/);
  });

  it("answers a query sent by GET, and shows the project's own GraphiQL to a browser", async () => {
    const get = await fetch(`${server.url}?query=${encodeURIComponent("{ __typename }")}`, { headers: { "apollo-require-preflight": "true" } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: "Query" } });
    const page = await fetch(`${server.url}/`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.url).toMatch(/\/ide\/$/);
    expect(await page.text()).toMatch(/GraphQL IDE/);
  });

  it("answers compact JSON", async () => {
    const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(await res.text()).toBe('{"data":{"__typename":"Query"}}');
  });

  it("serves the generated API and the custom operations in one schema", async () => {
    const res = await gql(server.url, "{ areas(limit: 1) { id } search(text: \"社区\") { score } }");
    expect(res.errors).toBeUndefined();
    expect(Array.isArray(res.data?.areas)).toBe(true);
  });
});

describe("/health when Neo4j does not answer", () => {
  it("answers 503 with a reason", async () => {
    const deadDriver = createDriver({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x" });
    const server = await testServer(deadDriver);
    try {
      const res = await fetch(`${server.base}/health`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as any;
      expect(body.status).toBe("unavailable");
      expect(body.reason).toMatch(/Neo4j does not answer/);
    } finally {
      await server.stop();
      await deadDriver.close();
    }
  });
});

describe("starting a local Neo4j on a taken port", () => {
  it("names the port instead of failing obscurely", async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, "127.0.0.1", resolve));
    const port = (squatter.address() as net.AddressInfo).port;
    try {
      const start = startLocalNeo4j({ name: "port-clash", boltPort: port, httpPort: port + 1, heap: "256m", pageCache: "64m" }, "irrelevant", () => undefined);
      await expect(start).rejects.toThrow(LauncherError);
      await expect(start).rejects.toThrow(new RegExp(`Port ${port} .* is taken`));
    } finally {
      squatter.close();
    }
  });
});
