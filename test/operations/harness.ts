/**
 * What every test of the custom operations needs: the fixture graph (test/fixtures/operations.ndjson,
 * not the seeds) in the test database, the real HTTP server over a driver that counts the queries
 * it runs, and the typed client generated from src/client/operations.graphql.
 */
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import type { Driver } from "neo4j-driver";
import {
  AllianceStructureDocument,
  Client,
  CoverageDocument,
  createClient,
  NetworkDocument,
  OrgTreeDocument,
  PartnersDocument,
  SearchDocument,
  TimelineDocument,
  TraceDocument,
  UnpairedCommunitiesDocument,
} from "../../src/client";
import { QueryCounter, RecordedCall, recordingDriver } from "../support/recording-driver";
import { importFiles } from "../../src/interchange/import";
import { resetGraph, testDriver } from "../support/database";
import { testServer } from "../support/server";

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

/** A query written in the test rather than in src/client/operations.graphql, typed as the test says. */
export const adHoc = <R = Record<string, any>, V = Record<string, unknown>>(query: string): TypedDocumentNode<R, V> => parse(query) as TypedDocumentNode<R, V>;

/** Sends the request, expects it to succeed, and returns its data. */
export async function dataOf<R, V>(h: Harness, document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await h.client.request(document, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Sends the request with the counter at zero: the statements it ran (with their parameters), its round trips to the database, and its data. */
export async function sendCounted<R, V>(h: Harness, document: TypedDocumentNode<R, V>, variables: V): Promise<{ calls: RecordedCall[]; roundTrips: number; data: R }> {
  h.counter.reset();
  const data = await dataOf(h, document, variables);
  return { calls: [...h.counter.calls], roundTrips: h.counter.roundTrips, data };
}

export interface OperationRequest {
  name: string;
  /** Whether its arguments name a node by id (so an index can always find where it starts). */
  withId: boolean;
  send(h: Harness): Promise<{ calls: RecordedCall[]; roundTrips: number }>;
}

/** One ordinary request of each custom operation on the fixture graph (unpairedCommunities both ways). */
export const OPERATION_REQUESTS: OperationRequest[] = [
  { name: "search", withId: false, send: (h) => sendCounted(h, SearchDocument, { text: "社区" }) },
  { name: "partners", withId: true, send: (h) => sendCounted(h, PartnersDocument, { orgId: "op-comm-b1", asOf: "2024-03" }) },
  { name: "orgTree", withId: true, send: (h) => sendCounted(h, OrgTreeDocument, { rootId: "op-city", depth: 4 }) },
  {
    name: "unpairedCommunities with areaId",
    withId: true,
    send: (h) => sendCounted(h, UnpairedCommunitiesDocument, { areaId: "op-city", asOf: "2024-03", first: 2 }),
  },
  { name: "unpairedCommunities without areaId", withId: false, send: (h) => sendCounted(h, UnpairedCommunitiesDocument, { asOf: "2024-03", first: 2 }) },
  { name: "trace", withId: true, send: (h) => sendCounted(h, TraceDocument, { fromId: "op-unit-bank" }) },
  // op-alliance-2's member count is undated and cited, so the lookup of its sources' dates runs.
  { name: "allianceStructure", withId: true, send: (h) => sendCounted(h, AllianceStructureDocument, { allianceId: "op-alliance-2", asOf: "2024-01" }) },
  { name: "coverage", withId: true, send: (h) => sendCounted(h, CoverageDocument, { areaId: "op-city", asOf: "2024-03" }) },
  { name: "network", withId: true, send: (h) => sendCounted(h, NetworkDocument, { scopeId: "op-district", asOf: "2024-03" }) },
  { name: "network of alliances", withId: true, send: (h) => sendCounted(h, NetworkDocument, { scopeId: "op-city", asOf: "2024-03", kind: "alliance" }) },
  { name: "timeline of results", withId: true, send: (h) => sendCounted(h, TimelineDocument, { scopeId: "op-district", kind: "results", from: "2020", to: "2024" }) },
  { name: "timeline of paired communities", withId: true, send: (h) => sendCounted(h, TimelineDocument, { scopeId: "op-alliance", kind: "paired_communities", from: "2020", to: "2024" }) },
];
