import neo4j, { type Driver } from "neo4j-driver";
import { AreaViewDocument } from "../src/client";
import { ENTITY_LABEL, NODE_TYPE_NAMES } from "../src/graph/model";
import { RecordedCall } from "./support/recording-driver";
import { Harness, OPERATION_REQUESTS, OperationRequest, sendCounted, startHarness } from "./operations/harness";

/**
 * Every id lookup in the custom operations (and in a nested query of the generated API) must use an
 * index. Each request goes through the real server; the Cypher and parameters it ran are then
 * EXPLAINed with the same parameters, and the plan must hold no AllNodesScan, nor — where the
 * request names an id — a NodeByLabelScan: with an id, a unique constraint's index can always find
 * the start node.
 */

/** The operators a plan forbids: a full scan of every node, and a scan of every node of one label. */
const ALL_NODES = "AllNodesScan";
const BY_LABEL = "NodeByLabelScan";

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/** "NodeByLabelScan@neo4j" → "NodeByLabelScan": the plan names operators with the database they ran on. */
const operatorName = (operatorType: string): string => operatorType.replace(/@.*$/, "");

/** Every operator of the plan, depth first from the root, suffixes stripped. */
function operatorsOf(plan: PlanNode): string[] {
  return [operatorName(plan.operatorType), ...(plan.children ?? []).flatMap(operatorsOf)];
}

/** The scans among the operators that the request may not use (NodeByLabelScan only when it names an id). */
function forbiddenScans(operators: readonly string[], withId: boolean): string[] {
  return operators.filter((op) => op === ALL_NODES || (withId && op === BY_LABEL));
}

/**
 * The statement with EXPLAIN (or PROFILE) in front of its clauses: after leading whitespace and
 * comments, and after a `CYPHER ...` options prefix (e.g. `CYPHER 5 runtime=interpreted`), which
 * must stay first.
 */
function explainOf(query: string, keyword: "EXPLAIN" | "PROFILE" = "EXPLAIN"): string {
  const lead = /^(?:\s+|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/.exec(query)![0];
  const rest = query.slice(lead.length);
  const options = /^CYPHER\b(?:\s+(?:\d+(?:\.\d+)?|[A-Za-z_][\w.]*\s*=\s*[\w.]+))*/i.exec(rest)?.[0] ?? "";
  return `${lead}${options}${options ? " " : ""}${keyword} ${rest.slice(options.length).trimStart()}`;
}

async function planOf(driver: Driver, call: RecordedCall): Promise<PlanNode> {
  const result = await driver.executeQuery(explainOf(call.query), call.params, { routing: "READ" });
  const plan = result.summary.plan;
  if (!plan) throw new Error(`EXPLAIN gave no plan for:\n${call.query}`);
  return plan as PlanNode;
}

/** The plan as an indented tree of operators, with each one's details, for a failure message. */
function describePlan(plan: PlanNode, depth = 0): string {
  const details = plan.arguments?.Details ?? plan.arguments?.details;
  const line = `${"  ".repeat(depth)}${operatorName(plan.operatorType)}${details ? `  ${String(details)}` : ""}`;
  return [line, ...(plan.children ?? []).map((child) => describePlan(child, depth + 1))].join("\n");
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness("explain");
  await h.driver.executeQuery("CALL db.awaitIndexes(30)");
});
afterAll(() => h.close());

describe("the plan walker", () => {
  it("puts EXPLAIN after comments, whitespace and a CYPHER options prefix", () => {
    expect(explainOf("MATCH (n) RETURN n")).toBe("EXPLAIN MATCH (n) RETURN n");
    expect(explainOf("\n  MATCH (n) RETURN n")).toBe("\n  EXPLAIN MATCH (n) RETURN n");
    expect(explainOf("// why\n/* a note */\nMATCH (n) RETURN n")).toBe("// why\n/* a note */\nEXPLAIN MATCH (n) RETURN n");
    expect(explainOf("CYPHER 5 runtime=interpreted\nMATCH (n) RETURN n")).toBe("CYPHER 5 runtime=interpreted EXPLAIN MATCH (n) RETURN n");
    expect(explainOf("CYPHER\nMATCH (n) RETURN n")).toBe("CYPHER EXPLAIN MATCH (n) RETURN n");
  });

  it("flags an AllNodesScan and, for a request with an id, a NodeByLabelScan", async () => {
    const all = operatorsOf(await planOf(h.driver, { query: "MATCH (n) RETURN n", params: {} }));
    expect(forbiddenScans(all, false)).toEqual([ALL_NODES]);
    const byLabel = operatorsOf(await planOf(h.driver, { query: "MATCH (n:Community) WHERE n.name = $name RETURN n", params: { name: "x" } }));
    expect(forbiddenScans(byLabel, true)).toEqual([BY_LABEL]);
    expect(forbiddenScans(byLabel, false)).toEqual([]);
    // A scan inside a subquery is a child in the plan tree, and is found there too.
    const nested = operatorsOf(
      await planOf(h.driver, { query: "MATCH (a:Area {id: $id}) RETURN COLLECT { MATCH (c:Community) WHERE c.name = a.name RETURN c.id } AS ids", params: { id: "x" } }),
    );
    expect(nested).toContain("NodeUniqueIndexSeek");
    expect(forbiddenScans(nested, true)).toEqual([BY_LABEL]);
    // The lookup by a unique id is an index seek, and passes.
    const seek = operatorsOf(await planOf(h.driver, { query: "MATCH (n:Entity {id: $id}) RETURN n", params: { id: "x" } }));
    expect(seek).toContain("NodeUniqueIndexSeek");
    expect(forbiddenScans(seek, true)).toEqual([]);
  });
});

