import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { Driver } from "neo4j-driver";
import type { Config } from "./config";
import { checkHealth } from "./database/health";
import { createContext, RequestContext } from "./graphql/context";
import { buildApiSchema } from "./graphql/schema";

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  /** Stops taking requests, lets the ones in flight finish, and leaves the driver to its owner. */
  stop(): Promise<void>;
}

/** A request enters here: HTTP → Express → Apollo → resolvers (generated or custom) → Cypher. */
export async function startServer(config: Config, driver: Driver): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildApiSchema(driver),
    introspection: true,
    includeStacktraceInErrorResponses: !config.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get("/health", async (_req, res) => {
    const health = await checkHealth(driver);
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });
  app.use("/graphql", express.json({ limit: "1mb" }), expressMiddleware(apollo, { context: async () => createContext(driver) }));

  await listen(httpServer, config.port);
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  return {
    url: `http://localhost:${port}/graphql`,
    httpServer,
    stop: () => apollo.stop(),
  };
}

export class PortInUseError extends Error {}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new PortInUseError(`Port ${port} is taken: is another \`npm start\` running? Stop it, or set PORT to another port.`) : error),
    );
    server.listen(port, () => resolve());
  });
}
