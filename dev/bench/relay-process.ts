/**
 * The relay floor's HTTP side: a server in its own process that does nothing but read a request and
 * answer with bytes it was given beforehand. Timed with the same client, body and connection reuse
 * as the API, it is the one HTTP round trip any API over the same bytes must pay; raw Cypher plus
 * this is the floor a GraphQL answer is measured against (docs/performance.md, "Method").
 *
 * Driven by dev/bench/run.ts over IPC: "answer" stores the bytes to send (the case's GraphQL answer,
 * byte for byte) and is acknowledged; "stop" exits.
 */
import http from "node:http";
import { holdIdleConnections } from "../../src/http/listen";

export type ToRelay = { type: "answer"; body: string } | { type: "stop" };
export type FromRelay = { type: "ready"; url: string } | { type: "stored"; bytes: number };

let answer = Buffer.from("{}");

const server = http.createServer((request, response) => {
  // The request body is read in full, as the API must read it before it can answer.
  request.on("data", () => undefined);
  request.on("end", () => {
    response.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": answer.length });
    response.end(answer);
  });
});

process.on("message", (message: ToRelay) => {
  if (message.type === "answer") {
    answer = Buffer.from(message.body, "utf8");
    process.send?.({ type: "stored", bytes: answer.length } satisfies FromRelay);
  } else {
    server.close();
    process.exit(0);
  }
});

// The same HTTP as the API's, idle connections included.
holdIdleConnections(server);

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as { port: number };
  process.send?.({ type: "ready", url: `http://127.0.0.1:${port}/graphql` } satisfies FromRelay);
});
