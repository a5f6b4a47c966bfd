import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { type ApolloServer, HeaderMap } from "@apollo/server";
import pino from "pino";
import { deferResult } from "../../src/http/deferred-results";
import { graphqlEndpoint } from "../../src/http/graphql-endpoint";

/** The handler on a local port while the describe block runs; its URL once the block has started. */
function servedForTheBlock(handler: http.RequestListener): { url: string } {
  const server = http.createServer(handler);
  const endpoint = { url: "" };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return endpoint;
}

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
  const endpoint = servedForTheBlock(graphqlEndpoint(broken, async () => ({}), { maxBodyBytes: 1024, logger }));

  it("answers 500 with INTERNAL_SERVER_ERROR and logs the failure", async () => {
    const res = await fetch(endpoint.url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ errors: [{ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ msg: "a GraphQL request failed outside Apollo", err: { message: "socket torn down" } });
  });
});

/**
 * The endpoint writes the bytes of the answers Apollo hands it by ticket (deferred-results.ts)
 * itself, from reused buffers: each client must get its own answer whole, with its length, also
 * when answers are large and several are in flight at once.
 */
describe("the /graphql endpoint, sending large answers", () => {
  // About 3 MB each: more than the sockets take at once, within what the pool keeps (answer-bytes.ts).
  const answerFor = (letter: string): unknown => ({ data: { items: Array.from({ length: 60_000 }, (_, i) => ({ id: `${letter}-${i}`, name: `${letter}洸河街道${i}` })) } });
  const apollo = {
    executeHTTPGraphQLRequest: async ({ httpGraphQLRequest }: { httpGraphQLRequest: { body: { query: string } } }) => ({
      status: 200,
      headers: new HeaderMap([["content-type", "application/json; charset=utf-8"]]),
      body: { kind: "complete", string: deferResult(answerFor(httpGraphQLRequest.body.query)) },
    }),
  } as unknown as ApolloServer;
  const endpoint = servedForTheBlock(graphqlEndpoint(apollo, async () => ({}), { maxBodyBytes: 1024, logger: pino({ level: "silent" }) }));

  it("sends each its own answer, whole and with its length", async () => {
    const ask = async (letter: string): Promise<void> => {
      const res = await fetch(endpoint.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: letter }) });
      const body = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get("content-length"))).toBe(body.length);
      expect(body.toString()).toBe(JSON.stringify(answerFor(letter)));
    };
    await Promise.all(["a", "b", "c", "d", "e", "f"].map(ask));
    await ask("g");
  });

  it("keeps an answer's buffer until the client has taken it all, while others are answered", async () => {
    // Over a Unix socket, whose buffers (about 200 kB) take little of a 3 MB answer: the rest waits
    // in the answer's buffer, which must not be handed to the next answer meanwhile.
    const socketPath = path.join(os.tmpdir(), `partygraph-endpoint-${process.pid}.sock`);
    fs.rmSync(socketPath, { force: true });
    const local = http.createServer(graphqlEndpoint(apollo, async () => ({}), { maxBodyBytes: 1024, logger: pino({ level: "silent" }) }));
    await new Promise<void>((resolve) => local.listen(socketPath, resolve));
    const ask = (letter: string, untilRead?: Promise<unknown>): Promise<string> =>
      new Promise((resolve, reject) => {
        const req = http.request({ socketPath, path: "/graphql", method: "POST", headers: { "content-type": "application/json" } }, (res) => {
          const parts: Buffer[] = [];
          res.on("data", (part: Buffer) => parts.push(part));
          res.on("end", () => resolve(Buffer.concat(parts).toString()));
          if (untilRead) {
            res.pause();
            untilRead.then(() => res.resume(), reject);
          }
        });
        req.on("error", reject);
        req.end(JSON.stringify({ query: letter }));
      });
    try {
      let othersDone!: () => void;
      const others = new Promise<void>((resolve) => (othersDone = resolve));
      const slow = ask("s", others);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await Promise.all([ask("t"), ask("u")])).toEqual([JSON.stringify(answerFor("t")), JSON.stringify(answerFor("u"))]);
      othersDone();
      expect(await slow).toBe(JSON.stringify(answerFor("s")));
    } finally {
      await new Promise<void>((resolve) => local.close(() => resolve()));
    }
  });
});
