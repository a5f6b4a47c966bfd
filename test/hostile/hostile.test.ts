/**
 * Malformed and hostile requests, each with the status and error code it must get, and the graph
 * unchanged at the end. Misuse lives here, apart from the behaviour tests (dataloader's abuse.test).
 */
import path from "node:path";
import { SignJWT } from "jose";
import { loadConfig } from "../../src/config";
import { mintToken } from "../../src/auth/mint-token";
import { testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

interface Case {
  name: string;
  /** A GraphQL request body, sent as JSON; or `raw` text sent as it is. */
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  status: number;
  code: string;
}

const query = (q: string, variables?: Record<string, unknown>) => ({ query: q, variables });
const PAGED = "query ($n: Int) { areas(limit: $n) { subAreas(limit: $n) { id } } }";
const PAGED_BY_DEFAULT = "query ($n: Int = 1000) { areas(limit: $n) { subAreas(limit: $n) { id } } }";
const INCLUDED = "query ($deep: Boolean!) { areas(limit: 1000) { subAreas(limit: 1000) @include(if: $deep) { id } } }";
const PAGED_AND_SEARCH = "query ($n: Int, $t: String!) { search(text: $t) { score } areas(limit: $n) { subAreas(limit: $n) { id } } }";
const nest = (depth: number): string => `{ areas(limit: 1) ${"{ subAreas(limit: 1) ".repeat(depth - 2)}{ id }${" }".repeat(depth - 2)} }`;

// Text meant to break out of a Cypher string, a Lucene query, a JSON document or an HTML page.
const INJECTIONS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x` DETACH DELETE n //",
  "\\u0000\u0000",
  "${process.exit()}",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "*:* OR name:*",
  "'; CALL dbms.killQueries([]) //",
  "\n\r\t MATCH (n) RETURN n",
];

const ID_OPERATIONS: { op: string; arg: string; select: string }[] = [
  { op: "partners", arg: "orgId", select: "{ partner { id } }" },
  { op: "orgTree", arg: "rootId", select: "{ node { id } }" },
  { op: "trace", arg: "fromId", select: "{ result { id } }" },
  { op: "allianceStructure", arg: "allianceId", select: "{ memberCount }" },
  { op: "coverage", arg: "areaId", select: "{ communities }" },
  { op: "unpairedCommunities", arg: "areaId", select: "{ totalCount }" },
  { op: "network", arg: "scopeId", select: "{ links { weight } }" },
];

const AS_OF_OPERATIONS: { call: (g: TestGraph) => string; select: string }[] = [
  { call: (g) => `partners(orgId: "${g.id("t-bank")}", asOf: $d)`, select: "{ partner { id } }" },
  { call: (g) => `allianceStructure(allianceId: "${g.id("t-alliance")}", asOf: $d)`, select: "{ memberCount }" },
  { call: (g) => `coverage(areaId: "${g.id("t-district")}", asOf: $d)`, select: "{ communities }" },
  { call: () => "unpairedCommunities(asOf: $d)", select: "{ totalCount }" },
  { call: (g) => `network(scopeId: "${g.id("t-district")}", asOf: $d)`, select: "{ links { weight } }" },
];

/**
 * The cases, with every id that could reach the graph under the file's prefix (g): a write that got
 * through by mistake lands among the file's own data, where the fingerprint at the end sees it, and
 * the writes that would touch every node (delete, update, connect) are aimed at the file's nodes,
 * so a failing guard cannot damage other files' data.
 */
async function cases(g: TestGraph): Promise<Case[]> {
  const mine = JSON.stringify(g.prefix);
  const { jwtSecret } = loadConfig();
  const viewer = await mintToken(jwtSecret, ["viewer"]);
  const forged = await mintToken("not-the-secret", ["editor"]);
  const expired = await new SignJWT({ roles: ["editor"] }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(jwtSecret));
  const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString("base64url")}.${Buffer.from('{"roles":["editor"]}').toString("base64url")}.`;
  const editor = await mintToken(jwtSecret, ["editor"]);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const createArea = query(`mutation { createAreas(input: [{ id: "${g.id("h-area")}", name: "恶意区" }]) { areas { id } } }`);

  const list: Case[] = [
    // Not GraphQL at all.
    ...["{", "query {", "{ areas { id }", "}}}", "query Q($x: ) { __typename }", "{ search(text: ) { score } }", "mutation", "{ areas(limit: ) { id } }", "query query query", '{ search(text: "unterminated) { score } }'].map(
      (q, i): Case => ({ name: `syntax error ${i + 1}: ${q}`, body: query(q), status: 400, code: "GRAPHQL_PARSE_FAILED" }),
    ),
    { name: "a document of 30,000 tokens", body: query(`{ ${"__typename ".repeat(30000)}}`), status: 400, code: "GRAPHQL_PARSE_FAILED" },
    // Well-formed but not this schema.
    ...[
      "{ search(text: 5) { score } }",
      "{ noSuchField }",
      "{ areas { noSuchField } }",
      '{ search(text: "x", first: "ten") { score } }',
      "{ search { score } }",
      "{ areas(where: { id: 5 }) { id } }",
      "{ areas }",
      '{ search(text: "x") { node } }',
    ].map((q, i): Case => ({ name: `invalid for the schema ${i + 1}: ${q}`, body: query(q), status: 400, code: "GRAPHQL_VALIDATION_FAILED" })),
    { name: "a subscription", body: query("subscription { areas { id } }"), status: 400, code: "BAD_USER_INPUT" },
    { name: "a variable of the wrong type", body: query("query ($t: String!) { search(text: $t) { score } }", { t: 5 }), status: 400, code: "BAD_USER_INPUT" },
    { name: "a missing required variable", body: query("query ($t: String!) { search(text: $t) { score } }"), status: 400, code: "BAD_USER_INPUT" },
    // Too big, too deep, too wide.
    { name: "40-deep nesting", body: query(nest(40)), status: 400, code: "QUERY_TOO_COMPLEX" },
    { name: "13-deep nesting", body: query(nest(13)), status: 400, code: "QUERY_TOO_COMPLEX" },
    { name: "500 aliases", body: query(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(" ")} }`), status: 400, code: "QUERY_TOO_COMPLEX" },
    { name: "31 aliases", body: query(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(" ")} }`), status: 400, code: "QUERY_TOO_COMPLEX" },
    { name: "401 fields", body: query(`{ areas(limit: 1) { ${"id ".repeat(401)}} }`), status: 400, code: "QUERY_TOO_COMPLEX" },
    { name: "a million-row cross product", body: query("{ areas(limit: 1000) { subAreas(limit: 1000) { id } } }"), status: 400, code: "QUERY_TOO_COMPLEX" },
    { name: "fragments that multiply the cost", body: query("query { areas(limit: 1000) { ...F } } fragment F on Area { communities(limit: 1000) { id } }"), status: 400, code: "QUERY_TOO_COMPLEX" },
    // The cost is kept per document and page-size variables: each pair is one document, cheap then costly.
    { name: "cost cache: small pages", body: query(PAGED, { n: 1 }), status: 200, code: "OK" },
    { name: "cost cache: the same document with large pages", body: query(PAGED, { n: 1000 }), status: 400, code: "QUERY_TOO_COMPLEX" },
    { name: "cost cache: a null page", body: query(PAGED_BY_DEFAULT, { n: null }), status: 200, code: "OK" },
    { name: "cost cache: the page left to its large default", body: query(PAGED_BY_DEFAULT), status: 400, code: "QUERY_TOO_COMPLEX" },
    { name: "cost cache: @include false", body: query(INCLUDED, { deep: false }), status: 200, code: "OK" },
    { name: "cost cache: @include true", body: query(INCLUDED, { deep: true }), status: 400, code: "QUERY_TOO_COMPLEX" },
    { name: "cost cache: large pages beside a variable that does not fit", body: query(PAGED_AND_SEARCH, { n: 1000, t: 5 }), status: 400, code: "BAD_USER_INPUT" },
    { name: "cost cache: large pages once it fits", body: query(PAGED_AND_SEARCH, { n: 1000, t: "社区" }), status: 400, code: "QUERY_TOO_COMPLEX" },
    { name: "huge first on search", body: query('{ search(text: "社区", first: 100000) { score } }'), status: 400, code: "BAD_USER_INPUT" },
    { name: "huge first in a variable", body: query("query ($n: Int) { search(text: \"社区\", first: $n) { score } }", { n: 1000000 }), status: 400, code: "BAD_USER_INPUT" },
    { name: "huge limit on a generated list", body: query("{ areas(limit: 5000) { id } }"), status: 400, code: "BAD_USER_INPUT" },
    { name: "negative limit", body: query("{ areas(limit: -1) { id } }"), status: 400, code: "BAD_USER_INPUT" },
    { name: "huge first on a connection", body: query("{ areasConnection(first: 100000) { totalCount } }"), status: 400, code: "BAD_USER_INPUT" },
    { name: "huge first on unpairedCommunities", body: query("{ unpairedCommunities(first: 5000) { totalCount } }"), status: 400, code: "BAD_USER_INPUT" },
    { name: "orgTree deeper than 10", body: query(`{ orgTree(rootId: "${g.id("t-city")}", depth: 11) { node { id } } }`), status: 200, code: "BAD_USER_INPUT" },
    { name: "trace deeper than 10", body: query(`{ trace(fromId: "${g.id("t-bank")}", maxDepth: 50) { result { id } } }`), status: 200, code: "BAD_USER_INPUT" },
    { name: "search text over 200 characters", body: query("query ($t: String!) { search(text: $t) { score } }", { t: "社".repeat(201) }), status: 200, code: "BAD_USER_INPUT" },
    // Bodies that are not a GraphQL request.
    { name: "a 5 MB body", raw: JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(5 * 1024 * 1024) } }), status: 413, code: "BAD_USER_INPUT" },
    { name: "a body that is not JSON", raw: "{ query: nope", status: 400, code: "BAD_USER_INPUT" },
    { name: "a JSON body sent as text/plain (a cross-site form)", raw: JSON.stringify(query("{ __typename }")), headers: { "content-type": "text/plain" }, status: 400, code: "BAD_REQUEST" },
    { name: "a body in Latin-1", raw: JSON.stringify(query("{ __typename }")), headers: { "content-type": "application/json; charset=latin1" }, status: 415, code: "BAD_USER_INPUT" },
    { name: "a batch of operations", body: [query("{ __typename }"), query("{ __typename }")], status: 400, code: "BAD_REQUEST" },
    { name: "a body without a query", body: { variables: {} }, status: 400, code: "BAD_REQUEST" },
    { name: "a query that is not a string", body: { query: 42 }, status: 400, code: "BAD_REQUEST" },
    // Writes without the right to write, and tokens that are not what they claim.
    { name: "create, anonymous", body: createArea, status: 401, code: "UNAUTHENTICATED" },
    { name: "create, viewer", body: createArea, headers: bearer(viewer), status: 403, code: "FORBIDDEN" },
    { name: "create, forged token", body: createArea, headers: bearer(forged), status: 401, code: "UNAUTHENTICATED" },
    { name: "create, expired token", body: createArea, headers: bearer(expired), status: 401, code: "UNAUTHENTICATED" },
    { name: "create, unsigned token (alg none)", body: createArea, headers: bearer(unsigned), status: 401, code: "UNAUTHENTICATED" },
    { name: "create, garbage token", body: createArea, headers: bearer("not.a.token"), status: 401, code: "UNAUTHENTICATED" },
    { name: "create, Basic credentials", body: createArea, headers: { authorization: "Basic dXNlcjpwYXNz" }, status: 401, code: "UNAUTHENTICATED" },
    { name: "read with a forged token", body: query("{ __typename }"), headers: bearer(forged), status: 401, code: "UNAUTHENTICATED" },
    { name: "read with an expired token", body: query("{ __typename }"), headers: bearer(expired), status: 401, code: "UNAUTHENTICATED" },
    { name: "delete, anonymous", body: query(`mutation { deleteAreas(where: { id: { startsWith: ${mine} } }) { nodesDeleted } }`), status: 401, code: "UNAUTHENTICATED" },
    { name: "delete, viewer", body: query(`mutation { deleteAreas(where: { id: { startsWith: ${mine} } }) { nodesDeleted } }`), headers: bearer(viewer), status: 403, code: "FORBIDDEN" },
    { name: "update, viewer", body: query(`mutation { updateAreas(where: { id: { startsWith: ${mine} } }, update: { name: { set: "x" } }) { areas { id } } }`), headers: bearer(viewer), status: 403, code: "FORBIDDEN" },
    { name: "connect, anonymous", body: query(`mutation { updateAreas(where: { id: { startsWith: ${mine} } }, update: { partOf: [{ connect: [{ where: { node: { id: { eq: "${g.id("t-city")}" } } } }] }] }) { areas { id } } }`), status: 401, code: "UNAUTHENTICATED" },
    // Editors' writes that are malformed.
    { name: "create with a malformed id", body: query('mutation { createAreas(input: [{ id: "bad id!", name: "坏" }]) { areas { id } } }'), headers: bearer(editor), status: 400, code: "BAD_USER_INPUT" },
    { name: "create with an injection id in a variable", body: query("mutation ($id: ID!) { createAreas(input: [{ id: $id, name: \"坏\" }]) { areas { id } } }", { id: "x}) DETACH DELETE n //" }), headers: bearer(editor), status: 400, code: "BAD_USER_INPUT" },
    { name: "create with an impossible date", body: query(`mutation { createPairings(input: [{ id: "${g.id("h-p")}", name: "坏", since: "2024-02-30" }]) { pairings { id } } }`), headers: bearer(editor), status: 400, code: "BAD_USER_INPUT" },
    { name: "create with an impossible date in a variable", body: query("mutation ($id: ID!, $d: PartialDate) { createPairings(input: [{ id: $id, name: \"坏\", since: $d }]) { pairings { id } } }", { id: g.id("h-p"), d: "2023-13" }), headers: bearer(editor), status: 400, code: "BAD_USER_INPUT" },
    { name: "create with an id another node has", body: query(`mutation { createCommunities(input: [{ id: "${g.id("t-bank")}", name: "撞号" }]) { communities { id } } }`), headers: bearer(editor), status: 200, code: "BAD_USER_INPUT" },
  ];

  // Injection-looking text in every string argument: searched literally, or refused as a malformed id.
  for (const text of INJECTIONS) {
    list.push({ name: `search text ${JSON.stringify(text)}`, body: query("query ($t: String!) { search(text: $t) { score } }", { t: text }), status: 200, code: "OK" });
    list.push({ name: `generated filter ${JSON.stringify(text)}`, body: query("query ($t: String!) { areas(where: { name: { eq: $t } }) { id } }", { t: text }), status: 200, code: "OK" });
    for (const { op, arg, select } of ID_OPERATIONS) {
      list.push({ name: `${op}(${arg}: ${JSON.stringify(text)})`, body: query(`query ($v: ID!) { ${op}(${arg}: $v) ${select} }`, { v: text }), status: 200, code: "BAD_USER_INPUT" });
    }
    list.push({ name: `cursor ${JSON.stringify(text)}`, body: query("query ($c: String) { unpairedCommunities(after: $c) { totalCount } }", { c: text }), status: 200, code: "BAD_USER_INPUT" });
  }
  // Ids that are well-formed but unknown.
  for (const { op, arg, select } of ID_OPERATIONS) {
    list.push({ name: `${op} with an unknown id`, body: query(`{ ${op}(${arg}: "${g.id("no-such-node")}") ${select} }`), status: 200, code: "NOT_FOUND" });
  }
  // Impossible or malformed dates.
  for (const date of ["2024-02-30", "2023-13", "2023-00", "yesterday", "2023-9-1"]) {
    for (const { call, select } of AS_OF_OPERATIONS) {
      const text = call(g);
      list.push({ name: `${text.split("(")[0]} asOf ${date}`, body: query(`query ($d: String) { ${text} ${select} }`, { d: date }), status: 200, code: "BAD_USER_INPUT" });
    }
  }
  return list;
}

