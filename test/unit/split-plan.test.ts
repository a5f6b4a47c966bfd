import { LinkAt, Original, planSplit, SplitRefused, SplitRequest } from "../../src/graph/split-plan";

/** planSplit (src/graph/split-plan.ts): what a split writes, decided without a database. */
describe("planning a split", () => {
  let n = 0;
  const link = (type: string, out: boolean, other: string, props: Record<string, unknown> = {}, pairing?: { since?: string; until?: string }): LinkAt => ({
    element: `e${++n}`,
    type,
    out,
    other,
    props,
    otherSince: pairing?.since ?? null,
    otherUntil: pairing?.until ?? null,
  });
  const original = (...links: LinkAt[]): Original => ({ id: "c", type: "Community", props: { id: "c", name: "甲", level: "community", sourceIds: ["s"] }, links });
  const request = (moves: SplitRequest["moves"] = [], date = "2024-03"): SplitRequest => ({
    fromId: "c",
    date,
    into: [
      { id: "c1", name: " 甲一 " },
      { id: "c2", name: "甲二", nameEn: "Jia 2" },
    ],
    moves,
  });
  const refusal = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      if (error instanceof SplitRefused) return `${error.reason}: ${error.message}`;
      throw error;
    }
    return "not refused";
  };

  it("makes new organizations of the original's kind, under every parent, without its name or citations", () => {
    const parent = link("PART_OF", true, "street", { since: "2019", sourceIds: ["s"], sourceLocators: ["para 1"] });
    const plan = planSplit(request(), original(parent), []);
    expect(plan.nodes).toEqual([
      { id: "c1", name: "甲一", level: "community" },
      { id: "c2", name: "甲二", nameEn: "Jia 2", level: "community" },
    ]);
    expect(plan.end).toEqual([parent.element]);
    expect(plan.create).toEqual(["c1", "c2"].map((from) => ({ link: "PART_OF", from, to: "street", props: { since: "2024-03", sourceIds: ["s"], sourceLocators: ["para 1"] } })));
    expect(plan.ended).toEqual([]);
  });

  it("acts only on links in force on the date; a carried link keeps a later end of its own", () => {
    const past = link("PART_OF", false, "old-grid", { until: "2023-12" });
    const future = link("LEADS", false, "next-leader", { since: "2025" });
    const member = link("MEMBER_OF", true, "alliance", { role: "理事", since: "2021", until: "2026" });
    const record = link("HELD", true, "event");
    const ended = link("PARTY_TO", true, "old-pairing", {}, { since: "2020", until: "2022" });
    const plan = planSplit(request([{ linked: "alliance", to: "c2" }]), original(past, future, member, record, ended), []);
    expect(plan.end).toEqual([member.element]);
    expect(plan.create).toEqual([{ link: "MEMBER_OF", from: "c2", to: "alliance", props: { role: "理事", since: "2024-03", until: "2026" } }]);
    expect(plan.endPairings).toEqual([]);
    expect(refusal(() => planSplit(request([{ linked: "event", to: "c1" }]), original(record), []))).toMatch(/^bad_input: "event" has no link/);
    expect(refusal(() => planSplit(request([{ linked: "old-pairing", to: "c1" }]), original(ended), []))).toMatch(/^bad_input/);
  });

  it("carries a pairing by adding the new party, keeping the original's; a pairing carried nowhere ends", () => {
    const kept = link("PARTY_TO", true, "p1", { role: "社区" }, { since: "2020" });
    const dropped = link("PARTY_TO", true, "p2", {}, { until: "2030" });
    const plan = planSplit(request([{ linked: "p1", to: "c1" }]), original(kept, dropped), []);
    expect(plan.end).toEqual([]);
    expect(plan.create).toEqual([{ link: "PARTY_TO", from: "c1", to: "p1", props: { role: "社区" } }]);
    expect(plan.endPairings).toEqual(["p2"]);
    expect(plan.ended).toEqual([{ link: "PARTY_TO", from: "c", to: "p2" }]);
  });

  it("carries one link to several new organizations, and reports what it carries nowhere", () => {
    const leader = link("LEADS", false, "branch");
    const child = link("PART_OF", false, "station");
    const plan = planSplit(request([{ linked: "branch", to: "c1" }, { linked: "branch", to: "c2" }, { linked: "branch", to: "c2" }]), original(leader, child), []);
    expect(plan.create.map((l) => `${l.from} ${l.link} ${l.to}`)).toEqual(["branch LEADS c1", "branch LEADS c2"]);
    expect(plan.end).toEqual([leader.element, child.element]);
    expect(plan.ended).toEqual([{ link: "PART_OF", from: "station", to: "c" }]);
  });

  it("refuses what it cannot do", () => {
    const parent = link("PART_OF", true, "street");
    expect(refusal(() => planSplit(request(), null, []))).toBe('not_found: No node has id "c".');
    expect(refusal(() => planSplit(request([{ linked: "ghost", to: "c1" }]), original(), [], ["ghost"]))).toBe('not_found: No node has id "ghost".');
    expect(refusal(() => planSplit(request(), original(), ["c2"]))).toMatch(/^bad_input: "c2" is already taken/);
    expect(refusal(() => planSplit({ ...request(), into: [{ id: "c1", name: "一" }] }, original(), []))).toMatch(/^bad_input: A split makes two or more/);
    expect(refusal(() => planSplit({ ...request(), into: [{ id: "c", name: "一" }, { id: "c2", name: "二" }] }, original(), []))).toMatch(/^bad_input/);
    expect(refusal(() => planSplit({ ...request(), into: [{ id: "c1", name: " " }, { id: "c2", name: "二" }] }, original(), []))).toMatch(/needs a name/);
    expect(refusal(() => planSplit(request([], "2024-13"), original(), []))).toMatch(/is not a date/);
    expect(refusal(() => planSplit(request([{ linked: "street", to: "c1" }]), original(parent), []))).toMatch(/parent of "c": every new organization goes under it/);
    expect(refusal(() => planSplit(request([{ linked: "street", to: "elsewhere" }]), original(parent), []))).toMatch(/"elsewhere" is not one of the new organizations/);
    expect(refusal(() => planSplit(request(), { ...original(), type: "Pairing" }, []))).toMatch(/is a Pairing/);
    expect(refusal(() => planSplit(request(), original(link("PART_OF", true, "street", { until: "2024-01" })), []))).toMatch(/part of nothing on 2024-03/);
  });
});
