import { execFileSync } from "node:child_process";
import { ROOT } from "../../src/paths";

/**
 * What an idle server holds (docs/performance.md, "Server memory"): the served schema is 1.2 MB of
 * SDL, so whatever hangs off its nodes is multiplied by thousands, and modules loaded at start stay.
 */
describe("an idle server's memory", () => {
  it("keeps no token of the generated schema's 1.2 MB of SDL", () => {
    // The tokens of every document parsed with locations stay reachable from its nodes; the
    // generated one (93,000 tokens) did, through the library's resolvers (patches/@neo4j+graphql+*.patch).
    // Counted in a process of its own, where nothing else has parsed anything: the inspector finds
    // every live object whose prototype is graphql's Token's.
    const script = `
      const inspector = require("node:inspector");
      const neo4j = require("neo4j-driver");
      const { Token } = require("graphql");
      const { buildApiSchema } = require("./src/graphql/schema");
      const { loadConfig } = require("./src/config");
      (async () => {
        const unused = neo4j.driver("bolt://unused.invalid");
        const schema = await buildApiSchema(unused, loadConfig());
        await unused.close();
        const session = new inspector.Session();
        session.connect();
        const post = (method, params) => new Promise((ok, fail) => session.post(method, params, (e, r) => (e ? fail(e) : ok(r))));
        globalThis.probe = Token.prototype;
        const { result } = await post("Runtime.evaluate", { expression: "globalThis.probe" });
        const { objects } = await post("Runtime.queryObjects", { prototypeObjectId: result.objectId });
        const count = await post("Runtime.callFunctionOn", { functionDeclaration: "function () { return this.length; }", objectId: objects.objectId, returnByValue: true });
        console.log(JSON.stringify({ types: Object.keys(schema.getTypeMap()).length, tokens: count.result.value }));
      })();`;
    const { types, tokens } = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, encoding: "utf8" }));
    expect(types).toBeGreaterThan(500);
    // 5,946 on 2026-12-02 (the project's own schema files and operations); 93,297 with the generated SDL's.
    expect(tokens).toBeLessThan(20_000);
  });

  it("does not load the Chinese segmenter's dictionary until an article is extracted", () => {
    const loaded = (script: string): string[] =>
      JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, encoding: "utf8" }));
    const jiebaModules = 'console.log(JSON.stringify(Object.keys(require.cache).filter((m) => m.includes("@node-rs/jieba"))))';
    expect(loaded(`require("./src/server"); ${jiebaModules}`)).toEqual([]);
    // The same probe sees the dictionary once a text is tagged, so the empty list above is not blindness.
    expect(loaded(`require("./src/extract/segment").tag("济宁高新区"); ${jiebaModules}`)).toEqual(
      expect.arrayContaining([expect.stringContaining("@node-rs/jieba/dict.js")]),
    );
  });
});
