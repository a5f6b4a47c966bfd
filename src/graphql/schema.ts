import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { mergeSchemas } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { buildSchema } from "type-graphql";
import { ROOT } from "../config";
import { SearchResolver } from "./operations/search";
import type { AuthSettings } from "./safety/auth";
import { PartialDate } from "./scalars";

export const SCHEMA_DIR = path.join(ROOT, "schema");

/** The graph's type definitions: every .graphql file in schema/ except the printed API. */
export function readTypeDefs(): string {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".graphql") && f !== "api.graphql")
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8"))
    .join("\n");
}

/**
 * The one schema Apollo serves: the CRUD API that @neo4j/graphql generates from schema/, merged
 * with the contract's custom operations, written code-first with type-graphql.
 */
export async function buildApiSchema(driver: Driver, auth: AuthSettings): Promise<GraphQLSchema> {
  const generated = await new Neo4jGraphQL({
    typeDefs: readTypeDefs(),
    driver,
    resolvers: { PartialDate },
    // The server verifies tokens itself and passes the payload as context.jwt; the same key here
    // keeps the library's own verification, were it ever used, in step.
    features: { authorization: { key: auth.jwksUrl ? { url: auth.jwksUrl } : auth.jwtSecret } },
  }).getSchema();
  const custom = await buildSchema({ resolvers: [SearchResolver], validate: false });
  return mergeSchemas({ schemas: [generated, custom] });
}
