import type http from "node:http";

export class PortInUseError extends Error {}

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
