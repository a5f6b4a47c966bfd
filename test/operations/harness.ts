/**
 * What every test of the custom operations needs: the fixture graph (test/fixtures/operations.ndjson,
 * not the seeds) under the test file's own id prefix (test/support/test-graph.ts), the real HTTP
 * server over a driver that counts the queries it runs, and the typed client generated from
 * src/client/operations.graphql.
 *
 * The tests speak in fixture ids ("op-city"): `h.client` prefixes the id arguments it sends (every
 * variable named `…Id`, or `…Ids` for a list) and gives answers back with this file's ids made local
 * again, so an answer holding another file's data would not compare equal. `h.raw` sends exactly
 * what it is given (for ids that must reach the server as written: malformed ones).
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
  NeedsSummaryDocument,
  OpenNeedsDocument,
  OrgTreeDocument,
  PartnersDocument,
  SearchDocument,
  SuggestPartnersDocument,
  NetworkDocument,
  TimelineDocument,
  TraceDocument,
  UnpairedCommunitiesDocument,
} from "../../src/client";
import { QueryCounter, RecordedCall, recordingDriver } from "../support/recording-driver";
import { testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

export const FIXTURE = path.join(__dirname, "..", "fixtures", "operations.ndjson");

export interface Harness {
  /** The file's own data: `h.g.id("op-city")` is the graph id of a fixture id. */
  g: TestGraph;
  driver: Driver;
  /** Sends fixture ids, answers in fixture ids (see above). */
  client: Client;
  /** Sends and answers exactly what is given. */
  raw: Client;
  counter: QueryCounter;
  /** A query text with every quoted fixture id ("op-…") replaced by this file's graph id. */
  withIds(query: string): string;
  close(): Promise<void>;
}

const isIdArgument = (name: string): boolean => /Ids?$/.test(name);

/** A client that prefixes id arguments and localizes the answer's data. */
function localClient(raw: Client, g: TestGraph): Client {
  const prefix = (value: unknown): unknown =>
    typeof value === "string" ? g.id(value) : Array.isArray(value) ? value.map(prefix) : value;
  return {
    get bookmark() {
      return raw.bookmark;
    },
    async request(document, variables) {
      const sent = Object.fromEntries(
        Object.entries((variables ?? {}) as Record<string, unknown>).map(([k, v]) => [k, isIdArgument(k) ? prefix(v) : v]),
      ) as typeof variables;
      const response = await raw.request(document, sent);
      return { ...response, data: g.localize(response.data) };
    },
  };
}

/** Imports the fixture graph under a prefix of its own and starts a server over a counting driver. */
export async function startHarness(name: string): Promise<Harness> {
  const g = await TestGraph.create(name);
  await g.load(FIXTURE);
  const { driver: counted, counter } = recordingDriver(g.driver);
  const server = await testServer(counted, { LOG_LEVEL: "silent" });
  const raw = createClient(server.url);
  return {
    g,
    driver: g.driver,
    client: localClient(raw, g),
    raw,
    counter,
    withIds: (query) => query.replace(/"(op-[A-Za-z0-9._:-]+)"/g, (_, id: string) => JSON.stringify(g.id(id))),
    async close() {
      await server.stop();
      await g.close();
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
  // The planner's: this fixture lists no needs, so these show the statements' plans and round trips, not their answers.
  { name: "suggestPartners", withId: true, send: (h) => sendCounted(h, SuggestPartnersDocument, { communityId: "op-comm-a3", asOf: "2024-03" }) },
  { name: "openNeeds", withId: true, send: (h) => sendCounted(h, OpenNeedsDocument, { areaId: "op-district", asOf: "2024-03", first: 2 }) },
  { name: "needsSummary", withId: true, send: (h) => sendCounted(h, NeedsSummaryDocument, { areaId: "op-district", asOf: "2024-03" }) },
  { name: "network", withId: true, send: (h) => sendCounted(h, NetworkDocument, { scopeId: "op-district", asOf: "2024-03" }) },
  { name: "network of alliances", withId: true, send: (h) => sendCounted(h, NetworkDocument, { scopeId: "op-city", asOf: "2024-03", kind: "alliance" }) },
  { name: "timeline of results", withId: true, send: (h) => sendCounted(h, TimelineDocument, { scopeId: "op-district", kind: "results", from: "2020", to: "2024" }) },
  { name: "timeline of paired communities", withId: true, send: (h) => sendCounted(h, TimelineDocument, { scopeId: "op-alliance", kind: "paired_communities", from: "2020", to: "2024" }) },
];
