import type { IncomingMessage } from "node:http";
import path from "node:path";
import { ROOT } from "../paths";

/** GraphiQL's static build (ide/, built by Vite with `npm run build:ide`). */
export const IDE_DIR = path.join(ROOT, "dist", "ide");

/**
 * A person opening /graphql in a browser gets the project's own GraphiQL (served from /ide, no
 * CDN), not a GraphQL error: a GET without a query that asks for HTML. Tools asking for JSON, and
 * GET queries, still reach the GraphQL endpoint.
 */
export function wantsIde(req: IncomingMessage): boolean {
  if (req.method !== "GET" || (req.url ?? "").includes("?")) return false;
  return /text\/html/.test(req.headers.accept ?? "");
}
