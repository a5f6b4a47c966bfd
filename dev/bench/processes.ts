/**
 * The bench's processes and its client: its own Neo4j instance, the API server and the relay each in
 * a child process, and the timed HTTP client both runners (run.ts, ab.ts) ask them with.
 */
import { ChildProcess, fork } from "node:child_process";
import http from "node:http";
import path from "node:path";
import packageJson from "../../package.json";
import { LocalInstance, testInstance } from "../../src/database/local/launcher";
import type { FromRelay, ToRelay } from "./relay-process";
import type { FromServer, ToServer } from "./server-process";

/** Its own port and home (.neo4j/bench), and more memory than the test instance: 100k-1M nodes. */
export const BENCH_INSTANCE: LocalInstance = { ...testInstance(7988), name: "bench", heap: "4g", pageCache: "4g" };

/**
 * The Node flags `npm start` gives the server (package.json config.server_node_flags): a heap limit,
 * without which V8 let the heap grow to 430 MB RSS under 32 clients before collecting.
 */
const SERVER_NODE_FLAGS = String(packageJson.config.server_node_flags).split(/\s+/).filter(Boolean);

/** The API server in a child process, and a way to ask it for its counters. */
export class ServerProcess {
  private waiting: ((message: FromServer) => void)[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.on("message", (message: FromServer) => this.waiting.shift()?.(message));
  }

  /** This checkout's server, or another checkout's (`script`: its dev/bench/server-process.ts; bench:ab). */
  static start(neo4jUri: string, script = path.join(__dirname, "server-process.ts")): Promise<ServerProcess> {
    const child = fork(script, [], {
      // In its own checkout, whose tsconfig.json tsx reads (decorators) from the working directory.
      cwd: path.resolve(path.dirname(script), "..", ".."),
      execArgv: [...SERVER_NODE_FLAGS, "--import", "tsx"],
      env: { ...process.env, BENCH_NEO4J_URI: neo4jUri, NODE_ENV: "production" },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    return new Promise((resolve, reject) => {
      child.once("message", (message: FromServer) => {
        if (message.type === "ready") resolve(new ServerProcess(child, message.url));
        else reject(new Error(`the API server did not start: ${message.type === "failed" ? message.message : message.type}`));
      });
      child.once("exit", (code) => reject(new Error(`the API server exited with ${code} while starting`)));
    });
  }

  stats(): Promise<Extract<FromServer, { type: "stats" }>> {
    return new Promise((resolve) => {
      this.waiting.push((message) => resolve(message as Extract<FromServer, { type: "stats" }>));
      this.child.send({ type: "stats" } satisfies ToServer);
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.send({ type: "stop" } satisfies ToServer);
    await exited;
  }
}

/** The relay floor's HTTP server (relay-process.ts) in a child process of its own. */
export class RelayProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static start(): Promise<RelayProcess> {
    const child = fork(path.join(__dirname, "relay-process.ts"), [], { execArgv: [...SERVER_NODE_FLAGS, "--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    return new Promise((resolve, reject) => {
      child.once("message", (message: FromRelay) => (message.type === "ready" ? resolve(new RelayProcess(child, message.url)) : reject(new Error("the relay did not start"))));
      child.once("exit", (code) => reject(new Error(`the relay exited with ${code} while starting`)));
    });
  }

  /** From now on the relay answers every request with exactly these bytes. */
  answerWith(body: string): Promise<void> {
    return new Promise((resolve) => {
      this.child.once("message", () => resolve());
      this.child.send({ type: "answer", body } satisfies ToRelay);
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.send({ type: "stop" } satisfies ToRelay);
    await exited;
  }
}

/**
 * The timed HTTP client: Node's own, on one kept-alive connection, as autocannon is. Node's fetch
 * (undici's WHATWG layer) spends 1.2 ms of client CPU per request on this machine, time that is the
 * client's, not the API's; the raw side's client, the driver, is the leanest there is.
 */
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** Closes the client's kept-alive connections (the next request opens a new one), so none is reused after idling past the server's keep-alive, and the runner can exit. */
export function closeClient(): void {
  keepAlive.destroy();
}

export function post(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent: keepAlive, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

export async function graphqlRequest(url: string, body: string): Promise<{ text: string; data: Record<string, any> }> {
  const { status, text } = await post(url, body);
  const parsed = JSON.parse(text) as { data?: Record<string, any>; errors?: { message: string }[] };
  if (status !== 200 || parsed.errors?.length || !parsed.data) {
    throw new Error(`HTTP ${status}: ${parsed.errors?.map((e) => e.message).join("; ") ?? text.slice(0, 200)}`);
  }
  return { text, data: parsed.data };
}
