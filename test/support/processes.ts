/**
 * Real processes for tests that need more than one: the API as `npm start` runs it (src/cli/start.ts
 * over NEO4J_URI, so it starts no Neo4j of its own) and HAProxy from Debian in front of replicas.
 */
import { ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../../src/paths";

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Running {
  port: number;
  child: ChildProcess;
  /** Sends the signal and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function running(child: ChildProcess, port: number): Running {
  const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
  return {
    port,
    child,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Starts the API (src/cli/start.ts) on a free port over the test database; resolves once it listens. */
export async function startApiProcess(env: NodeJS.ProcessEnv = {}): Promise<Running & { url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src", "cli", "start.ts")], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI, PORT: String(port), LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on("data", (chunk) => {
      output += chunk;
      if (output.includes("GraphQL API at")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the API exited with ${code} before listening:\n${output}`)));
  });
  return { ...running(child, port), url: `http://127.0.0.1:${port}/graphql` };
}

/**
 * HAProxy balancing the given API ports round robin, with the retries and health checks a real
 * deployment would use (docs/deploy.md): a replica that stops answering is taken out, and a request
 * it refused is sent to another.
 */
export async function startBalancer(ports: number[]): Promise<Running & { url: string }> {
  const port = await freePort();
  const config = `
global
  maxconn 512
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  # A health check waits for Neo4j's answer (/health asks it); a busy machine must not fail it.
  timeout check 5s
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout 502 503
frontend api
  bind 127.0.0.1:${port}
  default_backend replicas
backend replicas
  balance roundrobin
  option httpchk GET /health
  http-check expect status 200
${ports.map((p, i) => `  server api${i} 127.0.0.1:${p} check inter 1s fall 3 rise 1`).join("\n")}
`;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-haproxy-")), "haproxy.cfg");
  fs.writeFileSync(file, config);
  const child = spawn("haproxy", ["-db", "-f", file], { stdio: ["ignore", "ignore", "pipe"] });
  const balancer = running(child, port);
  // Ready when the frontend accepts connections.
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (up) return { ...balancer, url: `http://127.0.0.1:${port}/graphql` };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await balancer.stop();
  throw new Error("HAProxy did not start: is Debian's haproxy installed (.ci/run installs it)?");
}
