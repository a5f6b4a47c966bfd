/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExplorerSearch($text: String!) {\n    search(text: $text, first: 20) {\n      score\n      node { id name nameEn type }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerDistricts {\n    areas(where: { level: { in: [\"city\", \"district\"] } }, sort: [{ name: ASC }], limit: 50) {\n      id\n      name\n      nameEn\n      level\n    }\n  }\n": typeof types.ExplorerDistrictsDocument,
    "\n  query ExplorerTree($rootId: ID!, $asOf: String) {\n    orgTree(rootId: $rootId, depth: 2, asOf: $asOf) {\n      node { id name nameEn type }\n      children {\n        node { id name nameEn type }\n        children { node { id } }\n      }\n    }\n  }\n": typeof types.ExplorerTreeDocument,
    "\n  fragment ExplorerPartnership on Partnership {\n    partner { id name nameEn type }\n    pairing { id kind since until }\n  }\n": typeof types.ExplorerPartnershipFragmentDoc,
    "\n  query ExplorerChildren($rootId: ID!) {\n    orgTree(rootId: $rootId, depth: 1) {\n      node { id name nameEn type }\n      children { node { id name nameEn type } }\n    }\n  }\n": typeof types.ExplorerChildrenDocument,
    "\n  query ExplorerFacts($id: ID!, $asOf: String) {\n    partners(orgId: $id, asOf: $asOf) { ...ExplorerPartnership }\n    units(where: { id: { eq: $id } }) { alliances { id name } ledBy { id name nameEn } }\n    communities(where: { id: { eq: $id } }) { alliances { id name } ledBy { id name nameEn } }\n    partyOrganizations(where: { id: { eq: $id } }) { alliances { id name } }\n  }\n": typeof types.ExplorerFactsDocument,
    "\n  query ExplorerAreaFacts($id: ID!) {\n    areas(where: { id: { eq: $id } }) { ledBy { id name nameEn } }\n  }\n": typeof types.ExplorerAreaFactsDocument,
    "\n  query ExplorerNode($id: ID!) {\n    entities(where: { id: { eq: $id } }, limit: 1) {\n      __typename\n      id\n      name\n      nameEn\n    }\n  }\n": typeof types.ExplorerNodeDocument,
    "\n  query ExplorerPartners($id: ID!, $asOf: String) {\n    partners(orgId: $id, asOf: $asOf) { ...ExplorerPartnership }\n  }\n": typeof types.ExplorerPartnersDocument,
    "\n  query ExplorerTrace($fromId: ID!) {\n    trace(fromId: $fromId, maxDepth: 6) {\n      steps { via node { id name nameEn type } }\n      result { id name value unit date measure approx status dateBasis }\n      sources { id name publication date locator }\n    }\n  }\n": typeof types.ExplorerTraceDocument,
    "\n  query ExplorerCoverage($areaId: ID!, $asOf: String) {\n    coverage(areaId: $areaId, asOf: $asOf) {\n      area { id name nameEn type }\n      communities\n      paired\n      unpaired\n      withStation\n      reported {\n        result { id name value unit date measure approx status dateBasis }\n        sources { id name publication date locator }\n      }\n    }\n  }\n": typeof types.ExplorerCoverageDocument,
    "\n  query ExplorerUnpaired($areaId: ID, $asOf: String, $after: String) {\n    unpairedCommunities(areaId: $areaId, asOf: $asOf, first: 20, after: $after) {\n      totalCount\n      nextCursor\n      items { id name nameEn type }\n    }\n  }\n": typeof types.ExplorerUnpairedDocument,
    "\n  query ExplorerUnpairedWhere($areaId: ID, $asOf: String, $after: String) {\n    unpairedCommunities(areaId: $areaId, asOf: $asOf, first: 20, after: $after) {\n      totalCount\n      nextCursor\n      items { id name nameEn type }\n      locations { level street { id name nameEn type } }\n    }\n  }\n": typeof types.ExplorerUnpairedWhereDocument,
    "\n  query ExplorerSuggest($communityId: ID!, $asOf: String) {\n    suggestPartners(communityId: $communityId, asOf: $asOf, first: 3) {\n      unit { id name nameEn type }\n      score\n      reasons\n      load\n    }\n  }\n": typeof types.ExplorerSuggestDocument,
    "\n  query ExplorerNeedsSummary($areaId: ID!, $asOf: String) {\n    needsSummary(areaId: $areaId, asOf: $asOf) {\n      open\n      met\n      resources\n      categories { category open met resources units }\n    }\n  }\n": typeof types.ExplorerNeedsSummaryDocument,
    "\n  query ExplorerScopeNetwork($scopeId: ID!, $asOf: String, $kind: String) {\n    network(scopeId: $scopeId, asOf: $asOf, kind: $kind) {\n      nodes {\n        node { id name nameEn type }\n        degree\n        betweenness\n        community\n      }\n      links { from to weight }\n    }\n  }\n": typeof types.ExplorerScopeNetworkDocument,
    "\n  query ExplorerTimeline($scopeId: ID!, $kind: String!, $from: String!, $to: String!, $step: String) {\n    timeline(scopeId: $scopeId, kind: $kind, from: $from, to: $to, step: $step) {\n      points { period count }\n      undated\n    }\n  }\n": typeof types.ExplorerTimelineDocument,
    "\n  query ExplorerAlliance($allianceId: ID!, $asOf: String) {\n    allianceStructure(allianceId: $allianceId, asOf: $asOf) {\n      alliance { id name nameEn type }\n      memberCount\n      members {\n        node { id name nameEn type }\n        role\n        sector\n        since\n        until\n      }\n      sectors { sector count }\n      timeline { date memberCount }\n      reported {\n        result { id name value unit date measure approx status dateBasis }\n        sources { id name publication date locator }\n      }\n    }\n  }\n": typeof types.ExplorerAllianceDocument,
};
const documents: Documents = {
    "\n  query ExplorerSearch($text: String!) {\n    search(text: $text, first: 20) {\n      score\n      node { id name nameEn type }\n    }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerDistricts {\n    areas(where: { level: { in: [\"city\", \"district\"] } }, sort: [{ name: ASC }], limit: 50) {\n      id\n      name\n      nameEn\n      level\n    }\n  }\n": types.ExplorerDistrictsDocument,
    "\n  query ExplorerTree($rootId: ID!, $asOf: String) {\n    orgTree(rootId: $rootId, depth: 2, asOf: $asOf) {\n      node { id name nameEn type }\n      children {\n        node { id name nameEn type }\n        children { node { id } }\n      }\n    }\n  }\n": types.ExplorerTreeDocument,
    "\n  fragment ExplorerPartnership on Partnership {\n    partner { id name nameEn type }\n    pairing { id kind since until }\n  }\n": types.ExplorerPartnershipFragmentDoc,
    "\n  query ExplorerChildren($rootId: ID!) {\n    orgTree(rootId: $rootId, depth: 1) {\n      node { id name nameEn type }\n      children { node { id name nameEn type } }\n    }\n  }\n": types.ExplorerChildrenDocument,
    "\n  query ExplorerFacts($id: ID!, $asOf: String) {\n    partners(orgId: $id, asOf: $asOf) { ...ExplorerPartnership }\n    units(where: { id: { eq: $id } }) { alliances { id name } ledBy { id name nameEn } }\n    communities(where: { id: { eq: $id } }) { alliances { id name } ledBy { id name nameEn } }\n    partyOrganizations(where: { id: { eq: $id } }) { alliances { id name } }\n  }\n": types.ExplorerFactsDocument,
    "\n  query ExplorerAreaFacts($id: ID!) {\n    areas(where: { id: { eq: $id } }) { ledBy { id name nameEn } }\n  }\n": types.ExplorerAreaFactsDocument,
    "\n  query ExplorerNode($id: ID!) {\n    entities(where: { id: { eq: $id } }, limit: 1) {\n      __typename\n      id\n      name\n      nameEn\n    }\n  }\n": types.ExplorerNodeDocument,
    "\n  query ExplorerPartners($id: ID!, $asOf: String) {\n    partners(orgId: $id, asOf: $asOf) { ...ExplorerPartnership }\n  }\n": types.ExplorerPartnersDocument,
    "\n  query ExplorerTrace($fromId: ID!) {\n    trace(fromId: $fromId, maxDepth: 6) {\n      steps { via node { id name nameEn type } }\n      result { id name value unit date measure approx status dateBasis }\n      sources { id name publication date locator }\n    }\n  }\n": types.ExplorerTraceDocument,
    "\n  query ExplorerCoverage($areaId: ID!, $asOf: String) {\n    coverage(areaId: $areaId, asOf: $asOf) {\n      area { id name nameEn type }\n      communities\n      paired\n      unpaired\n      withStation\n      reported {\n        result { id name value unit date measure approx status dateBasis }\n        sources { id name publication date locator }\n      }\n    }\n  }\n": types.ExplorerCoverageDocument,
    "\n  query ExplorerUnpaired($areaId: ID, $asOf: String, $after: String) {\n    unpairedCommunities(areaId: $areaId, asOf: $asOf, first: 20, after: $after) {\n      totalCount\n      nextCursor\n      items { id name nameEn type }\n    }\n  }\n": types.ExplorerUnpairedDocument,
    "\n  query ExplorerUnpairedWhere($areaId: ID, $asOf: String, $after: String) {\n    unpairedCommunities(areaId: $areaId, asOf: $asOf, first: 20, after: $after) {\n      totalCount\n      nextCursor\n      items { id name nameEn type }\n      locations { level street { id name nameEn type } }\n    }\n  }\n": types.ExplorerUnpairedWhereDocument,
    "\n  query ExplorerSuggest($communityId: ID!, $asOf: String) {\n    suggestPartners(communityId: $communityId, asOf: $asOf, first: 3) {\n      unit { id name nameEn type }\n      score\n      reasons\n      load\n    }\n  }\n": types.ExplorerSuggestDocument,
    "\n  query ExplorerNeedsSummary($areaId: ID!, $asOf: String) {\n    needsSummary(areaId: $areaId, asOf: $asOf) {\n      open\n      met\n      resources\n      categories { category open met resources units }\n    }\n  }\n": types.ExplorerNeedsSummaryDocument,
    "\n  query ExplorerScopeNetwork($scopeId: ID!, $asOf: String, $kind: String) {\n    network(scopeId: $scopeId, asOf: $asOf, kind: $kind) {\n      nodes {\n        node { id name nameEn type }\n        degree\n        betweenness\n        community\n      }\n      links { from to weight }\n    }\n  }\n": types.ExplorerScopeNetworkDocument,
    "\n  query ExplorerTimeline($scopeId: ID!, $kind: String!, $from: String!, $to: String!, $step: String) {\n    timeline(scopeId: $scopeId, kind: $kind, from: $from, to: $to, step: $step) {\n      points { period count }\n      undated\n    }\n  }\n": types.ExplorerTimelineDocument,
    "\n  query ExplorerAlliance($allianceId: ID!, $asOf: String) {\n    allianceStructure(allianceId: $allianceId, asOf: $asOf) {\n      alliance { id name nameEn type }\n      memberCount\n      members {\n        node { id name nameEn type }\n        role\n        sector\n        since\n        until\n      }\n      sectors { sector count }\n      timeline { date memberCount }\n      reported {\n        result { id name value unit date measure approx status dateBasis }\n        sources { id name publication date locator }\n      }\n    }\n  }\n": types.ExplorerAllianceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($text: String!) {\n    search(text: $text, first: 20) {\n      score\n      node { id name nameEn type }\n    }\n  }\n"): typeof import('./graphql').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerDistricts {\n    areas(where: { level: { in: [\"city\", \"district\"] } }, sort: [{ name: ASC }], limit: 50) {\n      id\n      name\n      nameEn\n      level\n    }\n  }\n"): typeof import('./graphql').ExplorerDistrictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerTree($rootId: ID!, $asOf: String) {\n    orgTree(rootId: $rootId, depth: 2, asOf: $asOf) {\n      node { id name nameEn type }\n      children {\n        node { id name nameEn type }\n        children { node { id } }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerPartnership on Partnership {\n    partner { id name nameEn type }\n    pairing { id kind since until }\n  }\n"): typeof import('./graphql').ExplorerPartnershipFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerChildren($rootId: ID!) {\n    orgTree(rootId: $rootId, depth: 1) {\n      node { id name nameEn type }\n      children { node { id name nameEn type } }\n    }\n  }\n"): typeof import('./graphql').ExplorerChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerFacts($id: ID!, $asOf: String) {\n    partners(orgId: $id, asOf: $asOf) { ...ExplorerPartnership }\n    units(where: { id: { eq: $id } }) { alliances { id name } ledBy { id name nameEn } }\n    communities(where: { id: { eq: $id } }) { alliances { id name } ledBy { id name nameEn } }\n    partyOrganizations(where: { id: { eq: $id } }) { alliances { id name } }\n  }\n"): typeof import('./graphql').ExplorerFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerAreaFacts($id: ID!) {\n    areas(where: { id: { eq: $id } }) { ledBy { id name nameEn } }\n  }\n"): typeof import('./graphql').ExplorerAreaFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNode($id: ID!) {\n    entities(where: { id: { eq: $id } }, limit: 1) {\n      __typename\n      id\n      name\n      nameEn\n    }\n  }\n"): typeof import('./graphql').ExplorerNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPartners($id: ID!, $asOf: String) {\n    partners(orgId: $id, asOf: $asOf) { ...ExplorerPartnership }\n  }\n"): typeof import('./graphql').ExplorerPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerTrace($fromId: ID!) {\n    trace(fromId: $fromId, maxDepth: 6) {\n      steps { via node { id name nameEn type } }\n      result { id name value unit date measure approx status dateBasis }\n      sources { id name publication date locator }\n    }\n  }\n"): typeof import('./graphql').ExplorerTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCoverage($areaId: ID!, $asOf: String) {\n    coverage(areaId: $areaId, asOf: $asOf) {\n      area { id name nameEn type }\n      communities\n      paired\n      unpaired\n      withStation\n      reported {\n        result { id name value unit date measure approx status dateBasis }\n        sources { id name publication date locator }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerUnpaired($areaId: ID, $asOf: String, $after: String) {\n    unpairedCommunities(areaId: $areaId, asOf: $asOf, first: 20, after: $after) {\n      totalCount\n      nextCursor\n      items { id name nameEn type }\n    }\n  }\n"): typeof import('./graphql').ExplorerUnpairedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerUnpairedWhere($areaId: ID, $asOf: String, $after: String) {\n    unpairedCommunities(areaId: $areaId, asOf: $asOf, first: 20, after: $after) {\n      totalCount\n      nextCursor\n      items { id name nameEn type }\n      locations { level street { id name nameEn type } }\n    }\n  }\n"): typeof import('./graphql').ExplorerUnpairedWhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSuggest($communityId: ID!, $asOf: String) {\n    suggestPartners(communityId: $communityId, asOf: $asOf, first: 3) {\n      unit { id name nameEn type }\n      score\n      reasons\n      load\n    }\n  }\n"): typeof import('./graphql').ExplorerSuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeedsSummary($areaId: ID!, $asOf: String) {\n    needsSummary(areaId: $areaId, asOf: $asOf) {\n      open\n      met\n      resources\n      categories { category open met resources units }\n    }\n  }\n"): typeof import('./graphql').ExplorerNeedsSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerScopeNetwork($scopeId: ID!, $asOf: String, $kind: String) {\n    network(scopeId: $scopeId, asOf: $asOf, kind: $kind) {\n      nodes {\n        node { id name nameEn type }\n        degree\n        betweenness\n        community\n      }\n      links { from to weight }\n    }\n  }\n"): typeof import('./graphql').ExplorerScopeNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerTimeline($scopeId: ID!, $kind: String!, $from: String!, $to: String!, $step: String) {\n    timeline(scopeId: $scopeId, kind: $kind, from: $from, to: $to, step: $step) {\n      points { period count }\n      undated\n    }\n  }\n"): typeof import('./graphql').ExplorerTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerAlliance($allianceId: ID!, $asOf: String) {\n    allianceStructure(allianceId: $allianceId, asOf: $asOf) {\n      alliance { id name nameEn type }\n      memberCount\n      members {\n        node { id name nameEn type }\n        role\n        sector\n        since\n        until\n      }\n      sectors { sector count }\n      timeline { date memberCount }\n      reported {\n        result { id name value unit date measure approx status dateBasis }\n        sources { id name publication date locator }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerAllianceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
