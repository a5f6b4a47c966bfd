/**
 * What a browser front end on another origin meets: CORS preflights answered (allowed origins from
 * the environment, credentials only for the listed ones), a fetch from a page on another origin in
 * Chromium, cacheable anonymous GET reads and persisted queries, and the GraphQL-over-HTTP audit of
 * the graphql-http package passed at least as well as a stock Apollo Server passes it.
 */
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { auditServer } from "graphql-http";
import { chromium } from "playwright-core";
import { mintToken } from "../../src/auth/mint-token";
import { loadConfig } from "../../src/config";
import { testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

const PORTAL = "https://portal.example.org";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

describe("front ends in browsers", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;

  beforeAll(async () => {
    g = await TestGraph.create("browsers");
    await g.load([{ id: "area", type: "Area", name: "浏览器区", level: "district" }]);
    server = await testServer(g.driver, { LOG_LEVEL: "silent", CORS_ORIGINS: "*", CORS_CREDENTIAL_ORIGINS: PORTAL, PUBLIC_CACHE_SECONDS: "30" });
  });

  afterAll(async () => {
    await server?.stop();
    await g?.close();
  });

  const preflight = (origin: string) =>
    fetch(server.url, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization,x-graph-bookmark" },
    });

  it("answers a preflight from any origin, without credentials", async () => {
    const res = await preflight("http://localhost:5173");
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("allows credentials only to the listed origins, naming them", async () => {
    const res = await preflight(PORTAL);
    expect(res.headers.get("access-control-allow-origin")).toBe(PORTAL);
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
  });

  it("lets a page on another origin query the API in Chromium", async () => {
    // The page's own origin: another port on this machine, as a Vite dev server would be.
    const page = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>portal</title>"));
    await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const tab = await browser.newPage();
      await tab.goto(`http://127.0.0.1:${(page.address() as AddressInfo).port}/`);
      const answer = await tab.evaluate(
        async ({ url, id }) => {
          const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ areas(where: { id: { eq: "${id}" } }) { name } }` }) });
          return res.json();
        },
        { url: server.url.replace("localhost", "127.0.0.1"), id: g.id("area") },
      );
      expect(answer).toEqual({ data: { areas: [{ name: "浏览器区" }] } });
    } finally {
      await browser.close();
      page.close();
    }
  }, 60_000);

  it("lets a CDN keep an anonymous GET read, and never one sent with a token", async () => {
    const query = encodeURIComponent(`{ areas(where: { id: { eq: "${g.id("area")}" } }) { name } }`);
    const anonymous = await fetch(`${server.url}?query=${query}`, { headers: { "apollo-require-preflight": "true" } });
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get("cache-control")).toBe("public, max-age=30");
    const token = await mintToken(loadConfig().jwtSecret, ["viewer"]);
    const personal = await fetch(`${server.url}?query=${query}`, { headers: { "apollo-require-preflight": "true", authorization: `Bearer ${token}` } });
    expect(personal.headers.get("cache-control")).toBe("no-store");
  });

  it("answers an automatic persisted query by its hash, as a GET a CDN can cache", async () => {
    const query = `{ areas(where: { id: { eq: "${g.id("area")}" } }) { name } }`;
    const sha256Hash = crypto.createHash("sha256").update(query).digest("hex");
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
    const unknown = await (await fetch(`${server.url}?extensions=${extensions}`, { headers: { "apollo-require-preflight": "true" } })).json();
    expect((unknown as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }) });
    const known = await fetch(`${server.url}?extensions=${extensions}`, { headers: { "apollo-require-preflight": "true" } });
    expect(await known.json()).toEqual({ data: { areas: [{ name: "浏览器区" }] } });
    expect(known.headers.get("cache-control")).toBe("public, max-age=30");
  });

  it("passes the GraphQL-over-HTTP audit at least as well as a stock Apollo Server", async () => {
    const stock = new ApolloServer({ typeDefs: "type Query { hello: String }", resolvers: { Query: { hello: () => "world" } } });
    const { url: stockUrl } = await startStandaloneServer(stock, { listen: { port: 0 } });
    try {
      const passed = async (url: string) => new Set((await auditServer({ url })).filter((r) => r.status === "ok").map((r) => r.id));
      const [ours, theirs] = await Promise.all([passed(server.url), passed(stockUrl)]);
      expect([...theirs].filter((id) => !ours.has(id))).toEqual([]);
    } finally {
      await stock.stop();
    }
  }, 60_000);
});
