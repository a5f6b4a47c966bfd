/**
 * GraphML (http://graphml.graphdrawing.org/): what NetworkX (`nx.read_graphml`), igraph and Gephi
 * open as they are. Every attribute is declared as a typed <key> (string, int, double); node keys
 * and link keys have their own ids ("n-type", "e-type"), so the node type and the link type never
 * share a key. Nodes carry `label` (the name) too, which Gephi shows.
 */
import type { Attribute, AttributeKind, FlatSchema } from "./flat-graph";
import type { FlatWriter, Write } from "./sink";
import { xmlText } from "./xml";

const GRAPHML_TYPE: Record<AttributeKind, string> = { string: "string", integer: "long", double: "double" };

const keyId = (scope: "node" | "edge", name: string): string => `${scope === "node" ? "n" : "e"}-${name}`;

function keys(scope: "node" | "edge", attributes: readonly Attribute[]): string {
  return attributes
    .map((a) => `  <key id="${keyId(scope, a.name)}" for="${scope}" attr.name="${xmlText(a.name)}" attr.type="${GRAPHML_TYPE[a.kind]}"/>\n`)
    .join("");
}

const data = (scope: "node" | "edge", attributes: Record<string, string | number>): string =>
  Object.entries(attributes)
    .map(([name, value]) => `<data key="${keyId(scope, name)}">${xmlText(value)}</data>`)
    .join("");

/** Writes GraphML; `label` is added to the node attributes (the name). */
export function graphmlWriter(write: Write): FlatWriter {
  return {
    wantsNodes: true,
    wantsLinks: true,
    async start(schema: FlatSchema, description: string) {
      await write(
        `<?xml version="1.0" encoding="UTF-8"?>\n` +
          `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
          ` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n` +
          `  <desc>${xmlText(description)}</desc>\n` +
          keys("node", [{ name: "label", kind: "string" }, ...schema.node]) +
          keys("edge", schema.link) +
          `  <graph id="partygraph" edgedefault="directed">\n`,
      );
    },
    async node({ id, attributes }) {
      const labelled: Record<string, string | number> = attributes.name === undefined ? attributes : { label: attributes.name, ...attributes };
      await write(`    <node id="${xmlText(id)}">${data("node", labelled)}</node>\n`);
    },
    async link({ id, from, to, attributes }) {
      await write(`    <edge id="${xmlText(id)}" source="${xmlText(from)}" target="${xmlText(to)}">${data("edge", attributes)}</edge>\n`);
    },
    async end() {
      await write(`  </graph>\n</graphml>\n`);
    },
  };
}