describe("hostile and malformed requests", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let before: Awaited<ReturnType<TestGraph["fingerprint"]>>;
  let all: Case[];

  beforeAll(async () => {
    g = await TestGraph.create("hostile");
    await g.load(path.join(__dirname, "..", "fixtures", "interchange", "small-graph.ndjson"));
    server = await testServer(g.driver);
    before = await g.fingerprint();
    all = await cases(g);
  });
  afterAll(async () => {
    await server.stop();
    await g.close();
  });

  it("answers each with its status and code, and never a stack trace in production", async () => {
    const production = await testServer(g.driver, { NODE_ENV: "production", LOG_LEVEL: "silent" });
    const mismatches: string[] = [];
    /** Every case that got an answer checked, once per server: what the count below is about. */
    const checked: string[] = [];
    try {
      for (const c of all) {
        for (const target of [server, production]) {
          const response = await fetch(target.url, {
            method: "POST",
            headers: { "content-type": "application/json", ...c.headers },
            body: c.raw ?? JSON.stringify(c.body),
          });
          const text = await response.text();
          let body: { errors?: { extensions?: { code?: string; stacktrace?: unknown } }[] } = {};
          try {
            body = JSON.parse(text);
          } catch {
            mismatches.push(`${c.name}: not JSON: ${text.slice(0, 80)}`);
            continue;
          }
          const code = body.errors?.[0]?.extensions?.code ?? "OK";
          if (response.status !== c.status || code !== c.code) {
            mismatches.push(`${c.name}: expected ${c.status} ${c.code}, got ${response.status} ${code} ${text.slice(0, 160)}`);
          }
          if (target === production && /stacktrace|Neo4jError|at [\w.]+ \(|MATCH \(/.test(text)) {
            mismatches.push(`${c.name}: production response leaks internals: ${text.slice(0, 160)}`);
          }
          checked.push(`${target === production ? "production" : "development"} ${c.name}`);
        }
      }
    } finally {
      await production.stop();
    }
    expect(mismatches).toEqual([]);
    // At least 100 distinct cases, each answered and checked by both servers: a case list that
    // shrank, names that collide (and so hide a case) or a loop cut short all fail here.
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(checked).toHaveLength(2 * all.length);
    expect(new Set(checked).size).toBe(2 * all.length);
  }, 120_000);

  it("leaves its graph exactly as it was, and the server answering", async () => {
    expect(await g.fingerprint()).toEqual(before);
    expect(before.nodes).toBe(10);
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(query("{ __typename }")) });
    expect(response.status).toBe(200);
  });
});
