/**
 * NDJSON export (contract section 2): the whole graph, nodes by type then id, links by type then
 * from and to, each record's keys in the model's order. The order is a function of the graph alone,
 * so export → import into an empty database → export gives the identical file.
 */
import type { Writable } from "node:stream";
import { once } from "node:events";
import type { Driver } from "neo4j-driver";
import { COMMON_NODE_PROPERTIES, ENTITY_LABEL, LINK_TYPE_NAMES, LINK_TYPES, NODE_TYPE_NAMES, NODE_TYPES } from "../graph/model";

type Properties = Record<string, unknown>;

/** Turns stored citations (parallel lists) back into the `sources` of the format. */
function sourcesOf(properties: Properties): { id: string; locator?: string }[] | undefined {
  const ids = properties.sourceIds as string[] | undefined;
  if (!ids?.length) return undefined;
  const locators = (properties.sourceLocators as string[] | undefined) ?? [];
  return ids.map((id, i) => (locators[i] ? { id, locator: locators[i] } : { id }));
}

function ordered(head: Properties, properties: Properties, keys: readonly string[]): Properties {
  const record: Properties = { ...head };
  for (const key of keys) if (properties[key] !== undefined && properties[key] !== null) record[key] = properties[key];
  const sources = sourcesOf(properties);
  if (sources) record.sources = sources;
  return record;
}

const nodesOf = (type: string): string => `MATCH (n:${type}:${ENTITY_LABEL}) RETURN properties(n) AS p ORDER BY n.id`;
const linksOf = (type: string): string =>
  `MATCH (a:${ENTITY_LABEL})-[r:${type}]->(b:${ENTITY_LABEL}) RETURN a.id AS from, b.id AS to, properties(r) AS p ORDER BY from, to`;

/** Streams the graph to `out`, honouring back-pressure; returns the number of records written. */
export async function exportGraph(driver: Driver, out: Writable): Promise<{ nodes: number; links: number }> {
  const counts = { nodes: 0, links: 0 };
  const emit = async (record: Properties): Promise<void> => {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, "drain");
  };
  const session = driver.session({ defaultAccessMode: "READ" });
  try {
    for (const type of NODE_TYPE_NAMES) {
      const keys = ["name", ...Object.keys(COMMON_NODE_PROPERTIES).filter((k) => k !== "name"), ...Object.keys(NODE_TYPES[type])];
      for await (const row of session.run(nodesOf(type))) {
        const p = row.get("p") as Properties;
        await emit(ordered({ id: p.id, type }, p, keys));
        counts.nodes += 1;
      }
    }
    for (const type of LINK_TYPE_NAMES) {
      const keys = Object.keys(LINK_TYPES[type].properties);
      for await (const row of session.run(linksOf(type))) {
        await emit(ordered({ type, from: row.get("from"), to: row.get("to") }, row.get("p") as Properties, keys));
        counts.links += 1;
      }
    }
  } finally {
    await session.close();
  }
  return counts;
}
