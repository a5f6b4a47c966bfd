import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { RunningServer, startServer } from "../../src/server";

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
