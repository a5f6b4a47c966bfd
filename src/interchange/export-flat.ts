/** Writes a slice of the graph (graph-slice.ts) through a flat format: GraphML, GEXF or CSV. */
import type { Driver } from "neo4j-driver";
import { LINK_TYPE_NAMES, NODE_TYPE_NAMES } from "../graph/model";
import type { ExportCounts } from "./export";
import { flatLink, flatNode, GRAPH_SCHEMA } from "./flat-graph";
import { openSlice, sliceLinks, sliceNodes, SliceOptions } from "./graph-slice";
import type { FlatWriter } from "./sink";

/** What the file says it holds: the scope and the date, so a file found later explains itself. */
export function describeSlice(options: SliceOptions): string {
  const what = options.scopeId ? `the part of ${options.scopeId}` : "the whole graph";
  const when = options.asOf ? `, what is in force on ${options.asOf}` : "";
  return `partygraph: ${what}${when}. Node attribute "type" is the node type, link attribute "type" the link type; sources are citations "source-id locator", separated by "; ".`;
}

export async function exportFlat(driver: Driver, writer: FlatWriter, options: SliceOptions = {}): Promise<ExportCounts> {
  const counts = { nodes: 0, links: 0 };
  const slice = await openSlice(driver, options);
  await writer.start(GRAPH_SCHEMA, describeSlice(options));
  if (writer.wantsNodes) {
    for (const type of NODE_TYPE_NAMES) {
      for await (const p of sliceNodes(driver, slice, type)) {
        await writer.node(flatNode(type, p));
        counts.nodes += 1;
      }
    }
  }
  if (writer.wantsLinks) {
    for (const type of LINK_TYPE_NAMES) {
      for await (const { from, to, p } of sliceLinks(driver, slice, type)) {
        await writer.link(flatLink(type, from, to, p));
        counts.links += 1;
      }
    }
  }
  await writer.end();
  return counts;
}
