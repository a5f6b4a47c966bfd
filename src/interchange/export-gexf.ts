/**
 * GEXF 1.3 (https://gexf.net/), Gephi's own format, which NetworkX reads too (`nx.read_gexf`).
 * Nodes carry their name as `label`, links their type as `label`; every property is a declared,
 * typed attribute (string, long, double: dates stay strings, as partial dates such as 2023-09
 * are no GEXF date). Node and link attributes are declared in separate classes with their own ids
 * ("n-type", "e-type"; the title is the property's name, which NetworkX uses), so the node type and
 * the link type never share an attribute, nor an id with a column Gephi has of its own. A link's
 * `kind` is its type too: Gephi keeps parallel links apart by kind rather than merging them.
 */
import type { Attribute, AttributeKind, FlatSchema } from "./flat-graph";
import type { FlatWriter, Write } from "./sink";
import { xmlText } from "./xml";

const GEXF_TYPE: Record<AttributeKind, string> = { string: "string", integer: "long", double: "double" };

const attributeId = (kind: "node" | "edge", name: string): string => `${kind === "node" ? "n" : "e"}-${name}`;

function attributes(kind: "node" | "edge", list: readonly Attribute[]): string {
  const declared = list
    .map((a) => `      <attribute id="${attributeId(kind, a.name)}" title="${xmlText(a.name)}" type="${GEXF_TYPE[a.kind]}"/>\n`)
    .join("");
  return `    <attributes class="${kind}" mode="static">\n${declared}    </attributes>\n`;
}

function attvalues(kind: "node" | "edge", values: Record<string, string | number>): string {
  const entries = Object.entries(values);
  if (!entries.length) return "";
  return `<attvalues>${entries.map(([name, value]) => `<attvalue for="${attributeId(kind, name)}" value="${xmlText(value)}"/>`).join("")}</attvalues>`;
}

export function gexfWriter(write: Write): FlatWriter {
  let inLinks = false;
  const toLinks = async (): Promise<void> => {
    if (inLinks) return;
    inLinks = true;
    await write(`    </nodes>\n    <edges>\n`);
  };
  return {
    wantsNodes: true,
    wantsLinks: true,
    async start(schema: FlatSchema, description: string) {
      await write(
        `<?xml version="1.0" encoding="UTF-8"?>\n` +
          `<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
          ` xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n` +
          `  <meta>\n    <creator>partygraph</creator>\n    <description>${xmlText(description)}</description>\n  </meta>\n` +
          `  <graph mode="static" defaultedgetype="directed">\n` +
          attributes("node", schema.node) +
          attributes("edge", schema.link) +
          `    <nodes>\n`,
      );
    },
    async node({ id, attributes: values }) {
      const label = values.name === undefined ? id : values.name;
      await write(`      <node id="${xmlText(id)}" label="${xmlText(label)}">${attvalues("node", values)}</node>\n`);
    },
    async link({ id, from, to, attributes: values }) {
      await toLinks();
      const label = values.type === undefined ? "" : ` label="${xmlText(values.type)}" kind="${xmlText(values.type)}"`;
      await write(`      <edge id="${xmlText(id)}" source="${xmlText(from)}" target="${xmlText(to)}"${label}>${attvalues("edge", values)}</edge>\n`);
    },
    async end() {
      await toLinks();
      await write(`    </edges>\n  </graph>\n</gexf>\n`);
    },
  };
}
