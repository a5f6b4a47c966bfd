/**
 * Kills the Neo4j process under load (SIGKILL, as a crash would), then brings it back. The API must
 * fail fast with DATABASE_UNAVAILABLE while it is gone, answer 503 on /health, recover by itself
 * without a restart, and have lost no write it had confirmed. Uses an instance of its own (the test
 * instance's bolt port + 100), where its writes still go under its own id prefix and are deleted by
 * prefix at the end: it never empties a database.
 */
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { createDriver, DRIVER_TIMEOUTS_MS } from "../../src/database/driver";
import { ensureSchema } from "../../src/database/indexes";
import { runningPid, startLocalNeo4j, stopLocalNeo4j, testInstance } from "../../src/database/local/launcher";
import { mintToken } from "../../src/auth/mint-token";
import { gql, testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

const instance = { ...testInstance((Number(process.env.NEO4J_TEST_BOLT_PORT) || 7688) + 100), heap: "512m", pageCache: "128m" };
const { password, user, jwtSecret } = { ...loadConfig().neo4j, jwtSecret: loadConfig().jwtSecret };
const CREATE = `mutation ($id: ID!) { createAreas(input: [{ id: $id, name: "测试区", level: "district" }]) { areas { id } } }`;

/**
 * How long requests keep retrying while the database is gone: this test asks a server configured to
 * fail fast (NEO4J_RETRY_SECONDS=1) whether it does; the default window of 30 s, which rides out a
 * restart, is tested in test/cluster/restart.test.ts.
 */
const RETRY_SECONDS = 1;

/**
 * How long a request may take to fail while the database is gone. Failing is bounded by the
 * driver's own timeouts (acquiring a connection, which includes connecting, then the retry
 * window); twice their sum is the margin. A request that hangs instead waits for
 * TCP's timeouts, minutes. On top, ten times a request that succeeded, measured on this machine
 * just before: a busy machine slows both alike.
 */
const FAILURE_BUDGET_MS =
  2 * (DRIVER_TIMEOUTS_MS.connectionAcquisitionTimeout + DRIVER_TIMEOUTS_MS.connectionTimeout + RETRY_SECONDS * 1000);

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const started = Date.now();
  const value = await work();
  return { ms: Date.now() - started, value };
};

describe("a database outage", () => {
  let driver: Driver;
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let auth: Record<string, string>;

  beforeAll(async () => {
    await startLocalNeo4j(instance, password, () => undefined);
    driver = createDriver({ uri: `bolt://127.0.0.1:${instance.boltPort}`, user, password, retrySeconds: RETRY_SECONDS });
    await ensureSchema(driver);
    g = await TestGraph.create("outage", driver);
    server = await testServer(driver);
    auth = { authorization: `Bearer ${await mintToken(jwtSecret, ["editor"])}` };
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await g?.close().catch(() => undefined); // the database may be down if the test failed half-way
    await driver?.close();
    await stopLocalNeo4j(instance, () => undefined);
  }, 120_000);

  it("fails fast, reports 503, recovers by itself and loses no confirmed write", async () => {
    // Load: writes and reads in flight together; remember every write the API confirmed.
    const confirmed: string[] = [];
    let n = 0;
    let killed = false;
    const writer = (async () => {
      while (!killed) {
        const id = g.id(`outage-${++n}`);
        const res = await gql(server.url, CREATE, { id }, auth);
        if (res.data?.createAreas?.areas?.[0]?.id === id) confirmed.push(id);
      }
    })();
    const reader = (async () => {
      while (!killed) await gql(server.url, "{ areas(limit: 5) { id } }");
    })();
    while (confirmed.length < 20) await new Promise((r) => setTimeout(r, 50));
    // The same requests while it is up, under the same load: this machine's speed right now.
    const healthy = Math.max((await timed(() => gql(server.url, "{ areas(limit: 5) { id } }"))).ms, (await timed(() => fetch(`${server.base}/health`))).ms);
    const budget = FAILURE_BUDGET_MS + 10 * healthy;

    process.kill(runningPid(instance)!, "SIGKILL");
    killed = true;
    await Promise.all([writer, reader]);

    // While it is down: every request fails, within the budget, with DATABASE_UNAVAILABLE; /health says 503.
    for (const request of [
      () => gql(server.url, "{ areas(limit: 5) { id } }"),
      () => gql(server.url, '{ search(text: "测试") { score } }'),
      () => gql(server.url, CREATE, { id: g.id("outage-during") }, auth),
    ]) {
      const { ms, value } = await timed(request);
      expect(value.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
      expect(ms).toBeLessThan(budget);
    }
    const health = await timed(() => fetch(`${server.base}/health`));
    expect(health.value.status).toBe(503);
    expect(health.ms).toBeLessThan(budget);

    // Back up: the same server, same driver, answers again without a restart.
    await startLocalNeo4j(instance, password, () => undefined);
    let recovered = false;
    for (let i = 0; i < 60 && !recovered; i++) {
      const res = await gql(server.url, "{ areas(limit: 1) { id } }");
      recovered = !res.errors;
      if (!recovered) await new Promise((r) => setTimeout(r, 500));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${server.base}/health`)).status).toBe(200);

    const res = await gql(server.url, "query ($ids: [ID!]) { areas(where: { id: { in: $ids } }) { id } }", { ids: confirmed });
    expect(res.data?.areas.map((a: { id: string }) => a.id).sort()).toEqual([...confirmed].sort());
  }, 240_000);
});
