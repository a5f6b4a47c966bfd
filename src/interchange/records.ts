/**
 * One line of the interchange format (contract section 2), checked on its own: JSON, a known node
 * or link type, the required fields, and every property of the right kind. What needs the rest
 * of the file or the graph (do referenced ids exist, with the right type?) is left to the caller,
 * which gets the references to check from here.
 */
import { isPartialDate } from "../graph/dates";
import {
  ID_PATTERN,
  isLinkType,
  isNodeType,
  LINK_TYPES,
  LinkType,
  NodeType,
  nodeProperties,
  PropertySpec,
} from "../graph/model";

export interface Citation {
  id: string;
  locator?: string;
}

export type PropertyValue = string | number | string[];

export interface NodeRecord {
  kind: "node";
  id: string;
  type: NodeType;
  /** Own and common properties, without id, type and sources. */
  properties: Record<string, PropertyValue>;
  sources: Citation[];
}

export interface LinkRecord {
  kind: "link";
  type: LinkType;
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
  sources: Citation[];
}

export type GraphRecord = NodeRecord | LinkRecord;

/** An id the record points at, and the node types it may have there. */
export interface Reference {
  id: string;
  allowed: readonly NodeType[];
  role: string;
}

export type ParsedLine =
  | { ok: true; record: GraphRecord; references: Reference[] }
  | { ok: false; reasons: string[] }
  | { ok: true; record: null; references: [] };

const SKIP: ParsedLine = { ok: true, record: null, references: [] };

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

function checkProperty(name: string, spec: PropertySpec, value: unknown): string | undefined {
  switch (spec.kind) {
    case "string":
      if (typeof value !== "string") return `${name} must be a string, got ${describe(value)}`;
      if (spec.values && !spec.values.includes(value)) return `${name} must be one of ${spec.values.join(", ")}; got ${describe(value)}`;
      return undefined;
    case "date":
      if (typeof value !== "string" || !isPartialDate(value)) return `${name} must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, got ${describe(value)}`;
      return undefined;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return `${name} must be a number, got ${describe(value)}`;
      return undefined;
    case "integer":
      if (typeof value !== "number" || !Number.isSafeInteger(value)) return `${name} must be an integer, got ${describe(value)}`;
      return undefined;
    case "strings":
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v.trim() === "")) return `${name} must be a list of non-empty strings, got ${describe(value)}`;
      return undefined;
  }
}

function checkProperties(
  object: Record<string, unknown>,
  specs: Record<string, PropertySpec>,
  reserved: readonly string[],
  what: string,
  reasons: string[],
): Record<string, PropertyValue> {
  const properties: Record<string, PropertyValue> = {};
  for (const [name, value] of Object.entries(object)) {
    if (reserved.includes(name) || value === null) continue;
    const spec = specs[name];
    if (!spec) {
      reasons.push(`unknown property "${name}" for ${what}`);
      continue;
    }
    const problem = checkProperty(name, spec, value);
    if (problem) reasons.push(problem);
    else properties[name] = value as PropertyValue;
  }
  return properties;
}

function checkSources(value: unknown, reasons: string[], references: Reference[]): Citation[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reasons.push(`sources must be a list of {"id", "locator"}, got ${describe(value)}`);
    return [];
  }
  const citations: Citation[] = [];
  value.forEach((entry, i) => {
    const source = entry as { id?: unknown; locator?: unknown } | null;
    if (typeof source !== "object" || source === null || typeof source.id !== "string" || !source.id) {
      reasons.push(`sources[${i}] must be an object with a string "id"`);
    } else if (source.locator !== undefined && source.locator !== null && typeof source.locator !== "string") {
      reasons.push(`sources[${i}].locator must be a string, got ${describe(source.locator)}`);
    } else {
      citations.push(typeof source.locator === "string" ? { id: source.id, locator: source.locator } : { id: source.id });
      references.push({ id: source.id, allowed: ["Source"], role: `sources[${i}]` });
    }
  });
  return citations;
}

/** Parses and checks one line; blank lines and `//` comments are skipped. */
export function parseLine(line: string): ParsedLine {
  const text = line.trim();
  if (text === "" || text.startsWith("//")) return SKIP;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reasons: [`not JSON (${(error as Error).message})`] };
  }
  return checkRecord(raw);
}

/**
 * Checks one record already in object form. Other formats (spreadsheets) build such objects and
 * pass them through here, so every way in obeys the same rules as an NDJSON line.
 */
export function checkRecord(raw: unknown): ParsedLine {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { ok: false, reasons: ["not a JSON object"] };
  const object = raw as Record<string, unknown>;
  const reasons: string[] = [];
  const references: Reference[] = [];

  if (isNodeType(object.type)) {
    const type = object.type;
    if (typeof object.id !== "string" || object.id === "") reasons.push("missing id");
    else if (!ID_PATTERN.test(object.id)) reasons.push(`malformed id ${describe(object.id)}: use letters, digits and . _ : - (at most 128)`);
    if (typeof object.name !== "string" || object.name.trim() === "") reasons.push("missing name");
    const properties = checkProperties(object, nodeProperties(type), ["id", "type", "sources"], type, reasons);
    const sources = checkSources(object.sources, reasons, references);
    if (reasons.length) return { ok: false, reasons };
    return { ok: true, record: { kind: "node", id: object.id as string, type, properties, sources }, references };
  }

  if (isLinkType(object.type)) {
    const type = object.type;
    const spec = LINK_TYPES[type];
    for (const end of ["from", "to"] as const) {
      const id = object[end];
      if (typeof id !== "string" || id === "") reasons.push(`missing ${end}`);
      else references.push({ id, allowed: spec[end], role: end });
    }
    const properties = checkProperties(object, spec.properties, ["type", "from", "to", "sources"], type, reasons);
    const sources = checkSources(object.sources, reasons, references);
    if (reasons.length) return { ok: false, reasons };
    return {
      ok: true,
      record: { kind: "link", type, from: object.from as string, to: object.to as string, properties, sources },
      references,
    };
  }

  return { ok: false, reasons: [object.type === undefined ? "missing type" : `unknown type ${describe(object.type)}`] };
}
