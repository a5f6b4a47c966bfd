/**
 * The data model of the contract (section 1) as data: node types, their own properties, link types
 * and which node types each link may join. The importer validates against it, the exporter orders
 * by it, and the database set-up derives its constraints from it, so the model is stated once.
 */

/** `strings`: a list of strings (aliases). */
export type PropertyKind = "string" | "date" | "number" | "integer" | "strings";

export interface PropertySpec {
  kind: PropertyKind;
  /** The allowed values, for enumerations. */
  values?: readonly string[];
}

const str: PropertySpec = { kind: "string" };
const date: PropertySpec = { kind: "date" };
const oneOf = (...values: string[]): PropertySpec => ({ kind: "string", values });

/** Properties every node has besides its own. `id` and `name` are required; `aliases` are other names it goes by. */
export const COMMON_NODE_PROPERTIES: Record<string, PropertySpec> = { name: str, nameEn: str, aliases: { kind: "strings" } };

/** What a Result counts (contract 4.1): reported figures are found by it, never by their names. */
export const MEASURES = [
  "member_units", "paired_units", "paired_communities", "registered_members", "volunteers", "activities", "projects",
  "needs_listed", "resources_listed", "projects_listed", "funds_cny", "loans_cny", "people_served", "other",
] as const;
/** How exact a figure is: 约 about, 余/多 over, 近 nearly, 不少于 at least, 不超过 at most. */
export const APPROX = ["exact", "about", "over", "nearly", "at_least", "at_most"] as const;
/** Whether a figure was reached, or is a target or a plan (确保, 力争, 计划...). */
export const RESULT_STATUS = ["achieved", "target", "planned"] as const;
/** What date a figure stands at: its own `date`, the founding of what produced it, or its source's date. */
export const DATE_BASIS = ["date", "founding", "report"] as const;
/** Whether a project, alliance or initiative exists, or is only planned or being explored. */
export const PLAN_STATUS = ["active", "planned"] as const;
/** The categories of needs and resources (三张清单, contract 4.2). */
export const CATEGORIES = [
  "education", "elderly_care", "childcare", "health", "employment", "culture", "environment",
  "safety", "legal", "finance", "volunteering", "property", "other",
] as const;

export const NODE_TYPES = {
  // A file taken in (a spreadsheet register): its SHA-256, who imported it and when (an ISO instant).
  Source: { publication: str, date, uri: str, contentHash: str, importedBy: str, importedAt: str },
  Area: { level: oneOf("city", "district", "county", "street", "town"), code: str },
  PartyOrganization: {
    level: oneOf("working_committee", "committee", "general_branch", "branch", "group", "central_household"),
    // 换届: when the sitting committee was elected, and for how many years; unset years take the
    // default for the level (config.ts TERM_YEARS, docs/data-model.md cites the rules).
    termStart: date,
    termYears: { kind: "integer" },
  },
  Unit: {
    sector: oneOf("government", "institution", "enterprise", "university", "research", "finance", "service", "school", "social", "other"),
    creditCode: str,
  },
  Community: { level: oneOf("community", "compound", "village", "grid", "building", "business_district") },
  Alliance: { founded: date, status: oneOf(...PLAN_STATUS) },
  ServiceStation: { kind: str },
  Pairing: {
    kind: oneOf("co_building", "dual_registration", "assistance", "liaison", "guidance", "other"),
    since: date,
    until: date,
  },
  Initiative: { status: oneOf(...PLAN_STATUS) },
  Project: { started: date, ended: date, status: oneOf(...PLAN_STATUS) },
  Activity: { date, times: { kind: "integer" } },
  Result: {
    value: { kind: "number" },
    unit: str,
    date,
    measure: oneOf(...MEASURES),
    approx: oneOf(...APPROX),
    status: oneOf(...RESULT_STATUS),
    dateBasis: oneOf(...DATE_BASIS),
  },
  Need: { category: oneOf(...CATEGORIES), since: date, until: date, status: oneOf("open", "met", "withdrawn") },
  Resource: { category: oneOf(...CATEGORIES), since: date, until: date },
} satisfies Record<string, Record<string, PropertySpec>>;

export type NodeType = keyof typeof NODE_TYPES;
export const NODE_TYPE_NAMES = Object.keys(NODE_TYPES) as NodeType[];

/** "Organization" in the contract: what can be party to a pairing or member of an alliance. */
export const ORGANIZATION_TYPES: NodeType[] = ["PartyOrganization", "Unit", "Community", "Alliance", "ServiceStation"];

const HIERARCHY: NodeType[] = ["Area", "Community", "PartyOrganization", "Unit", "ServiceStation", "Initiative"];
/** A programme's parts: a Pairing or Project may be PART_OF an Initiative or Pairing (contract 4.1, 4.4). */
const PARTS: NodeType[] = [...HIERARCHY, "Pairing", "Project"];
const WHOLES: NodeType[] = [...HIERARCHY, "Pairing"];
/** In force from `since` to `until` (either open): a structure asked as of a date uses the links in force then. */
const DATED = { since: date, until: date };

export interface LinkSpec {
  from: readonly NodeType[];
  to: readonly NodeType[];
  properties: Record<string, PropertySpec>;
}

export const LINK_TYPES = {
  PART_OF: { from: PARTS, to: WHOLES, properties: DATED },
  LEADS: { from: ["PartyOrganization"], to: ["Community", "Unit", "Alliance", "ServiceStation", "Area"], properties: DATED },
  MEMBER_OF: { from: ORGANIZATION_TYPES, to: ["Alliance"], properties: { role: str, since: date, until: date } },
  PARTY_TO: { from: ORGANIZATION_TYPES, to: ["Pairing"], properties: { role: str } },
  ADOPTS: { from: ["Area", ...ORGANIZATION_TYPES], to: ["Initiative"], properties: { since: date } },
  RUNS: { from: ["Pairing", "Initiative", ...ORGANIZATION_TYPES], to: ["Project"], properties: {} },
  HELD: { from: ["Project", "Pairing", "Initiative", ...ORGANIZATION_TYPES], to: ["Activity"], properties: {} },
  PRODUCED: { from: ["Project", "Activity", "Pairing", "Initiative", ...ORGANIZATION_TYPES], to: ["Result"], properties: {} },
  RAISED: { from: ["Community", "PartyOrganization"], to: ["Need"], properties: {} },
  OFFERS: { from: ["Unit", "PartyOrganization", "Alliance"], to: ["Resource"], properties: {} },
  MEETS: { from: ["Project", "Pairing"], to: ["Need"], properties: {} },
  USES: { from: ["Project", "Pairing"], to: ["Resource"], properties: {} },
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

export function nodeProperties(type: NodeType): Readonly<Record<string, PropertySpec>> {
  return NODE_PROPERTIES[type];
}

// Built once: every line of an import asks for its type's properties.
const NODE_PROPERTIES = Object.fromEntries(
  NODE_TYPE_NAMES.map((type) => [type, Object.freeze({ ...COMMON_NODE_PROPERTIES, ...(NODE_TYPES[type] as Record<string, PropertySpec>) })]),
) as Record<NodeType, Readonly<Record<string, PropertySpec>>>;
