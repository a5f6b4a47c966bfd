/**
 * What every test of the custom operations needs: the fixture graph (test/fixtures/operations.ndjson,
 * not the seeds) in the test database, the real HTTP server over a driver that counts the queries
 * it runs, and the typed client generated from src/client/operations.graphql.
 */
import path from "node:path";
import type { Driver, Session } from "neo4j-driver";
import { Client, createClient } from "../../src/client";
import { importFiles } from "../../src/interchange/import";
import { resetGraph, testDriver } from "../helpers/database";
import { testServer } from "../helpers/server";

export const FIXTURE = path.join(__dirname, "..", "fixtures", "operations.ndjson");

/** One statement as it was run: its Cypher and its parameters (an empty object when none were given). */
export interface RecordedCall {
  query: string;
  params: Record<string, unknown>;
}

export interface QueryCounter {
  /** Cypher statements run through the driver since the last reset. */
  readonly count: number;
  /** Those statements, for a failure message that shows what ran. */
  readonly statements: readonly string[];
  /** The same statements with their parameters, in the same order (e.g. to EXPLAIN them as they ran). */
  readonly calls: readonly RecordedCall[];
  reset(): void;
}

/**
 * A driver that counts every statement it runs: executeQuery calls, and run() on sessions and on
 * the transactions of executeRead/executeWrite/beginTransaction (the way @neo4j/graphql runs its
 * queries). Methods are bound to the real driver, so the driver's own internal calls are not seen.
 */
export function countingDriver(driver: Driver): { driver: Driver; counter: QueryCounter } {
  const statements: string[] = [];
  const calls: RecordedCall[] = [];
  const counting = <T extends object>(target: T, wrap: Record<string, (original: (...args: any[]) => any) => (...args: any[]) => any>): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object);
        if (typeof value !== "function") return value;
        const bound = value.bind(object);
        return typeof property === "string" && wrap[property] ? wrap[property](bound) : bound;
      },
    });
  const countRun = (run: (...args: any[]) => any) => (...args: any[]) => {
    // run(query, params) and executeQuery(query, params); a { text, parameters } query object too.
    const query = args[0] !== null && typeof args[0] === "object" && "text" in args[0] ? String(args[0].text) : String(args[0]);
    const params = (args[0] !== null && typeof args[0] === "object" && "parameters" in args[0] ? args[0].parameters : args[1]) ?? {};
    statements.push(query);
    calls.push({ query, params: { ...params } });
    return run(...args);
  };
  const transaction = <T extends object>(tx: T): T => counting(tx, { run: countRun });
  const session = (s: Session): Session =>
    counting(s, {
      run: countRun,
      executeRead: (execute) => (work: (tx: any) => any, config?: unknown) => execute((tx: any) => work(transaction(tx)), config),
      executeWrite: (execute) => (work: (tx: any) => any, config?: unknown) => execute((tx: any) => work(transaction(tx)), config),
      beginTransaction: (begin) => (...args: any[]) => transaction(begin(...args)),
    });
  const wrapped = counting(driver, {
    executeQuery: countRun,
    session: (open) => (...args: any[]) => session(open(...args)),
  });
  return {
    driver: wrapped,
    counter: {
      get count() {
        return statements.length;
      },
      statements,
      calls,
      reset() {
        statements.length = 0;
        calls.length = 0;
      },
    },
  };
}

export interface Harness {
  driver: Driver;
  client: Client;
  counter: QueryCounter;
  close(): Promise<void>;
}

/** Empties the test database, imports the fixture graph and starts a server over a counting driver. */
export async function startHarness(): Promise<Harness> {
  const driver = await testDriver();
  await resetGraph(driver);
  await importFiles(driver, [FIXTURE]);
  const { driver: counted, counter } = countingDriver(driver);
  const server = await testServer(counted, { LOG_LEVEL: "silent" });
  return {
    driver,
    client: createClient(server.url),
    counter,
    async close() {
      await server.stop();
      await driver.close();
    },
  };
}

/** The ids of a list of refs (or of items holding a ref under `node`), for compact expectations. */
export const ids = (list: ({ id: string } | { node: { id: string } })[]): string[] => list.map((x) => ("node" in x ? x.node.id : x.id));
