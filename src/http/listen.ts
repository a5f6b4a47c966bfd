import type http from "node:http";

export class PortInUseError extends Error {}

/** How long an idle kept-alive connection is held open: past the 60 s idle timeout of common load balancers. */
const KEEP_ALIVE_SECONDS = 65;

/**
 * An idle kept-alive connection stays open longer than clients keep theirs in their pools (a
 * federation gateway's, a load balancer's 60 s), so the client, not the server, lets it go: with
 * Node's default 5 s a gateway sent its next request on a socket the server was closing at 4.99 s
 * and got ECONNRESET.
 */
export function holdIdleConnections(server: http.Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_SECONDS * 1000;
}

/** Listens on `port` (0: any free one) and resolves with the port taken; a taken port is a PortInUseError. */
export function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new PortInUseError(`Port ${port} is taken: is another \`npm start\` running? Stop it, or set PORT to another port.`) : error),
    );
    server.listen(port, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}
