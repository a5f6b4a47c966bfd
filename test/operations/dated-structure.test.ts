import type { Driver } from "neo4j-driver";
import { gql, graphWithServer, testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

/** coverage and unpairedCommunities follow a community that moved street on a date (dated PART_OF). */
const RECORDS = [
  { id: "street-a", type: "Area", name: "甲街道", level: "street" },
  { id: "street-b", type: "Area", name: "乙街道", level: "street" },
  { id: "moved", type: "Community", name: "迁移社区", level: "community" },
  { type: "PART_OF", from: "moved", to: "street-a", until: "2023-12-31" },
  { type: "PART_OF", from: "moved", to: "street-b", since: "2024-01-01" },
];

describe("coverage and unpaired communities at a date, with dated PART_OF", () => {
  let driver: Driver;
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ g, server, close } = await graphWithServer("dated-structure", RECORDS));
    driver = g.driver;
  });
  afterAll(() => close());

  const communities = async (area: string, asOf: string) =>
    (await gql(server.url, `query ($a: ID!, $d: String) { coverage(areaId: $a, asOf: $d) { communities } }`, { a: g.id(area), d: asOf })).data!.coverage.communities;
  const unpaired = async (area: string, asOf: string) =>
    g.localize((await gql(server.url, `query ($a: ID, $d: String) { unpairedCommunities(areaId: $a, asOf: $d) { items { id } } }`, { a: g.id(area), d: asOf })).data!.unpairedCommunities.items);

  it("counts the community for its old street until the move and its new one from then", async () => {
    expect(await communities("street-a", "2023-12-31")).toBe(1);
    expect(await communities("street-a", "2024-01-01")).toBe(0);
    expect(await communities("street-b", "2023-12-31")).toBe(0);
    expect(await communities("street-b", "2024-01-01")).toBe(1);
    expect(await unpaired("street-a", "2023-06")).toEqual([{ id: "moved" }]);
    expect(await unpaired("street-a", "2024-06")).toEqual([]);
    expect(await unpaired("street-b", "2024-06")).toEqual([{ id: "moved" }]);
  });
});
