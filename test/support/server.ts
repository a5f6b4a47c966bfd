import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { RunningServer, startServer } from "../../src/server";
import { TestGraph } from "./test-graph";

/** The real HTTP server on a free port, over the given driver: tests talk to it as a client would. */
export async function testServer(driver: Driver, env: NodeJS.ProcessEnv = {}): Promise<RunningServer & { base: string }> {
  const config = { ...loadConfig({ ...process.env, ...env }), port: 0 };
  const server = await startServer(config, driver);
  return { ...server, base: server.url.replace(/\/graphql$/, "") };
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

export async function gql<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: response.status, ...body };
}

/**
 * What most API tests start from: a TestGraph of their own holding `records`, and the real server
 * over its driver. `close()` stops the server and deletes the graph's data.
 */
export async function graphWithServer(
  name: string,
  records: Record<string, unknown>[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ g: TestGraph; server: RunningServer & { base: string }; close(): Promise<void> }> {
  const g = await TestGraph.create(name);
  await g.load(records);
  const server = await testServer(g.driver, env);
  return {
    g,
    server,
    async close() {
      await server.stop();
      await g.close();
    },
  };
}
