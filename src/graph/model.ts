/**
 * The data model of the contract (section 1) as data: node types, their own properties, link types
 * and which node types each link may join. The importer validates against it, the exporter orders
 * by it, and the database set-up derives its constraints from it, so the model is stated once.
 */

export type PropertyKind = "string" | "date" | "number" | "integer";

export interface PropertySpec {
  kind: PropertyKind;
  /** The allowed values, for enumerations. */
  values?: readonly string[];
}

const str: PropertySpec = { kind: "string" };
const date: PropertySpec = { kind: "date" };
const oneOf = (...values: string[]): PropertySpec => ({ kind: "string", values });

/** Properties every node has besides its own. `id` and `name` are required. */
export const COMMON_NODE_PROPERTIES: Record<string, PropertySpec> = { name: str, nameEn: str };

export const NODE_TYPES = {
  Source: { publication: str, date, uri: str },
  Area: { level: oneOf("city", "district", "street", "town"), code: str },
  PartyOrganization: {
    level: oneOf("working_committee", "committee", "general_branch", "branch", "group", "central_household"),
  },
  Unit: {
    sector: oneOf("government", "institution", "enterprise", "university", "research", "finance", "service", "school", "social", "other"),
    creditCode: str,
  },
  Community: { level: oneOf("community", "compound", "village", "grid", "building", "business_district") },
  Alliance: { founded: date },
  ServiceStation: { kind: str },
  Pairing: {
    kind: oneOf("co_building", "dual_registration", "assistance", "liaison", "guidance", "other"),
    since: date,
    until: date,
  },
  Initiative: {},
  Project: { started: date, ended: date },
  Activity: { date, times: { kind: "integer" } },
  Result: { value: { kind: "number" }, unit: str, date },
} satisfies Record<string, Record<string, PropertySpec>>;

export type NodeType = keyof typeof NODE_TYPES;
export const NODE_TYPE_NAMES = Object.keys(NODE_TYPES) as NodeType[];

/** "Organization" in the contract: what can be party to a pairing or member of an alliance. */
export const ORGANIZATION_TYPES: NodeType[] = ["PartyOrganization", "Unit", "Community", "Alliance", "ServiceStation"];

const HIERARCHY: NodeType[] = ["Area", "Community", "PartyOrganization", "Unit", "ServiceStation", "Initiative"];

export interface LinkSpec {
  from: readonly NodeType[];
  to: readonly NodeType[];
  properties: Record<string, PropertySpec>;
}

export const LINK_TYPES = {
  PART_OF: { from: HIERARCHY, to: HIERARCHY, properties: {} },
  LEADS: { from: ["PartyOrganization"], to: ["Community", "Unit", "Alliance", "ServiceStation", "Area"], properties: {} },
  MEMBER_OF: { from: ORGANIZATION_TYPES, to: ["Alliance"], properties: { role: str, since: date, until: date } },
  PARTY_TO: { from: ORGANIZATION_TYPES, to: ["Pairing"], properties: { role: str } },
  ADOPTS: { from: ["Area", ...ORGANIZATION_TYPES], to: ["Initiative"], properties: { since: date } },
  RUNS: { from: ["Pairing", "Initiative", ...ORGANIZATION_TYPES], to: ["Project"], properties: {} },
  HELD: { from: ["Project", "Pairing", "Initiative", ...ORGANIZATION_TYPES], to: ["Activity"], properties: {} },
  PRODUCED: { from: ["Project", "Activity", "Pairing", "Initiative", ...ORGANIZATION_TYPES], to: ["Result"], properties: {} },
} satisfies Record<string, LinkSpec>;

export type LinkType = keyof typeof LINK_TYPES;
export const LINK_TYPE_NAMES = Object.keys(LINK_TYPES) as LinkType[];

/** Every node also carries this label, so one constraint keeps ids unique across all types. */
export const ENTITY_LABEL = "Entity";

/** Ids are what URLs, cursors and citations carry: printable, short, no spaces. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function isNodeType(type: unknown): type is NodeType {
  return typeof type === "string" && Object.prototype.hasOwnProperty.call(NODE_TYPES, type);
}

export function isLinkType(type: unknown): type is LinkType {
  return typeof type === "string" && Object.prototype.hasOwnProperty.call(LINK_TYPES, type);
}

export function nodeProperties(type: NodeType): Record<string, PropertySpec> {
  return { ...COMMON_NODE_PROPERTIES, ...(NODE_TYPES[type] as Record<string, PropertySpec>) };
}
