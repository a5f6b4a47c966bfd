/**
 * What every test of the custom operations needs: the fixture graph (test/fixtures/operations.ndjson,
 * not the seeds) in the test database, the real HTTP server over a driver that counts the queries
 * it runs, and the typed client generated from src/client/operations.graphql.
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { Client, createClient } from "../../src/client";
import { QueryCounter, recordingDriver } from "../../src/database/recording-driver";
import { importFiles } from "../../src/interchange/import";
import { resetGraph, testDriver } from "../helpers/database";
import { testServer } from "../helpers/server";

export const FIXTURE = path.join(__dirname, "..", "fixtures", "operations.ndjson");

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
  const { driver: counted, counter } = recordingDriver(driver);
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
