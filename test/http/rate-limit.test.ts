import type { Driver } from "neo4j-driver";
import { mintToken } from "../../src/auth/mint-token";
import { loadConfig } from "../../src/config";
import { rateLimited } from "../../src/http/rate-limit";
import { testDriver } from "../support/database";
import { gql, testServer } from "../support/server";

/**
 * One client over its budget is refused with 429, Retry-After and RATE_LIMITED, while the server
 * keeps serving everyone else: another address, and a token (counted by its subject, not its address).
 */
describe("rate limit per client", () => {
  let driver: Driver;
  let server: Awaited<ReturnType<typeof testServer>>;
  const BUDGET = 5;
  beforeAll(async () => {
    driver = await testDriver();
    // Behind a proxy, as in docs/deploy.md: X-Forwarded-For names the client, so the test can be several.
    server = await testServer(driver, { RATE_LIMIT_POINTS: String(BUDGET), RATE_LIMIT_WINDOW_SECONDS: "60", RATE_LIMIT_TRUST_PROXY: "true" });
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  const ask = (headers: Record<string, string>) => gql(server.url, "{ __typename }", {}, headers);

  it("answers a burst over the budget with 429s and keeps serving other clients", async () => {
    const noisy = { "x-forwarded-for": "203.0.113.7" };
    const burst = await Promise.all(Array.from({ length: BUDGET + 4 }, () => ask(noisy)));
    expect(burst.filter((r) => r.status === 200)).toHaveLength(BUDGET);
    const refused = burst.filter((r) => r.status === 429);
    expect(refused).toHaveLength(4);
    expect(refused[0].errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(refused[0].errors?.[0].message).toMatch(/at most 5 every 60 s/);

    const raw = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...noisy }, body: '{"query":"{ __typename }"}' });
    expect(raw.status).toBe(429);
    const retryAfter = Number(raw.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    const other = await ask({ "x-forwarded-for": "198.51.100.2" });
    expect(other).toMatchObject({ status: 200, data: { __typename: "Query" } });

    // A token is its subject's budget, wherever it comes from: the noisy address with a token is served.
    const token = await mintToken(loadConfig().jwtSecret, ["viewer"], "5m", "rate-limit-reader");
    const withToken = await ask({ ...noisy, authorization: `Bearer ${token}` });
    expect(withToken.status).toBe(200);
    expect((await fetch(`${server.base}/health`)).status).toBeLessThan(500);
  });

  it("is off with RATE_LIMIT_POINTS=0, and generous by default", () => {
    expect(loadConfig({}).rateLimit).toEqual({ points: 1200, windowSeconds: 60, trustProxy: false });
    const next = () => undefined;
    expect(rateLimited({ points: 0, windowSeconds: 60, trustProxy: false }, async () => "k", next)).toBe(next);
  });
});
