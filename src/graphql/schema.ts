import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { printSubgraphSchema } from "@apollo/subgraph";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { mergeSchemas } from "@graphql-tools/schema";
import { describeGeneratedFields } from "./generated-descriptions";
import { GraphQLArgument, GraphQLObjectType, GraphQLSchema, printSchema } from "graphql";
import neo4j, { Driver } from "neo4j-driver";
import { buildSchema } from "type-graphql";
import { ROOT } from "../paths";
import { AllianceStructureResolver } from "./operations/alliance-structure";
import { CoverageResolver } from "./operations/coverage";
import { NetworkResolver } from "./operations/network";
import { TimelineResolver } from "./operations/timeline";
import { HistoryResolver } from "./operations/history";
import { MergeOrganizationsResolver } from "./operations/merge-organizations";
import { SplitOrganizationResolver } from "./operations/split-organization";
import { OrgTreeResolver } from "./operations/org-tree";
import { OutcomesResolver } from "./operations/outcomes";
import { PartnersResolver } from "./operations/partners";
import { PairingRefResolver } from "./types/pairing-ref";
import { SearchResolver } from "./operations/search";
import { TermsDueResolver } from "./operations/terms-due";
import { TraceResolver } from "./operations/trace";
import { UnpairedCommunitiesResolver } from "./operations/unpaired-communities";
import { SuggestPartnersResolver } from "./operations/suggest-partners";
import { OpenNeedsResolver } from "./operations/open-needs";
import { NeedsSummaryResolver } from "./operations/needs-summary";
import type { AuthSettings } from "../auth/verify-token";
import { PartialDate } from "./scalars";

export const SCHEMA_DIR = path.join(ROOT, "schema");
/** The printed, merged schema, checked in so that a change to the API shows in a diff (npm run codegen). */
export const API_SCHEMA_FILE = path.join(SCHEMA_DIR, "api.graphql");

/** The graph's type definitions: every .graphql file in schema/ except the printed API. */
export function readTypeDefs(): string {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".graphql") && f !== path.basename(API_SCHEMA_FILE))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8"))
    .join("\n");
}

/** The contract's custom operations (section 3), one resolver per file in operations/. */
const CUSTOM_OPERATIONS = [
  SearchResolver,
  PartnersResolver,
  PairingRefResolver,
  OrgTreeResolver,
  UnpairedCommunitiesResolver,
  TraceResolver,
  OutcomesResolver,
  AllianceStructureResolver,
  CoverageResolver,
  SuggestPartnersResolver,
  OpenNeedsResolver,
  NeedsSummaryResolver,
  NetworkResolver,
  TimelineResolver,
  TermsDueResolver,
  HistoryResolver,
  MergeOrganizationsResolver,
  SplitOrganizationResolver,
] as const;

/**
 * The one schema Apollo serves: the CRUD API that @neo4j/graphql generates from schema/, merged
 * with the contract's custom operations, written code-first with type-graphql. It is also an
 * Apollo Federation 2 subgraph (schema/federation.graphql, contract 4.6): every node type is an
 * entity keyed by id, resolved by @neo4j/graphql's `_entities`.
 */
export async function buildApiSchema(driver: Driver, auth: AuthSettings): Promise<GraphQLSchema> {
  const generated = await new Neo4jGraphQL({
    typeDefs: readTypeDefs(),
    driver,
    resolvers: { PartialDate },
    // The server verifies tokens itself and passes the payload as context.jwt; the same key here
    // keeps the library's own verification, were it ever used, in step.
    features: { authorization: { key: auth.jwksUrl ? { url: auth.jwksUrl } : auth.jwtSecret } },
  }).getSubgraphSchema();
  describeGeneratedFields(generated);
  const custom = argumentsInDeclaredOrder(await buildSchema({ resolvers: CUSTOM_OPERATIONS, validate: false }));
  return describingWholeSubgraph(mergeSchemas({ schemas: [generated, custom] }));
}

/**
 * The library's `_service { sdl }` describes only the generated part; a gateway must see the custom
 * operations too, so the merged schema describes itself, as Apollo's subgraph printer writes it.
 */
function describingWholeSubgraph(schema: GraphQLSchema): GraphQLSchema {
  const service = { sdl: printSubgraphSchema(schema) };
  const field = schema.getQueryType()?.getFields()._service;
  if (!field) throw new Error("The generated schema has no _service field: is schema/federation.graphql in place?");
  field.resolve = () => service;
  return schema;
}

/**
 * type-graphql lists a field's arguments last parameter first (TypeScript applies parameter
 * decorators in reverse), so `partners(asOf, orgId)` would print against the contract's
 * `partners(orgId, asOf)`. Order means nothing to execution; it is for the people who read the
 * schema, so it is put back in place on the freshly built schema, which nothing else holds yet.
 */
function argumentsInDeclaredOrder(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith("__")) continue;
    // Readonly in the types, a plain array at run time: built moments ago, not yet shared.
    for (const field of Object.values(type.getFields())) (field.args as GraphQLArgument[]).reverse();
  }
  return schema;
}

/**
 * The served schema as SDL, for schema/api.graphql and the client codegen. Building it needs no
 * database: the driver given to the library is never used, so it points nowhere.
 */
export async function printApiSchema(auth: AuthSettings): Promise<string> {
  const unused = neo4j.driver("bolt://unused.invalid");
  try {
    return `${printSchema(await buildApiSchema(unused, auth))}\n`;
  } finally {
    await unused.close();
  }
}
