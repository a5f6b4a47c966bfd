/**
 * How Apollo Client's InMemoryCache should store this API's answers (issue 19): give it
 * `new InMemoryCache({ typePolicies })` and
 *
 * - a node the custom operations return (OrgRef, PairingRef, TraceResult, NeedRef) is the same cache
 *   entry as that node from the generated API (`Area:area-1`, `Pairing:p-1`, `Result:r-1`,
 *   `Need:n-1`), so an edit through the generated API shows in every view built from the custom
 *   operations, and the other way round;
 * - a citation (SourceRef) is its own entry, keyed by its id `source#locator`, so two paragraphs of
 *   one article stay two objects;
 * - both pagination styles merge pages: the generated API's Relay connections (`*Connection` fields,
 *   `relayStylePagination`) and the `items`/`nextCursor` pages of `unpairedCommunities` and
 *   `openNeeds` (one list per scope and date, whatever the page size; `fetchMore({ variables:
 *   { after: nextCursor } })` appends).
 *
 * This module needs @apollo/client (4), which a front end installs; the rest of src/client does not.
 */
import { defaultDataIdFromObject } from "@apollo/client";
import type { FieldPolicy, StoreObject, TypePolicies } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";

/**
 * The cache id of an answer object: a node reference as the generated API's type and id, a
 * citation by its own id; anything else as Apollo does by default (`__typename:id`).
 */
export function dataIdFromObject(object: Readonly<StoreObject>): string | undefined {
  const id = object.id;
  if (typeof id !== "string" && typeof id !== "number") return defaultDataIdFromObject(object);
  switch (object.__typename) {
    case "OrgRef":
      // Without its node type selected an OrgRef cannot be told apart: keep it inside its parent.
      return typeof object.type === "string" ? `${object.type}:${id}` : undefined;
    case "PairingRef":
      return `Pairing:${id}`;
    case "TraceResult":
      return `Result:${id}`;
    case "NeedRef":
      return `Need:${id}`;
    case "SourceRef":
      return `SourceRef:${id}`;
    default:
      return defaultDataIdFromObject(object);
  }
}

/** The types whose cache id `dataIdFromObject` maps onto a generated type's. */
const REF_TYPES = ["OrgRef", "PairingRef", "TraceResult", "NeedRef", "SourceRef"] as const;

/**
 * The generated API's Relay connection fields that take `after`, by type (schema/api.graphql;
 * test/unit/apollo-policies.test.ts keeps this list in step with the schema).
 */
export const CONNECTION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Query: [
    "entitiesConnection", "sourcesConnection", "areasConnection", "partyOrganizationsConnection", "unitsConnection",
    "communitiesConnection", "alliancesConnection", "serviceStationsConnection", "pairingsConnection", "initiativesConnection",
    "projectsConnection", "activitiesConnection", "resultsConnection", "needsConnection", "resourcesConnection",
  ],
  Activity: ["resultsConnection"],
  Alliance: [
    "ledByConnection", "memberUnitsConnection", "memberCommunitiesConnection", "memberPartyOrganizationsConnection",
    "projectsConnection", "activitiesConnection", "resultsConnection", "resourcesConnection",
  ],
  Area: ["partOfConnection", "subAreasConnection", "communitiesConnection", "ledByConnection", "adoptsConnection"],
  Community: [
    "partOfAreaConnection", "partOfConnection", "subCommunitiesConnection", "needsConnection", "stationsConnection",
    "ledByConnection", "pairingsConnection", "alliancesConnection",
  ],
  Initiative: [
    "adoptedByAreasConnection", "partOfConnection", "subInitiativesConnection", "pairingsConnection", "projectsConnection",
    "activitiesConnection", "resultsConnection",
  ],
  Need: ["raisedByCommunitiesConnection", "raisedByPartyOrganizationsConnection", "metByProjectsConnection", "metByPairingsConnection"],
  Pairing: [
    "partOfInitiativeConnection", "meetsConnection", "usesConnection", "unitsConnection", "communitiesConnection",
    "partyOrganizationsConnection", "projectsConnection", "activitiesConnection", "resultsConnection",
  ],
  PartyOrganization: [
    "partOfConnection", "subOrganizationsConnection", "leadsCommunitiesConnection", "leadsUnitsConnection", "leadsAreasConnection",
    "leadsAlliancesConnection", "leadsStationsConnection", "pairingsConnection", "alliancesConnection",
  ],
  Project: ["meetsConnection", "usesConnection", "activitiesConnection", "resultsConnection"],
  Resource: [
    "offeredByUnitsConnection", "offeredByPartyOrganizationsConnection", "offeredByAlliancesConnection", "usedByProjectsConnection",
    "usedByPairingsConnection",
  ],
  ServiceStation: ["communitiesConnection", "ledByConnection"],
  Unit: ["partOfAreaConnection", "ledByConnection", "pairingsConnection", "alliancesConnection", "resourcesConnection"],
};

interface CursorPage {
  __typename?: string;
  totalCount?: number;
  items?: unknown[];
  nextCursor?: string | null;
}

/** An item's identity in a page: its cache reference, else its content (an OpenNeed has no id). */
const itemKey = (item: unknown): string =>
  item && typeof item === "object" && "__ref" in item ? String((item as { __ref: unknown }).__ref) : JSON.stringify(item);

/**
 * The `items`/`nextCursor` style: one list per scope and date (the arguments but `first` and
 * `after`). A page without `after` starts the list again; a later page is appended, an item
 * already listed (a page fetched twice) kept once.
 */
export function cursorPagination(keyArgs: string[]): FieldPolicy<CursorPage> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set((existing.items ?? []).map(itemKey));
      const added = (incoming.items ?? []).filter((item) => !seen.has(itemKey(item)));
      return { ...incoming, items: [...(existing.items ?? []), ...added] };
    },
  };
}

/** Type policies for `new InMemoryCache({ typePolicies })`: cache ids and both pagination styles. */
export function buildTypePolicies(): TypePolicies {
  const policies: TypePolicies = {};
  for (const type of REF_TYPES) policies[type] = { keyFields: (object) => dataIdFromObject(object) ?? false };
  for (const [type, fields] of Object.entries(CONNECTION_FIELDS)) {
    policies[type] = { fields: Object.fromEntries(fields.map((field) => [field, relayStylePagination(["where", "sort"])])) };
  }
  policies.Query.fields = {
    ...policies.Query.fields,
    unpairedCommunities: cursorPagination(["areaId", "asOf"]),
    openNeeds: cursorPagination(["areaId", "asOf"]),
  };
  return policies;
}

export const typePolicies: TypePolicies = buildTypePolicies();
