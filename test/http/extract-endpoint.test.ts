/**
 * POST /extract and POST /extract/import through the real server: an editor's article drafted with
 * the graph's names (and nothing written), then exactly the records the editor accepted imported.
 */
import { mintToken } from "../../src/auth/mint-token";
import { loadConfig } from "../../src/config";
import { testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";
import type { DraftAnswer, ReviewedRecord } from "../../src/extract/review-answer";

type Json = Record<string, any>;

describe("POST /extract and /extract/import", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let editor: string;
  let viewer: string;
  let scoped: string;
  /** A name no other test file has: the prefix's random hex as characters. */
  let place: string;
  const article = () =>
    [
      `${place}街道 党建引领 共建家园`,
      `近日,${place}供电公司与东湖社区开展共驻共建,已开展活动20余次,服务居民300余名。`,
      `社区计划年内新建驿站5处。`,
    ].join("\n");

  beforeAll(async () => {
    g = await TestGraph.create("extract-endpoint");
    place = [...g.prefix.split("-").at(-2)!].map((c) => "甲乙丙丁戊己庚辛壬癸申酉戌亥辰巳"[parseInt(c, 16)]).join("");
    await g.load([
      { id: "area", type: "Area", name: `${place}区`, level: "district" },
      { id: "unit", type: "Unit", name: `${place}供电公司`, sector: "enterprise" },
    ]);
    server = await testServer(g.driver);
    const { jwtSecret } = loadConfig();
    editor = `Bearer ${await mintToken(jwtSecret, ["editor"], "1h", "desk-3")}`;
    viewer = `Bearer ${await mintToken(jwtSecret, ["viewer"])}`;
    scoped = `Bearer ${await mintToken(jwtSecret, ["editor"], "1h", "desk-4", [g.id("area")])}`;
  });

  afterAll(async () => {
    await server.stop();
    await g.close();
  });

  const draft = (body: Json, authorization?: string) =>
    fetch(`${server.base}/extract`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) } });
  const importNdjson = (records: Json[], authorization?: string) =>
    fetch(`${server.base}/extract/import`, {
      method: "POST",
      body: records.map((r) => JSON.stringify(r)).join("\n"),
      headers: { "content-type": "application/x-ndjson", ...(authorization ? { authorization } : {}) },
    });

  it("refuses the anonymous (401) and readers (403), before reading the article", async () => {
    const before = await g.count();
    const anonymous = await draft({ text: article() });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as Json).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const reader = await draft({ text: article() }, viewer);
    expect(reader.status).toBe(403);
    expect(((await reader.json()) as Json).errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await importNdjson([{ id: g.id("x"), type: "Unit", name: "x" }], viewer)).status).toBe(403);
    expect((await importNdjson([{ id: g.id("x"), type: "Unit", name: "x" }])).status).toBe(401);
    expect(await g.count()).toEqual(before);
  });

  it("refuses a bad prefix or date as bad input", async () => {
    const res = await draft({ text: article(), prefix: "bad prefix " }, editor);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await draft({ text: article(), date: "May 2024" }, editor)).status).toBe(400);
    expect((await draft({ text: "" }, editor)).status).toBe(400);
  });

  let reviewed: ReviewedRecord[];

  it("drafts an editor's article with review notes, reusing the graph's ids, and writes nothing", async () => {
    const before = await g.fingerprint();
    const res = await draft({ text: article(), prefix: g.id("d-"), date: "2024-05", publication: "测试报" }, editor);
    expect(res.status).toBe(200);
    const body = (await res.json()) as DraftAnswer;
    reviewed = body.records;
    expect(body.paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(body.paragraphs[1].text).toBe(article().split("\n")[1]);
    // the unit already in the graph is linked to, not drafted again
    expect(body.notes.join()).toContain(g.id("unit"));
    expect(reviewed.some((r) => r.record.type === "Unit")).toBe(false);
    const results = reviewed.filter((r) => r.record.type === "Result");
    expect(results.map((r) => [r.record.value, r.record.unit, r.para])).toEqual([[20, "次", 2], [300, "名", 2], [5, "处", 3]]);
    // offsets, never a copy: the span points at the figure in the paragraph as sent
    const [first] = results;
    expect(body.paragraphs[1].text.slice(...first.chars!)).toBe("20余次");
    expect(first.sentence![0]).toBeLessThanOrEqual(first.chars![0]);
    expect(results[2].doubts.join()).toContain("planned: 计划");
    expect(reviewed.find((r) => r.record.type === "PARTY_TO" && r.record.from === g.id("unit"))).toBeDefined();
    // every id the draft makes is under the prefix asked for
    for (const { record } of reviewed) if (typeof record.id === "string") expect(record.id.startsWith(g.id("d-"))).toBe(true);
    expect(await g.fingerprint()).toEqual(before);
  });

  it("refuses an accepted set with a dangling link whole (422), nothing written", async () => {
    const before = await g.count();
    const source = reviewed.find((r) => r.record.type === "Source")!.record;
    const res = await importNdjson([source, { type: "PRODUCED", from: g.id("d-nothing"), to: g.id("d-result-1"), sources: [{ id: source.id, locator: "para 2" }] }], editor);
    expect(res.status).toBe(422);
    const body = (await res.json()) as Json;
    expect(body.ok).toBe(false);
    expect(body.problems.length).toBeGreaterThan(0);
    expect(await g.count()).toEqual(before);
  });

  it("keeps an area-scoped editor to the token's areas: a draft outside them is refused whole", async () => {
    const before = await g.count();
    const source = reviewed.find((r) => r.record.type === "Source")!.record;
    const res = await importNdjson([source], scoped);
    expect(res.status).toBe(403);
    expect(await g.count()).toEqual(before);
  });

  it("imports exactly the accepted records, as the import does, with history", async () => {
    const pick = (f: (r: Json) => boolean) => reviewed.map((r) => r.record).filter(f);
    const pairing = pick((r) => r.type === "Pairing")[0];
    const result = pick((r) => r.type === "Result" && r.value === 20)[0];
    const accepted = [
      ...pick((r) => r.type === "Source"),
      { ...pairing, name: "供电公司与东湖社区共驻共建" }, // edited by the editor
      result,
      ...pick((r) => (r.type === "PARTY_TO" && r.from === g.id("unit")) || (r.type === "PRODUCED" && r.to === result.id)),
    ];
    const res = await importNdjson(accepted, editor);
    const body = (await res.json()) as Json;
    expect(res.status).toBe(200);
    expect(body.summary).toMatchObject({ records: accepted.length, nodes: { created: 3 }, links: { created: 2 } });
    const { records } = await g.driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN n.id AS id, n.name AS name ORDER BY id", { p: g.id("d-") });
    expect(records.map((r) => r.get("id")).sort()).toEqual([pairing.id, result.id, g.id("d-source")].sort());
    expect(records.find((r) => r.get("id") === pairing.id)!.get("name")).toBe("供电公司与东湖社区共驻共建");
    const links = await g.driver.executeQuery("MATCH (:Unit {id: $unit})-[:PARTY_TO]->(p:Pairing)-[:PRODUCED]->(r:Result) RETURN p.id AS p, r.value AS v", { unit: g.id("unit") });
    expect(links.records.map((r) => r.toObject())).toEqual([{ p: pairing.id, v: 20 }]);
    const history = await g.driver.executeQuery("MATCH (c:Change) WHERE c.ids CONTAINS $id RETURN DISTINCT c.actor AS actor", { id: result.id });
    expect(history.records.map((r) => r.get("actor"))).toEqual(["desk-3 (article review)"]);
  });
});
