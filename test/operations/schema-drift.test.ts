import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { ROOT } from "../../src/paths";
import { API_SCHEMA_FILE, printApiSchema } from "../../src/graphql/schema";

/**
 * The checked-in schema/api.graphql and the typed client generated from it must be what the server
 * serves today: a resolver changed without `npm run codegen` fails here, with the fix in the message.
 */
describe("the printed schema and the generated client", () => {
  it("schema/api.graphql is the schema the server serves", async () => {
    const live = await printApiSchema(loadConfig());
    const checkedIn = fs.readFileSync(API_SCHEMA_FILE, "utf8");
    if (checkedIn !== live) throw new Error("schema/api.graphql is stale: run `npm run codegen` and commit the result.");
  });

  it("has the contract's operations with the contract's arguments", () => {
    const sdl = fs.readFileSync(API_SCHEMA_FILE, "utf8");
    for (const line of [
      "search(text: String!, first: Int = 10): [SearchHit!]!",
      "partners(orgId: ID!, asOf: String): [Partnership!]!",
      "orgTree(rootId: ID!, depth: Int = 3, asOf: String): OrgTreeNode!", // asOf: contract 4.4
      "unpairedCommunities(areaId: ID, asOf: String, first: Int = 50, after: String): UnpairedCommunities!",
      "trace(fromId: ID!, maxDepth: Int = 6): [TracePath!]!",
      "allianceStructure(allianceId: ID!, asOf: String): AllianceStructure!",
      "coverage(areaId: ID!, asOf: String): Coverage!",
      "outcomes(fromId: ID!, maxDepth: Int = 8): [Outcome!]!",
      'network(scopeId: ID!, asOf: String, kind: String = "pairing"): Network!',
    ]) {
      expect(sdl).toContain(`  ${line}\n`);
    }
  });

  it("src/client/generated is what codegen makes of it", () => {
    // graphql-codegen --check exits non-zero, writing nothing, when an output would change.
    try {
      execFileSync(path.join(ROOT, "node_modules", ".bin", "graphql-codegen"), ["--config", "codegen.yml", "--check"], { cwd: ROOT, stdio: "pipe" });
    } catch (error) {
      const output = String((error as { stdout?: Buffer }).stdout ?? "") + String((error as { stderr?: Buffer }).stderr ?? "");
      throw new Error(`src/client/generated is stale: run \`npm run codegen\` and commit the result.\n${output}`);
    }
  }, 60_000);
});
