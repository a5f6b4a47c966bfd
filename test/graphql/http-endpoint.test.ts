import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type { ApolloServer } from "@apollo/server";
import pino from "pino";
import { graphqlEndpoint } from "../../src/http/graphql-endpoint";

/**
 * A request that breaks below Apollo (Apollo answers every GraphQL error itself) gets the same
 * plain 500 as any internal failure, and the failure is logged: it is the only trace it leaves.
 * Apollo is stood in for by an object whose one method the endpoint calls fails.
 */
describe("the /graphql endpoint, when a request breaks below Apollo", () => {
  const logged: Record<string, any>[] = [];
  const logger = pino(
    { level: "error" },
    new Writable({
      write(chunk, _encoding, done) {
        logged.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  const broken = { executeHTTPGraphQLRequest: () => Promise.reject(new Error("socket torn down")) } as unknown as ApolloServer;
  const server = http.createServer(graphqlEndpoint(broken, async () => ({}), { maxBody: "1kb", logger }));
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers 500 with INTERNAL_SERVER_ERROR and logs the failure", async () => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ errors: [{ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ msg: "a GraphQL request failed outside Apollo", err: { message: "socket torn down" } });
  });
});
