import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, NODE_TYPE_NAMES } from "../graph/model";

/** The full-text index over names; `cjk` splits Chinese into bigrams, so 春晖 finds 春晖社区党委. */
export const NAME_INDEX = "entity_names";

/**
 * Constraints and indexes, all idempotent. Uniqueness on the shared Entity label keeps an id from
 * being used by two types; the per-type constraints give each `(:Type {id})` lookup its own index.
 */
export function schemaStatements(): string[] {
  return [
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
    ...NODE_TYPE_NAMES.map((type) => `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR (n:${type}) REQUIRE n.id IS UNIQUE`),
    "CREATE INDEX area_level IF NOT EXISTS FOR (n:Area) ON (n.level)",
    "CREATE INDEX community_level IF NOT EXISTS FOR (n:Community) ON (n.level)",
    "CREATE INDEX unit_sector IF NOT EXISTS FOR (n:Unit) ON (n.sector)",
    "CREATE INDEX party_org_level IF NOT EXISTS FOR (n:PartyOrganization) ON (n.level)",
    "CREATE INDEX pairing_kind IF NOT EXISTS FOR (n:Pairing) ON (n.kind)",
    // History (history/changes.ts) is looked up by the id a change touched, at either end of a link.
    "CREATE INDEX change_subject IF NOT EXISTS FOR (c:Change) ON (c.subject)",
    "CREATE INDEX change_other IF NOT EXISTS FOR (c:Change) ON (c.other)",
    // An import batch's Change lists its ids in one string; each id is one whitespace token.
    "CREATE FULLTEXT INDEX change_ids IF NOT EXISTS FOR (c:Change) ON EACH [c.ids] OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } }",
    `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.name, n.nameEn] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  ];
}

/** Creates what is missing and waits until every index is online, so the first query can use them. */
export async function ensureSchema(driver: Driver): Promise<void> {
  for (const statement of schemaStatements()) await driver.executeQuery(statement);
  await driver.executeQuery("CALL db.awaitIndexes(60)");
}
