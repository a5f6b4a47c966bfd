import type http from "node:http";
import type { TokenVerifier, Viewer } from "./verify-token";

/**
 * The rate limit needs the token's subject before Apollo runs, and the context needs the viewer
 * inside it: each request's token is verified once and the answer shared.
 */
export function viewersOf(verify: TokenVerifier): (req: http.IncomingMessage) => Promise<Viewer> {
  const viewers = new WeakMap<http.IncomingMessage, Promise<Viewer>>();
  return (req) => {
    let viewer = viewers.get(req);
    if (!viewer) {
      viewer = verify(req.headers.authorization);
      // A refused token is answered by Apollo (401) through the context; keep it from counting as unhandled meanwhile.
      viewer.catch(() => undefined);
      viewers.set(req, viewer);
    }
    return viewer;
  };
}
