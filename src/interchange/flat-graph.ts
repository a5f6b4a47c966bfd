/**
 * The graph as the network tools want it: every node and link a flat map of typed attributes
 * (string, integer, double), with one fixed list of attribute names for nodes and one for links,
 * both derived from the model. GraphML and GEXF declare their keys up front and CSV writes its
 * header first, so the lists must be known before the first record: the model knows them.
 *
 * Lists become readable strings: citations "src-1 para 7; src-2 para 3", aliases "甲; 乙".
 */
import { COMMON_NODE_PROPERTIES, LINK_TYPES, LINK_TYPE_NAMES, NODE_TYPES, NODE_TYPE_NAMES, PropertySpec } from "../graph/model";
import type { Properties } from "./graph-slice";

export type AttributeKind = "string" | "integer" | "double";
export type AttributeValue = string | number;

export interface Attribute {
  name: string;
  kind: AttributeKind;
}

/** What a writer needs to know before the first record. */
export interface FlatSchema {
  node: readonly Attribute[];
  link: readonly Attribute[];
}

export interface FlatNode {
  id: string;
  /** Only attributes with a value. */
  attributes: Record<string, AttributeValue>;
}

export interface FlatLink {
  /** Unique within the file. */
  id: string;
  from: string;
  to: string;
  attributes: Record<string, AttributeValue>;
}

/** Separates the items of a list written as one string (aliases, citations). */
export const LIST_SEPARATOR = "; ";

const kindOf = (spec: PropertySpec): AttributeKind => (spec.kind === "integer" ? "integer" : spec.kind === "number" ? "double" : "string");

/**
 * The union of properties over types, in model order. The model gives one property one kind
 * wherever it appears (a `date` is a date on every type); were that ever broken, the export would
 * write mistyped values, so it fails here at load.
 */
function union(specs: Record<string, PropertySpec>[], head: Attribute[]): Attribute[] {
  const attributes = [...head];
  for (const properties of specs) {
    for (const [name, spec] of Object.entries(properties)) {
      const known = attributes.find((a) => a.name === name);
      if (!known) attributes.push({ name, kind: kindOf(spec) });
      else if (known.kind !== kindOf(spec)) throw new Error(`model: property ${name} has two kinds (${known.kind}, ${kindOf(spec)})`);
    }
  }
  return attributes;
}

const SOURCES: Attribute = { name: "sources", kind: "string" };

/** The attributes of the whole graph's nodes and links. `type` is the node type on a node and the link type on a link. */
export const GRAPH_SCHEMA: FlatSchema = {
  node: [
    ...union([COMMON_NODE_PROPERTIES, ...NODE_TYPE_NAMES.map((t) => NODE_TYPES[t] as Record<string, PropertySpec>)], [{ name: "type", kind: "string" }]),
    SOURCES,
  ],
  link: [...union(LINK_TYPE_NAMES.map((t) => LINK_TYPES[t].properties as Record<string, PropertySpec>), [{ name: "type", kind: "string" }]), SOURCES],
};

/** "src-1 para 7; src-2": the stored parallel lists of citations as one readable string. */
export function citationsOf(p: Properties): string | undefined {
  const ids = p.sourceIds as string[] | undefined;
  if (!ids?.length) return undefined;
  const locators = (p.sourceLocators as string[] | undefined) ?? [];
  return ids.map((id, i) => (locators[i] ? `${id} ${locators[i]}` : id)).join(LIST_SEPARATOR);
}

function flatten(type: string, p: Properties, attributes: readonly Attribute[]): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = { type };
  for (const { name } of attributes) {
    const value = p[name];
    if (value === undefined || value === null || name === "type" || name === "sources") continue;
    if (Array.isArray(value)) {
      if (value.length) out[name] = value.join(LIST_SEPARATOR);
    } else if (typeof value === "string" || typeof value === "number") out[name] = value;
    else out[name] = String(value);
  }
  const sources = citationsOf(p);
  if (sources) out.sources = sources;
  return out;
}

export function flatNode(type: string, p: Properties): FlatNode {
  return { id: p.id as string, attributes: flatten(type, p, GRAPH_SCHEMA.node) };
}

/** A link's id: its identity in the graph (type, from, to), so parallel links of different types stay apart; "/" is in no id. */
export const linkId = (type: string, from: string, to: string): string => `${type}/${from}/${to}`;

export function flatLink(type: string, from: string, to: string, p: Properties): FlatLink {
  return { id: linkId(type, from, to), from, to, attributes: flatten(type, p, GRAPH_SCHEMA.link) };
}
