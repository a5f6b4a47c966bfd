/**
 * The API server as the benchmark sees it: its own process (so RSS is the server's alone and the
 * load generator does not share its event loop), the real startServer on a free port, over a driver
 * that counts statements and round trips. Driven by dev/bench/run.ts over IPC: it answers "stats" with
 * those counters and memory, and "stop" by shutting down.
 */
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/database/driver";
import { startServer } from "../../src/server";
import { recordingDriver } from "../../test/support/recording-driver";

export type ToServer = { type: "stats" } | { type: "stop" };
export type FromServer =
  | { type: "ready"; url: string }
  | { type: "stats"; queries: number; roundTrips: number; rss: number; heapUsed: number }
  | { type: "failed"; message: string };

const send = (message: FromServer): void => {
  process.send?.(message);
};

async function main(): Promise<void> {
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error("BENCH_NEO4J_URI is not set: dev/bench/server-process.ts is started by dev/bench/run.ts.");
  // The load generator is one client asking as fast as it can: no request budget here.
  const loaded = loadConfig();
  const config = { ...loaded, port: 0, logLevel: "silent", rateLimit: { ...loaded.rateLimit, points: 0 } };
  // As npm start does in production (see src/cli/start.ts).
  if (config.production) process.setSourceMapsEnabled(false);
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
  const { driver: counted, counter } = recordingDriver(driver, { keep: false });
  const server = await startServer(config, counted);
  process.on("message", async (message: ToServer) => {
    if (message.type === "stats") {
      const { rss, heapUsed } = process.memoryUsage();
      send({ type: "stats", queries: counter.count, roundTrips: counter.roundTrips, rss, heapUsed });
    } else if (message.type === "stop") {
      await server.stop();
      await driver.close();
      process.exit(0);
    }
  });
  send({ type: "ready", url: server.url });
}

main().catch((error: Error) => {
  send({ type: "failed", message: error.message });
  process.exit(1);
});
