/**
 * CSV (RFC 4180, UTF-8): `nodes.csv` (id, then every node attribute) and `links.csv` (from, to,
 * then every link attribute), the two tables pandas, R and igraph load as an edge list with a
 * node table. The header is fixed by the model, so every export has the same columns; a property
 * a record lacks is an empty cell.
 *
 * The quoting is the four lines of RFC 4180 below rather than a dependency: a field is quoted when
 * it holds a comma, a quote or a line break, and quotes inside it are doubled.
 */
import type { FlatSchema } from "./flat-graph";
import type { FlatWriter, Write } from "./sink";

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (fields: (string | number | undefined)[]): string => `${fields.map(csvField).join(",")}\r\n`;

/** Writes the nodes table to `nodes`, the links table to `links`; either may be left out. */
export function csvWriter(out: { nodes?: Write; links?: Write }): FlatWriter {
  let schema: FlatSchema;
  return {
    wantsNodes: Boolean(out.nodes),
    wantsLinks: Boolean(out.links),
    async start(s: FlatSchema) {
      schema = s;
      await out.nodes?.(row(["id", ...s.node.map((a) => a.name)]));
      await out.links?.(row(["from", "to", ...s.link.map((a) => a.name)]));
    },
    async node({ id, attributes }) {
      await out.nodes?.(row([id, ...schema.node.map((a) => attributes[a.name])]));
    },
    async link({ from, to, attributes }) {
      await out.links?.(row([from, to, ...schema.link.map((a) => attributes[a.name])]));
    },
    async end() {},
  };
}
