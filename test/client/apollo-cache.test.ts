/**
 * Apollo Client 4's InMemoryCache with src/client/apollo.ts's type policies against the real server
 * (issue 19): a citation is one cache object per source and locator, a node from the custom operations
 * is the generated API's entry, and unpairedCommunities' pages merge.
 */
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { loadConfig } from "../../src/config";
import { mintToken } from "../../src/auth/mint-token";
import { typePolicies } from "../../src/client/apollo";
import { TestGraph } from "../support/test-graph";
import { testServer } from "../support/server";

const TRACE = gql`
  query CacheTrace($fromId: ID!) {
    trace(fromId: $fromId) { result { id name value } sources { id sourceId name locator } }
  }
`;
const PARTNERS = gql`
  query CachePartners($orgId: ID!) {
    partners(orgId: $orgId) { partner { id name type } pairing { id kind since } }
  }
`;
const RENAME = gql`
  mutation CacheRename($id: ID!, $name: String!) {
    updateCommunities(where: { id: { eq: $id } }, update: { name: { set: $name } }) { communities { id name } }
  }
`;
const UNPAIRED = gql`
  query CacheUnpaired($areaId: ID, $first: Int, $after: String) {
    unpairedCommunities(areaId: $areaId, first: $first, after: $after) { totalCount items { id name type } nextCursor }
  }
`;

type Unpaired = { unpairedCommunities: { totalCount: number; items: { id: string }[]; nextCursor: string | null } };

describe("Apollo Client's cache with the project's type policies", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let client: ApolloClient;
  let cache: InMemoryCache;

  beforeAll(async () => {
    g = await TestGraph.create("apollo-cache");
    await g.load([
      { id: "src-1", type: "Source", name: "测试报 2023-08-22", publication: "测试报", date: "2023-08-22" },
      { id: "area", type: "Area", name: "缓存街道", level: "street" },
      ...["c0", "c1", "c2", "c3", "c4", "c5"].flatMap((c, i) => [
        { id: c, type: "Community", name: `缓存${i}社区`, level: "community" },
        { type: "PART_OF", from: c, to: "area" },
      ]),
      { id: "unit", type: "Unit", name: "缓存银行", sector: "finance" },
      { id: "pair", type: "Pairing", name: "缓存共建", kind: "co_building", since: "2023-01" },
      { type: "PARTY_TO", from: "unit", to: "pair" },
      { type: "PARTY_TO", from: "c0", to: "pair" },
      { id: "res", type: "Result", name: "服务人次", value: 120, unit: "人次", sources: [{ id: "src-1", locator: "para 19" }] },
      { type: "PRODUCED", from: "pair", to: "res", sources: [{ id: "src-1", locator: "para 17" }] },
    ]);
    server = await testServer(g.driver, { LOG_LEVEL: "silent" });
    const editor = await mintToken(loadConfig().jwtSecret, ["editor"]);
    cache = new InMemoryCache({ typePolicies });
    client = new ApolloClient({ cache, link: new HttpLink({ uri: server.url, headers: { authorization: `Bearer ${editor}` } }) });
  });
  afterAll(async () => {
    await client?.clearStore();
    client?.stop();
    await server?.stop();
    await g?.close();
  });

  it("keeps two citations of one source as two objects, locators intact", async () => {
    const { data } = await client.query({ query: TRACE, variables: { fromId: g.id("pair") }, fetchPolicy: "network-only" });
    const sources = g.localize((data as { trace: { sources: unknown }[] }).trace[0].sources) as { id: string; sourceId: string; locator: string }[];
    // Before issue 19 both citations had the source's id and the cache made them one: ["para 17", "para 17"].
    expect(sources.map((s) => s.locator)).toEqual(["para 17", "para 19"]);
    expect(sources.map((s) => [s.id, s.sourceId])).toEqual([
      ["src-1#para 17", "src-1"],
      ["src-1#para 19", "src-1"],
    ]);
    const keys = Object.keys(cache.extract()).map((k) => k.split(g.prefix).join(""));
    expect(keys).toEqual(expect.arrayContaining(["SourceRef:src-1#para 17", "SourceRef:src-1#para 19", "Result:res"]));
  });

  it("stores a partner and the generated API's node as one entry, so an edit shows in the partners view", async () => {
    const variables = { orgId: g.id("unit") };
    const { data } = await client.query({ query: PARTNERS, variables, fetchPolicy: "network-only" });
    expect(g.localize((data as { partners: { partner: unknown }[] }).partners[0].partner)).toMatchObject({ id: "c0", name: "缓存0社区", type: "Community" });
    const keys = Object.keys(cache.extract());
    expect(keys).toEqual(expect.arrayContaining([`Community:${g.id("c0")}`, `Pairing:${g.id("pair")}`]));
    expect(keys.filter((k) => k.startsWith("OrgRef:") || k.startsWith("PairingRef:") || k.startsWith("TraceResult:"))).toEqual([]);

    await client.mutate({ mutation: RENAME, variables: { id: g.id("c0"), name: "改名社区" } });
    const view = client.readQuery({ query: PARTNERS, variables }) as { partners: { partner: { name: string } }[] };
    expect(view.partners[0].partner.name).toBe("改名社区");
  });

  it("merges unpairedCommunities' pages into one list, a page fetched twice kept once", async () => {
    const variables = { areaId: g.id("area"), first: 2 };
    const first = await client.query({ query: UNPAIRED, variables, fetchPolicy: "network-only" });
    const page = first.data as Unpaired;
    expect(page.unpairedCommunities.totalCount).toBe(5);
    expect(page.unpairedCommunities.items).toHaveLength(2);
    let cursor = page.unpairedCommunities.nextCursor;
    const fetchPage = async (after: string) => {
      // fetchMore's answer is the page alone; the cache merges it into the list the query reads.
      const more = await client.query({ query: UNPAIRED, variables: { ...variables, after }, fetchPolicy: "network-only" });
      return (more.data as Unpaired).unpairedCommunities.nextCursor;
    };
    const second = cursor!;
    cursor = await fetchPage(second);
    await fetchPage(second); // the same page again: nothing doubles
    while (cursor) cursor = await fetchPage(cursor);
    const merged = client.readQuery({ query: UNPAIRED, variables }) as Unpaired;
    expect(merged.unpairedCommunities.items.map((c) => g.local(c.id))).toEqual(["c1", "c2", "c3", "c4", "c5"]);
    expect(merged.unpairedCommunities.nextCursor).toBeNull();
  });
});
