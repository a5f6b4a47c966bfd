import {
  AllianceStructureDocument,
  CoverageDocument,
  OrgTreeDocument,
  PartnersDocument,
  SearchDocument,
  SuggestPartnersDocument,
  TraceDocument,
  UnpairedCommunitiesDocument,
} from "../../src/client";
import { Harness, startHarness } from "./harness";

/** Misuse of the custom operations: unknown ids, bad dates, limits, forged cursors. Each is a coded error, never an empty answer or a stack. */
describe("the custom operations refuse what they cannot answer", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("misuse");
  });
  afterAll(() => h.close());

  const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }): string | undefined => res.errors?.[0]?.extensions?.code;

  it("answers NOT_FOUND for an unknown id, naming it", async () => {
    const cases = [
      h.client.request(PartnersDocument, { orgId: "no-such-org" }),
      h.client.request(OrgTreeDocument, { rootId: "no-such-org" }),
      h.client.request(UnpairedCommunitiesDocument, { areaId: "no-such-org" }),
      h.client.request(TraceDocument, { fromId: "no-such-org" }),
      h.client.request(AllianceStructureDocument, { allianceId: "no-such-org" }),
      h.client.request(CoverageDocument, { areaId: "no-such-org" }),
    ];
    for (const res of await Promise.all(cases)) {
      expect(codeOf(res)).toBe("NOT_FOUND");
      expect(res.errors![0].message).toContain(`"${h.g.id("no-such-org")}"`);
      expect(res.data).toBeNull();
    }
  });

  it("refuses a malformed id as BAD_USER_INPUT, without echoing it", async () => {
    // Sent as written (h.raw): a prefix would make "" a well-formed id.
    for (const id of ["' OR 1=1 //", '"}) MATCH (n) DETACH DELETE n //', "", "a b"]) {
      const results = await Promise.all([
        h.raw.request(PartnersDocument, { orgId: id }),
        h.raw.request(OrgTreeDocument, { rootId: id }),
        h.raw.request(UnpairedCommunitiesDocument, { areaId: id }),
        h.raw.request(TraceDocument, { fromId: id }),
        h.raw.request(AllianceStructureDocument, { allianceId: id }),
        h.raw.request(CoverageDocument, { areaId: id }),
      ]);
      for (const res of results) {
        expect(codeOf(res)).toBe("BAD_USER_INPUT");
        if (id) expect(res.errors![0].message).not.toContain(id);
      }
    }
  });

  it("answers NOT_FOUND for an id of the wrong type", async () => {
    expect(codeOf(await h.client.request(PartnersDocument, { orgId: "op-res-1" }))).toBe("NOT_FOUND"); // a Result is no organization
    expect(codeOf(await h.client.request(CoverageDocument, { areaId: "op-comm-a1" }))).toBe("NOT_FOUND"); // a Community is no Area
    expect(codeOf(await h.client.request(UnpairedCommunitiesDocument, { areaId: "op-unit-bank" }))).toBe("NOT_FOUND");
    expect(codeOf(await h.client.request(AllianceStructureDocument, { allianceId: "op-unit-bank" }))).toBe("NOT_FOUND");
  });

  it("refuses an asOf that is not a real partial date", async () => {
    for (const asOf of ["2024-13", "2024-02-30", "yesterday", "2024/03/01", "", "24-03"]) {
      const results = await Promise.all([
        h.client.request(PartnersDocument, { orgId: "op-unit-bank", asOf }),
        h.client.request(UnpairedCommunitiesDocument, { asOf }),
        h.client.request(AllianceStructureDocument, { allianceId: "op-alliance", asOf }),
        h.client.request(CoverageDocument, { areaId: "op-district", asOf }),
      ]);
      for (const res of results) {
        expect(codeOf(res)).toBe("BAD_USER_INPUT");
        expect(res.errors![0].message).toContain("asOf");
      }
    }
  });

  it("caps depth and maxDepth at 10, and refuses negative ones", async () => {
    for (const depth of [11, -1]) {
      expect(codeOf(await h.client.request(OrgTreeDocument, { rootId: "op-city", depth }))).toBe("BAD_USER_INPUT");
      expect(codeOf(await h.client.request(TraceDocument, { fromId: "op-unit-bank", maxDepth: depth }))).toBe("BAD_USER_INPUT");
    }
    expect(codeOf(await h.client.request(OrgTreeDocument, { rootId: "op-city", depth: 10 }))).toBeUndefined();
  });

  it("caps first at 1000", async () => {
    expect(codeOf(await h.client.request(UnpairedCommunitiesDocument, { first: 1001 }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await h.client.request(UnpairedCommunitiesDocument, { first: -1 }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await h.client.request(UnpairedCommunitiesDocument, { first: 1000 }))).toBeUndefined();
  });

  it("bounds first the same everywhere: 0 gives an empty page, one message format out of range", async () => {
    const none = await h.client.request(SearchDocument, { text: "社区", first: 0 });
    expect(none.errors).toBeUndefined();
    expect(none.data!.search).toEqual([]);
    // Refused before anything runs (the page-size limit) or by the operation (its own lower cap): one wording.
    const messages = [
      await h.client.request(SearchDocument, { text: "社区", first: -1 }),
      await h.client.request(UnpairedCommunitiesDocument, { first: 1001 }),
      await h.client.request(SuggestPartnersDocument, { communityId: "op-comm-a1", first: 101 }),
    ].map((res) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.message]);
    expect(messages).toEqual([
      ["BAD_USER_INPUT", "first must be between 0 and 1000, got -1."],
      ["BAD_USER_INPUT", "first must be between 0 and 1000, got 1001."],
      ["BAD_USER_INPUT", "first must be between 0 and 100, got 101."],
    ]);
  });

  it("refuses a cursor it did not make", async () => {
    const forged = ["garbage", Buffer.from("op-comm-a3").toString("base64url"), Buffer.from("id:' OR 1=1").toString("base64url"), "aWQ6b3AtY29tbS1iMg=="];
    for (const after of forged) {
      const res = await h.client.request(UnpairedCommunitiesDocument, { after });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0].message).toContain("after");
    }
  });

  it("treats an explicit null as the default", async () => {
    const tree = await h.client.request(OrgTreeDocument, { rootId: "op-district", depth: null });
    expect(tree.errors).toBeUndefined();
    const street = tree.data!.orgTree.children.find((c) => c.node.id === "op-street-a")!;
    const sunshine = street.children.find((c) => c.node.id === "op-comm-a1")!;
    expect(sunshine.children.map((c) => c.node.id)).toContain("op-grid-a1"); // depth 3
    const page = await h.client.request(UnpairedCommunitiesDocument, { first: null, after: null, asOf: null });
    expect(page.errors).toBeUndefined();
  });
});