/** The custom operations' requests, and a nested query of the generated API. */
const requests: OperationRequest[] = [
  ...OPERATION_REQUESTS,
  {
    name: "generated: area → subAreas → communities → pairings → projects → results",
    withId: true,
    send: (h) => sendCounted(h, AreaViewDocument, { areaId: "op-district" }),
  },
];
const withIds = requests.filter((r) => r.withId);

describe("every id lookup uses an index", () => {
  beforeAll(async () => {
    // @neo4j/graphql asks the database its version once per server, on its first generated request.
    await h.client.request(AreaViewDocument, { areaId: "op-city" });
  });

  it.each(requests.map((r) => [r.name, r] as const))("%s", async (name, { withId, send }) => {
    const { calls } = await send(h);
    expect(calls.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const call of calls) {
      const plan = await planOf(h.driver, call);
      const operators = operatorsOf(plan);
      const scans = forbiddenScans(operators, withId);
      if (scans.length) {
        problems.push(
          `${name}: ${[...new Set(scans)].join(", ")} in the plan of\n${call.query.trim()}\n` +
            `params: ${JSON.stringify(call.params)}\noperators: ${operators.join(", ")}\nplan:\n${describePlan(plan)}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });
});

interface ProfiledNode extends PlanNode {
  dbHits: number;
  children: ProfiledNode[];
}

const totalDbHits = (node: ProfiledNode): number => node.dbHits + node.children.reduce((sum, child) => sum + totalDbHits(child), 0);

async function dbHitsOf(calls: readonly RecordedCall[]): Promise<number> {
  let hits = 0;
  for (const call of calls) {
    const result = await h.driver.executeQuery(explainOf(call.query, "PROFILE"), call.params, { routing: "READ" });
    hits += totalDbHits(result.summary.profile as unknown as ProfiledNode);
  }
  return hits;
}

/**
 * A subquery inside an expression (`head(COLLECT { MATCH (source:Source) WHERE source.id IN ... })`,
 * `EXISTS { ... }` in a list comprehension) is planned apart: EXPLAIN shows it as text in its
 * operator's details, not as operators, so the walk above cannot see a scan in it. PROFILE does
 * count its reads, against that operator. So: the same statements, profiled on the fixture graph
 * and again with PADDING unconnected nodes of every node type added. A lookup by id through an index
 * never meets the padding; a scan of any label reads all of it.
 */
const PADDING = 1000;

describe("no id lookup scans, subquery expressions included (PROFILE over a padded graph)", () => {
  const baseline = new Map<string, { calls: RecordedCall[]; hits: number }>();
  beforeAll(async () => {
    for (const { name, send } of withIds) {
      const { calls } = await send(h);
      baseline.set(name, { calls, hits: await dbHitsOf(calls) });
    }
    // One statement (labels from the model), and time enough for it: a hook cut short by its
    // timeout leaves its write running, to commit after close() has deleted the file's data.
    const creates = NODE_TYPE_NAMES.map((type) => `(:${type}:${ENTITY_LABEL} {id: $pad + '${type}-' + i})`).join(", ");
    await h.driver.executeQuery(`UNWIND range(1, $n) AS i CREATE ${creates}`, { n: neo4j.int(PADDING), pad: h.g.id("pad-") });
  }, 180_000);
  afterAll(() => h.driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $pad DELETE n", { pad: h.g.id("pad-") }));

  it("the padding is there, and a scan of one label in a subquery expression reads all of it", async () => {
    const call: RecordedCall = {
      query: "MATCH (a:Area {id: $id}) RETURN head(COLLECT { MATCH (s:Source) WHERE s.name = a.name RETURN s.id }) AS x",
      params: { id: h.g.id("op-city") },
    };
    const explained = operatorsOf(await planOf(h.driver, call));
    expect(forbiddenScans(explained, true)).toEqual([]); // invisible to the walk...
    expect(await dbHitsOf([call])).toBeGreaterThan(PADDING); // ...but not to PROFILE
  });

  it.each(withIds.map((r) => [r.name]))("%s", async (name) => {
    const { calls, hits } = baseline.get(name)!;
    const padded = await dbHitsOf(calls);
    if (padded - hits >= PADDING / 10) {
      const plans = await Promise.all(calls.map(async (c) => `${c.query.trim()}\nplan:\n${describePlan(await planOf(h.driver, c))}`));
      throw new Error(`${name}: ${hits} db hits on the fixture, ${padded} with ${PADDING} more nodes of each type: it scans.\n${plans.join("\n\n")}`);
    }
  });
});
