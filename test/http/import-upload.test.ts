import http from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { mintToken } from "../../src/auth/mint-token";
import { createTokenVerifier } from "../../src/auth/verify-token";
import { loadConfig } from "../../src/config";
import { importUpload } from "../../src/http/import-upload";
import { readSheet } from "../../src/interchange/spreadsheet/import-sheet";
import { testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

/** POST /import: an editor's sheet in, the import's report out, through the real server. */
describe("POST /import", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let editor: string;
  let viewer: string;
  const written: string[] = [];
  const N = (name: string) => `${name}(${g.prefix.slice(0, -1)})`;

  beforeAll(async () => {
    g = await TestGraph.create("upload");
    await g.load([
      { id: "unit", type: "Unit", name: N("税务局") },
      { id: "community", type: "Community", name: N("北湖社区") },
    ]);
    server = await testServer(g.driver);
    const { jwtSecret } = loadConfig();
    editor = `Bearer ${await mintToken(jwtSecret, ["editor"], "1h", "office-7")}`;
    viewer = `Bearer ${await mintToken(jwtSecret, ["viewer"])}`;
  });

  afterAll(async () => {
    // An upload makes ids without this file's prefix: delete exactly the Source it wrote and what cites it.
    await g.driver.executeQuery("MATCH (n:Entity) WHERE n.id IN $ids OR any(s IN $ids WHERE s IN n.sourceIds) DETACH DELETE n", { ids: written });
    await server.stop();
    await g.close();
  });

  const form = (csv: string, fields: Record<string, string> = { template: "pairings" }): FormData => {
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) body.set(k, v);
    body.set("file", new Blob([csv], { type: "text/csv" }), "台账.csv");
    return body;
  };
  const post = (body: FormData, authorization?: string) =>
    fetch(`${server.base}/import`, { method: "POST", body, headers: authorization ? { authorization } : {} });

  it("imports an editor's sheet and answers with the report", async () => {
    const res = await post(form(`单位,社区,类型,开始\n${N("税务局")},${N("北湖社区")},双报到,2024年3月\n`), editor);
    const report = (await res.json()) as Record<string, any>;
    written.push(report.sourceId);
    expect(res.status).toBe(200);
    expect(report).toMatchObject({ ok: true, file: "台账.csv", template: "pairings", rows: 1, problemCount: 0, summary: { nodes: { created: 2 }, links: { created: 2 } } });
    const { records } = await g.driver.executeQuery(
      "MATCH (:Unit {id: $unit})-[:PARTY_TO]->(p:Pairing) MATCH (s:Source {id: p.sourceIds[0]}) RETURN p.kind AS kind, p.since AS since, s.importedBy AS by, s.name AS file",
      { unit: g.id("unit") },
    );
    expect(records.map((r) => r.toObject())).toEqual([{ kind: "dual_registration", since: "2024-03", by: "office-7", file: "台账.csv" }]);
  });

  it("answers a refused sheet 422 with every bad row, having written nothing", async () => {
    const before = await g.count();
    const res = await post(form(`单位,社区,类型\n${N("税务局")},${N("无此社区")},双报到\n${N("税务局")},${N("北湖社区")},结亲\n`), editor);
    expect(res.status).toBe(422);
    const report = (await res.json()) as Record<string, any>;
    expect(report.ok).toBe(false);
    expect(report.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [2, "社区/community"],
      [3, "类型/kind"],
    ]);
    expect(await g.count()).toEqual(before);
  });

  it("refuses readers and anonymous callers before reading the sheet", async () => {
    const anonymous = await post(form("单位,社区,类型\n"));
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const reader = await post(form("单位,社区,类型\n"), viewer);
    expect(reader.status).toBe(403);
    expect(((await reader.json()) as any).errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("answers 400 for a request without a file or with an unknown template", async () => {
    const noTemplate = await post(form("单位,社区,类型\n", { template: "planets" }), editor);
    expect(noTemplate.status).toBe(400);
    expect(((await noTemplate.json()) as any).errors[0].message).toMatch(/template/);
    const body = new FormData();
    body.set("template", "pairings");
    const noFile = await post(body, editor);
    expect(noFile.status).toBe(400);
    const notMultipart = await fetch(`${server.base}/import`, { method: "POST", headers: { authorization: editor, "content-type": "application/json" }, body: "{}" });
    expect(notMultipart.status).toBe(400);
  });

  it("serves the empty templates, headers first", async () => {
    const res = await fetch(`${server.base}/import/templates/needs.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/spreadsheetml/);
    const sheet = await readSheet(Buffer.from(await res.arrayBuffer()));
    expect(sheet.rows[0].cells).toEqual(["社区/community", "需求/need", "类别/category", "提出/since", "状态/status"]);
    expect((await fetch(`${server.base}/import/templates/planets.xlsx`)).status).toBe(404);
  });

  it("refuses a sheet with more rows than an upload takes, writing nothing, and takes one at the limit", async () => {
    const config = loadConfig();
    const limited = http.createServer(importUpload(g.driver, createTokenVerifier(config), pino({ level: "silent" }), { maxRows: 2 }));
    await new Promise<void>((resolve) => limited.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(limited.address() as AddressInfo).port}/import`;
    const row = (year: number) => `${N("税务局")},${N("北湖社区")},双报到,${year}年3月`;
    const pairings = async () =>
      Number((await g.driver.executeQuery("MATCH (:Unit {id: $unit})-[:PARTY_TO]->(p:Pairing) RETURN count(p) AS n", { unit: g.id("unit") })).records[0].get("n"));
    try {
      const before = await pairings();
      // Empty lines between rows are not rows: three rows hold anything below the header.
      const over = await fetch(url, { method: "POST", headers: { authorization: editor }, body: form(`单位,社区,类型,开始
${row(2001)}
,,,
${row(2002)}

${row(2003)}
`) });
      const refused = (await over.json()) as Record<string, any>;
      expect(over.status).toBe(422);
      expect(refused).toMatchObject({ ok: false, problemCount: 1, problems: [{ row: 0 }] });
      expect(refused.problems[0].reason).toMatch(/more than 2 rows.*npm run import/);
      expect(await pairings()).toBe(before);

      const at = await fetch(url, { method: "POST", headers: { authorization: editor }, body: form(`单位,社区,类型,开始
${row(2001)}
,,,
${row(2002)}

`) });
      const report = (await at.json()) as Record<string, any>;
      written.push(report.sourceId);
      expect({ status: at.status, ok: report.ok, rows: report.rows }).toEqual({ status: 200, ok: true, rows: 2 });
      expect(await pairings()).toBe(before + 2);
    } finally {
      await new Promise<void>((resolve) => limited.close(() => resolve()));
    }
  });

  it("answers 413 for a file over the limit", async () => {
    const config = loadConfig();
    const small = http.createServer(importUpload(g.driver, createTokenVerifier(config), pino({ level: "silent" }), { maxBytes: 1024 }));
    await new Promise<void>((resolve) => small.listen(0, "127.0.0.1", resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(small.address() as AddressInfo).port}/import`, {
        method: "POST",
        headers: { authorization: editor },
        body: form(`单位,社区,类型\n${"x".repeat(5000)}\n`),
      });
      expect(res.status).toBe(413);
    } finally {
      await new Promise<void>((resolve) => small.close(() => resolve()));
    }
  });
});
