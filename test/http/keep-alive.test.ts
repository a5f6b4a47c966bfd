/**
 * A client that keeps its connection in a pool may send on it after several seconds idle, as a
 * federation gateway or a load balancer does: the server must still hold it open then, or the request
 * goes out on a socket being closed and fails with ECONNRESET (Node closes idle ones after 5 s).
 */
import http from "node:http";
import { graphWithServer } from "../support/server";

function ask(url: string, agent: http.Agent): Promise<{ status: number; reusedSocket: boolean }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: "{ __typename }" });
    const request = http.request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, reusedSocket: request.reusedSocket }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

describe("kept-alive connections", () => {
  let fixture: Awaited<ReturnType<typeof graphWithServer>>;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  beforeAll(async () => {
    fixture = await graphWithServer("keep-alive", []);
  });
  afterAll(async () => {
    agent.destroy();
    await fixture?.close();
  });

  it("are still open to a client that comes back after 6 s idle", async () => {
    expect(await ask(fixture.server.url, agent)).toEqual({ status: 200, reusedSocket: false });
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await ask(fixture.server.url, agent)).toEqual({ status: 200, reusedSocket: true });
  }, 30_000);
});
