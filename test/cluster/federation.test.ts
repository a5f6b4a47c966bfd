/**
 * The served schema is an Apollo Federation 2 subgraph (contract 4.6): a gateway composes it with
 * another subgraph and answers a query that spans both, resolving our entities through `_entities`.
 */
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { gql, testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

type GatewayFetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>["fetcher"];

/**
 * The gateway's requests to subgraphs go through Node's own fetch (undici). The gateway's default
 * fetcher keeps sockets alive past the moment a standalone server (5 s idle) closes them, and a request
 * sent on one as it closed failed with ECONNRESET once in a loaded CI run; undici reads the server's
 * `Keep-Alive: timeout` and lets the socket go before that.
 */
function undiciDataSource({ url }: { url?: string }): RemoteGraphQLDataSource {
  return new RemoteGraphQLDataSource({ url, fetcher: fetch as unknown as GatewayFetcher });
}

/** A second subgraph, as another team would run it: notes on communities, keyed by our ids. */
function notesSubgraph(notes: Record<string, string>): ApolloServer {
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key"])
    type Community @key(fields: "id") { id: ID! note: String }
    type Query { notedCommunities: [Community!]! }
  `);
  const resolvers = {
    Query: { notedCommunities: () => Object.keys(notes).map((id) => ({ id })) },
    Community: { note: ({ id }: { id: string }) => notes[id] ?? null },
  };
  return new ApolloServer({ schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }) });
}

describe("the Federation subgraph", () => {
  let g: TestGraph;
  let ours: Awaited<ReturnType<typeof testServer>>;
  let notes: ApolloServer;
  let gateway: ApolloServer;
  let gatewayUrl: string;

  beforeAll(async () => {
    g = await TestGraph.create("federation");
    await g.load([
      { id: "area", type: "Area", name: "联邦区", level: "district" },
      { id: "comm", type: "Community", name: "联邦社区", level: "community" },
      { type: "PART_OF", from: "comm", to: "area" },
    ]);
    ours = await testServer(g.driver, { LOG_LEVEL: "silent" });
    notes = notesSubgraph({ [g.id("comm")]: "需求清单已更新" });
    const { url: notesUrl } = await startStandaloneServer(notes, { listen: { port: 0 } });
    gateway = new ApolloServer({
      gateway: new ApolloGateway({
        buildService: undiciDataSource,
        supergraphSdl: new IntrospectAndCompose({ subgraphs: [{ name: "partygraph", url: ours.url }, { name: "notes", url: notesUrl }] }) }),
    });
    ({ url: gatewayUrl } = await startStandaloneServer(gateway, { listen: { port: 0 } }));
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await notes?.stop();
    await ours?.stop();
    await g?.close();
  });

  it("describes the whole served schema, custom operations included, with every node type keyed by id", async () => {
    const res = await gql(ours.url, "{ _service { sdl } }");
    const sdl: string = res.data?._service.sdl;
    expect(sdl).toMatch(/partners\(orgId: ID!, asOf: String\)/);
    for (const type of ["Source", "Area", "PartyOrganization", "Unit", "Alliance", "ServiceStation", "Pairing", "Initiative", "Project", "Activity", "Result", "Need", "Resource"]) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Entity\\s+@key\\(fields: "id"\\)`));
    }
  });

  it("answers, through a gateway, a query that starts in the other subgraph and ends in the graph", async () => {
    const res = await gql(gatewayUrl, "{ notedCommunities { id note name partOfArea { name } } }");
    expect(res.errors).toBeUndefined();
    expect(res.data?.notedCommunities).toEqual([{ id: g.id("comm"), note: "需求清单已更新", name: "联邦社区", partOfArea: [{ name: "联邦区" }] }]);
  });

  it("answers, through the gateway, the custom operations and the other subgraph's field on the same node", async () => {
    const query = `query ($area: ID!, $comm: ID!) {
      orgTree(rootId: $area, depth: 1) { node { id name } children { node { id } } }
      communities(where: { id: { eq: $comm } }) { id name note }
    }`;
    const res = await gql(gatewayUrl, query, { area: g.id("area"), comm: g.id("comm") });
    expect(res.errors).toBeUndefined();
    expect(res.data?.orgTree).toEqual({ node: { id: g.id("area"), name: "联邦区" }, children: [{ node: { id: g.id("comm") } }] });
    expect(res.data?.communities).toEqual([{ id: g.id("comm"), name: "联邦社区", note: "需求清单已更新" }]);
  });
});
