/**
 * NDJSON export (contract section 2): the whole graph, nodes by type then id, links by type then
 * from and to, each record's keys in the model's order. The order is a function of the graph alone,
 * so export → import into an empty database → export gives the identical file. A slice (an area's
 * or alliance's part, what is in force at a date: graph-slice.ts) is written in the same order.
 */
import type { Writable } from "node:stream";
import type { Driver } from "neo4j-driver";
import { COMMON_NODE_PROPERTIES, LINK_TYPE_NAMES, LINK_TYPES, NODE_TYPE_NAMES, NODE_TYPES } from "../graph/model";
import { openSlice, Properties, sliceLinks, sliceNodes, SliceOptions } from "./graph-slice";
import { writeTo } from "./sink";

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

export interface ExportCounts {
  nodes: number;
  links: number;
}

/** Streams the graph (or a slice of it) to `out`, honouring back-pressure; returns the number of records written. */
export async function exportGraph(driver: Driver, out: Writable, options: SliceOptions = {}): Promise<ExportCounts> {
  const counts = { nodes: 0, links: 0 };
  const write = writeTo(out);
  const emit = (record: Properties): Promise<void> => write(`${JSON.stringify(record)}\n`);
  const slice = await openSlice(driver, options);
  for (const type of NODE_TYPE_NAMES) {
    const keys = ["name", ...Object.keys(COMMON_NODE_PROPERTIES).filter((k) => k !== "name"), ...Object.keys(NODE_TYPES[type])];
    for await (const p of sliceNodes(driver, slice, type)) {
      await emit(ordered({ id: p.id, type }, p, keys));
      counts.nodes += 1;
    }
  }
  for (const type of LINK_TYPE_NAMES) {
    const keys = Object.keys(LINK_TYPES[type].properties);
    for await (const { from, to, p } of sliceLinks(driver, slice, type)) {
      await emit(ordered({ type, from, to }, p, keys));
      counts.links += 1;
    }
  }
  return counts;
}
