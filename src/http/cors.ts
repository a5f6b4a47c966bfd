import type { IncomingMessage, ServerResponse } from "node:http";
import cors from "cors";

export interface CorsSettings {
  /** Origins that may call the API from a browser; ["*"] for any (public reads are open by default). */
  origins: string[];
  /** Origins that may also send credentials (cookies); never "*". */
  credentialOrigins: string[];
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

// What a front end sends and must be able to read back (the write's bookmark, for read-your-writes).
const ALLOWED_HEADERS = ["content-type", "authorization", "x-graph-bookmark", "apollo-require-preflight", "x-apollo-operation-name"];
const EXPOSED_HEADERS = ["x-graph-bookmark", "retry-after"];
const PREFLIGHT_MAX_AGE = 600;

/**
 * CORS for front ends on other origins (a Vite dev server, a portal on its own domain): preflights
 * answered before Apollo (whose CSRF guard would refuse an OPTIONS), the listed credential origins
 * answered with their own origin and Allow-Credentials, any other allowed origin without credentials.
 */
export function corsFor({ origins, credentialOrigins }: CorsSettings): Handler {
  const common = { allowedHeaders: ALLOWED_HEADERS, exposedHeaders: EXPOSED_HEADERS, maxAge: PREFLIGHT_MAX_AGE, methods: ["GET", "POST", "OPTIONS"] };
  const withCredentials = cors({ ...common, origin: credentialOrigins, credentials: true });
  const open = origins.includes("*");
  const withoutCredentials = cors({ ...common, origin: open ? "*" : origins, credentials: false });
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && credentialOrigins.includes(origin)) withCredentials(req, res, next);
    else withoutCredentials(req, res, next);
  };
}
