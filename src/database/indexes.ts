import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, NODE_TYPE_NAMES } from "../graph/model";

/**
 * The full-text index over names, English names and aliases (a list: full-text indexes take lists
 * of strings, the TEXT index below cannot); `cjk` splits Chinese into bigrams, so 春晖 finds
 * 春晖社区党委 and 洸和 finds 洸河 by its alias. A bigram index cannot find one character.
 */
export const NAME_INDEX = "entity_names_aliases";
/** What NAME_INDEX replaced (without aliases): dropped, since an index's properties cannot change. */
const OLD_NAME_INDEX = "entity_names";
/**
 * A TEXT index (trigrams) on names, so `name CONTAINS` one character (村, 联) is an index scan, not a
 * read of every node. Per label and property, so on Entity, which every node has.
 */
export const NAME_TEXT_INDEX = "entity_name_text";

/**
 * Constraints and indexes, all idempotent. Uniqueness on the shared Entity label keeps an id from
 * being used by two types; the per-type constraints give each `(:Type {id})` lookup its own index.
 *
 * The two name indexes come first: CREATE INDEX returns at once and the index fills in the
 * background, while CREATE CONSTRAINT waits until its index is filled, and filling one keeps one
 * core busy. Created last, the name indexes left a core idle while the constraints filled one by one,
 * and filled alone at the end; started first, they fill beside the constraints. On a 10M-node
 * province (2 cores, the same store, every rule dropped and created again): 98.7 and 116.6 s this
 * way against 143.7 s with the name indexes last. (Created in one transaction, all rules share one
 * filling, which was slower still.)
 */
export function schemaStatements(): string[] {
  return [
    `DROP INDEX ${OLD_NAME_INDEX} IF EXISTS`,
    `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.name, n.nameEn, n.aliases] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
    `CREATE TEXT INDEX ${NAME_TEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.name)`,
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
    ...NODE_TYPE_NAMES.map((type) => `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR (n:${type}) REQUIRE n.id IS UNIQUE`),
    "CREATE INDEX area_level IF NOT EXISTS FOR (n:Area) ON (n.level)",
    "CREATE INDEX community_level IF NOT EXISTS FOR (n:Community) ON (n.level)",
    "CREATE INDEX unit_sector IF NOT EXISTS FOR (n:Unit) ON (n.sector)",
    "CREATE INDEX party_org_level IF NOT EXISTS FOR (n:PartyOrganization) ON (n.level)",
    "CREATE INDEX pairing_kind IF NOT EXISTS FOR (n:Pairing) ON (n.kind)",
    // suggestPartners finds units outside a district through the category of a resource.
    "CREATE INDEX resource_category IF NOT EXISTS FOR (n:Resource) ON (n.category)",
    // History (history/changes.ts) is looked up by the id a change touched, at either end of a link.
    "CREATE INDEX change_subject IF NOT EXISTS FOR (c:Change) ON (c.subject)",
    "CREATE INDEX change_other IF NOT EXISTS FOR (c:Change) ON (c.other)",
    // An import batch's Change lists its ids in one string; each id is one whitespace token.
    "CREATE FULLTEXT INDEX change_ids IF NOT EXISTS FOR (c:Change) ON EACH [c.ids] OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } }",
  ];
}

/**
 * Two processes creating the same rule at once (test workers on a new database, a `npm run seed`
 * beside a first `npm start`): IF NOT EXISTS does not cover the race, and the one that loses gets
 * this code, though the rule it asked for is there.
 */
const CREATED_BY_ANOTHER = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";

export interface SchemaOptions {
  statements?: string[];
  /**
   * How long to wait for the indexes to come online. A minute covers an import's or a start's
   * new indexes; a bulk-loaded province populates its full-text index over millions of names.
   */
  awaitSeconds?: number;
}

/** Creates what is missing and waits until every index is online, so the first query can use them. */
export async function ensureSchema(driver: Driver, { statements = schemaStatements(), awaitSeconds = 60 }: SchemaOptions = {}): Promise<void> {
  for (const statement of statements) {
    try {
      await driver.executeQuery(statement);
    } catch (error) {
      if ((error as { code?: unknown }).code !== CREATED_BY_ANOTHER) throw error;
    }
  }
  await awaitIndexes(driver, awaitSeconds);
}

const INDEX_STATES = "SHOW INDEXES YIELD name, state, populationPercent WHERE state <> 'ONLINE' RETURN name, state, populationPercent";

/**
 * Polls until every index is online. Not `db.awaitIndexes(n)`: it is one transaction, and the
 * server ends any transaction after db.transaction.timeout (a minute here), however long it asked
 * to wait; a bulk-loaded province takes longer than that to populate its full-text index.
 */
async function awaitIndexes(driver: Driver, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (let pause = 50; ; pause = Math.min(pause * 2, 2000)) {
    const { records } = await driver.executeQuery(INDEX_STATES);
    const failed = records.find((r) => r.get("state") === "FAILED");
    if (failed) throw new Error(`The index ${failed.get("name")} failed to populate: see the database's debug.log.`);
    if (!records.length) return;
    if (Date.now() > deadline) {
      const pending = records.map((r) => `${r.get("name")} ${Number(r.get("populationPercent")).toFixed(0)}%`).join(", ");
      throw new Error(`Indexes still populating after ${seconds} s: ${pending}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
