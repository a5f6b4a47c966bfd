import { PartnersDocument, PartnersWithPartiesDocument } from "../../src/client";
import { dataOf, Harness, ids, startHarness } from "./harness";

describe("partners: who is paired with whom, as of a date", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("partners");
  });
  afterAll(() => h.close());

  const partnersOf = async (orgId: string, asOf?: string) => {
    return (await dataOf(h, PartnersDocument, { orgId, asOf })).partners;
  };

  it("names the other party and the pairing", async () => {
    const [only, ...rest] = await partnersOf("op-unit-bank", "2024-03-01");
    expect(rest).toEqual([]);
    expect(only).toEqual({
      partner: { id: "op-comm-a1", name: "阳光社区", nameEn: "Sunshine Community", type: "Community" },
      pairing: { id: "op-pair-1", name: "甲银行与阳光社区共建", kind: "co_building", since: "2023-09", until: null },
      role: null,
      party: { id: "op-unit-bank", name: "甲银行", nameEn: "Jia Bank", type: "Unit" },
    });
    // And from the other side, with the bank's role on its PARTY_TO link.
    const [back] = await partnersOf("op-comm-a1", "2024-03-01");
    expect(back.partner.id).toBe("op-unit-bank");
    expect(back.role).toBe("共建单位");
  });

  it("leaves out expired pairings and those not yet begun", async () => {
    expect(ids((await partnersOf("op-unit-bank", "2020-06")).map((p) => p.partner))).toEqual(["op-comm-b3"]);
    expect(await partnersOf("op-unit-bank", "2021")).toEqual([]); // pair-5 ended 2020-12, pair-1 begins 2023-09
    expect(await partnersOf("op-unit-uni")).toEqual([]); // today: pair-6 ended 2024-12-31, pair-4 begins 2030
    expect(ids((await partnersOf("op-unit-uni", "2030")).map((p) => p.partner))).toEqual(["op-comm-b2"]);
  });

  it("compares partial dates as the first day of their period", async () => {
    // since 2023-09 means from 2023-09-01
    expect(await partnersOf("op-unit-bank", "2023-08-31")).toEqual([]);
    expect(await partnersOf("op-unit-bank", "2023")).toEqual([]);
    expect((await partnersOf("op-unit-bank", "2023-09")).map((p) => p.pairing.id)).toEqual(["op-pair-1"]);
    // until 2024-06 means up to 2024-06-01; until 2024-12-31 includes that day
    expect((await partnersOf("op-unit-school", "2024-06")).map((p) => p.pairing.id)).toEqual(["op-pair-2"]);
    expect(await partnersOf("op-unit-school", "2024-06-02")).toEqual([]);
    expect((await partnersOf("op-unit-uni", "2024-12-31")).map((p) => p.pairing.id)).toEqual(["op-pair-6"]);
    expect(await partnersOf("op-unit-uni", "2025")).toEqual([]);
  });

  it("reads an empty since or until as open, as a missing one", async () => {
    // Written past the importer, which drops empty values: the generated API or an older store may hold them.
    await h.driver.executeQuery(
      `CREATE (u:Entity:Unit {id: $unit, name: '空日期单位'})-[:PARTY_TO]->(:Entity:Pairing {id: $open, kind: 'co_building', since: '', until: ''})<-[:PARTY_TO]-(:Entity:Community {id: $c1, name: '空日期社区'}),
              (u)-[:PARTY_TO]->(:Entity:Pairing {id: $ended, kind: 'co_building', since: '', until: '2020'})<-[:PARTY_TO]-(:Entity:Community {id: $c2, name: '已结束社区'})`,
      { unit: h.g.id("op-empty-unit"), open: h.g.id("op-empty-open"), ended: h.g.id("op-empty-ended"), c1: h.g.id("op-empty-c1"), c2: h.g.id("op-empty-c2") },
    );
    expect((await partnersOf("op-empty-unit", "2024-03")).map((p) => p.pairing.id)).toEqual(["op-empty-open"]);
    expect((await partnersOf("op-empty-unit", "1999")).map((p) => p.pairing.id).sort()).toEqual(["op-empty-ended", "op-empty-open"]);
  });

  it("gives one partnership per partner of a pairing of three parties", async () => {
    const partners = await partnersOf("op-unit-tax", "2024-03");
    expect(partners.map((p) => [p.partner.id, p.pairing.id])).toEqual([
      ["op-unit-co", "op-pair-3"],
      ["op-comm-b1", "op-pair-3"],
    ]);
  });

  it("counts a community's leading party organization as its side", async () => {
    const [only, ...rest] = await partnersOf("op-comm-a2", "2024-03");
    expect(rest).toEqual([]);
    expect(only.partner.id).toBe("op-unit-school");
    expect(only.party).toMatchObject({ id: "op-po-a2", type: "PartyOrganization" });
    // The party organization itself sees the same partner, and never the community it leads.
    expect(ids((await partnersOf("op-po-a2", "2024-03")).map((p) => p.partner))).toEqual(["op-unit-school"]);
  });

  it("orders partners by name and lists each pairing's parties", async () => {
    const partners = (await dataOf(h, PartnersWithPartiesDocument, { orgId: "op-comm-b1", asOf: "2024-03" })).partners;
    expect(partners.map((p) => [p.partner.id, p.pairing.id])).toEqual([
      ["op-unit-co", "op-pair-3"], // 乙公司
      ["op-unit-tax", "op-pair-3"], // 甲区税务局 (区 U+533A sorts before 大 U+5927)
      ["op-unit-uni", "op-pair-6"], // 甲大学
    ]);
    expect(partners[0].pairing.parties.map((p) => [p.node.id, p.role])).toEqual([
      ["op-unit-co", null],
      ["op-comm-b1", null],
      ["op-unit-tax", "牵头单位"],
    ]);
    expect(ids(partners[2].pairing.parties)).toEqual(["op-comm-b1", "op-unit-uni"]);
  });
});
