/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, node: { id: string, name: string, nameEn: string | null, type: string } }> };

export type ExplorerDistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerDistrictsQuery = { areas: Array<{ id: string, name: string, nameEn: string | null, level: string | null }> };

export type ExplorerTreeQueryVariables = Exact<{
  rootId: string;
  asOf?: string | null | undefined;
}>;


export type ExplorerTreeQuery = { orgTree: { node: { id: string, name: string, nameEn: string | null, type: string }, children: Array<{ node: { id: string, name: string, nameEn: string | null, type: string }, children: Array<{ node: { id: string } }> }> } };

export type ExplorerPartnershipFragment = { partner: { id: string, name: string, nameEn: string | null, type: string }, pairing: { id: string, kind: string, since: string | null, until: string | null } };

export type ExplorerChildrenQueryVariables = Exact<{
  rootId: string;
}>;


export type ExplorerChildrenQuery = { orgTree: { node: { id: string, name: string, nameEn: string | null, type: string }, children: Array<{ node: { id: string, name: string, nameEn: string | null, type: string } }> } };

export type ExplorerFactsQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type ExplorerFactsQuery = { partners: Array<{ partner: { id: string, name: string, nameEn: string | null, type: string }, pairing: { id: string, kind: string, since: string | null, until: string | null } }>, units: Array<{ alliances: Array<{ id: string, name: string }>, ledBy: Array<{ id: string, name: string, nameEn: string | null }> }>, communities: Array<{ alliances: Array<{ id: string, name: string }>, ledBy: Array<{ id: string, name: string, nameEn: string | null }> }>, partyOrganizations: Array<{ alliances: Array<{ id: string, name: string }> }> };

export type ExplorerAreaFactsQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerAreaFactsQuery = { areas: Array<{ ledBy: Array<{ id: string, name: string, nameEn: string | null }> }> };

export type ExplorerNodeQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerNodeQuery = { entities: Array<
    | { __typename: 'Activity', id: string, name: string, nameEn: string | null }
    | { __typename: 'Alliance', id: string, name: string, nameEn: string | null }
    | { __typename: 'Area', id: string, name: string, nameEn: string | null }
    | { __typename: 'Community', id: string, name: string, nameEn: string | null }
    | { __typename: 'Initiative', id: string, name: string, nameEn: string | null }
    | { __typename: 'Need', id: string, name: string, nameEn: string | null }
    | { __typename: 'Pairing', id: string, name: string, nameEn: string | null }
    | { __typename: 'PartyOrganization', id: string, name: string, nameEn: string | null }
    | { __typename: 'Project', id: string, name: string, nameEn: string | null }
    | { __typename: 'Resource', id: string, name: string, nameEn: string | null }
    | { __typename: 'Result', id: string, name: string, nameEn: string | null }
    | { __typename: 'ServiceStation', id: string, name: string, nameEn: string | null }
    | { __typename: 'Source', id: string, name: string, nameEn: string | null }
    | { __typename: 'Unit', id: string, name: string, nameEn: string | null }
  > };

export type ExplorerPartnersQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type ExplorerPartnersQuery = { partners: Array<{ partner: { id: string, name: string, nameEn: string | null, type: string }, pairing: { id: string, kind: string, since: string | null, until: string | null } }> };

export type ExplorerTraceQueryVariables = Exact<{
  fromId: string;
}>;


export type ExplorerTraceQuery = { trace: Array<{ steps: Array<{ via: string | null, node: { id: string, name: string, nameEn: string | null, type: string } }>, result: { id: string, name: string, value: number | null, unit: string | null, date: string | null, measure: string | null, approx: string | null, status: string | null, dateBasis: string | null }, sources: Array<{ id: string, name: string, publication: string | null, date: string | null, locator: string | null }> }> };

export type ExplorerCoverageQueryVariables = Exact<{
  areaId: string;
  asOf?: string | null | undefined;
}>;


export type ExplorerCoverageQuery = { coverage: { communities: number, paired: number, unpaired: number, withStation: number, area: { id: string, name: string, nameEn: string | null, type: string }, reported: Array<{ result: { id: string, name: string, value: number | null, unit: string | null, date: string | null, measure: string | null, approx: string | null, status: string | null, dateBasis: string | null }, sources: Array<{ id: string, name: string, publication: string | null, date: string | null, locator: string | null }> }> } };

export type ExplorerUnpairedQueryVariables = Exact<{
  areaId?: string | null | undefined;
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerUnpairedQuery = { unpairedCommunities: { totalCount: number, nextCursor: string | null, items: Array<{ id: string, name: string, nameEn: string | null, type: string }> } };

export type ExplorerUnpairedWhereQueryVariables = Exact<{
  areaId?: string | null | undefined;
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerUnpairedWhereQuery = { unpairedCommunities: { totalCount: number, nextCursor: string | null, items: Array<{ id: string, name: string, nameEn: string | null, type: string }>, locations: Array<{ level: string | null, street: { id: string, name: string, nameEn: string | null, type: string } | null }> } };

export type ExplorerSuggestQueryVariables = Exact<{
  communityId: string;
  asOf?: string | null | undefined;
}>;


export type ExplorerSuggestQuery = { suggestPartners: Array<{ score: number, reasons: Array<string>, load: number, unit: { id: string, name: string, nameEn: string | null, type: string } }> };

export type ExplorerNeedsSummaryQueryVariables = Exact<{
  areaId: string;
  asOf?: string | null | undefined;
}>;


export type ExplorerNeedsSummaryQuery = { needsSummary: { open: number, met: number, resources: number, categories: Array<{ category: string, open: number, met: number, resources: number, units: number }> } };

export type ExplorerScopeNetworkQueryVariables = Exact<{
  scopeId: string;
  asOf?: string | null | undefined;
  kind?: string | null | undefined;
}>;


export type ExplorerScopeNetworkQuery = { network: { nodes: Array<{ degree: number, betweenness: number, community: number, node: { id: string, name: string, nameEn: string | null, type: string } }>, links: Array<{ from: string, to: string, weight: number }> } };

export type ExplorerTimelineQueryVariables = Exact<{
  scopeId: string;
  kind: string;
  from: string;
  to: string;
  step?: string | null | undefined;
}>;


export type ExplorerTimelineQuery = { timeline: { undated: number, points: Array<{ period: string, count: number }> } };

export type ExplorerAllianceQueryVariables = Exact<{
  allianceId: string;
  asOf?: string | null | undefined;
}>;


export type ExplorerAllianceQuery = { allianceStructure: { memberCount: number, alliance: { id: string, name: string, nameEn: string | null, type: string }, members: Array<{ role: string | null, sector: string | null, since: string | null, until: string | null, node: { id: string, name: string, nameEn: string | null, type: string } }>, sectors: Array<{ sector: string, count: number }>, timeline: Array<{ date: string, memberCount: number }>, reported: Array<{ result: { id: string, name: string, value: number | null, unit: string | null, date: string | null, measure: string | null, approx: string | null, status: string | null, dateBasis: string | null }, sources: Array<{ id: string, name: string, publication: string | null, date: string | null, locator: string | null }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerPartnershipFragmentDoc = new TypedDocumentString(`
    fragment ExplorerPartnership on Partnership {
  partner {
    id
    name
    nameEn
    type
  }
  pairing {
    id
    kind
    since
    until
  }
}
    `, {"fragmentName":"ExplorerPartnership"}) as unknown as TypedDocumentString<ExplorerPartnershipFragment, unknown>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!) {
  search(text: $text, first: 20) {
    score
    node {
      id
      name
      nameEn
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerDistrictsDocument = new TypedDocumentString(`
    query ExplorerDistricts {
  areas(
    where: {level: {in: ["city", "district"]}}
    sort: [{name: ASC}]
    limit: 50
  ) {
    id
    name
    nameEn
    level
  }
}
    `) as unknown as TypedDocumentString<ExplorerDistrictsQuery, ExplorerDistrictsQueryVariables>;
export const ExplorerTreeDocument = new TypedDocumentString(`
    query ExplorerTree($rootId: ID!, $asOf: String) {
  orgTree(rootId: $rootId, depth: 2, asOf: $asOf) {
    node {
      id
      name
      nameEn
      type
    }
    children {
      node {
        id
        name
        nameEn
        type
      }
      children {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerTreeQuery, ExplorerTreeQueryVariables>;
export const ExplorerChildrenDocument = new TypedDocumentString(`
    query ExplorerChildren($rootId: ID!) {
  orgTree(rootId: $rootId, depth: 1) {
    node {
      id
      name
      nameEn
      type
    }
    children {
      node {
        id
        name
        nameEn
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerChildrenQuery, ExplorerChildrenQueryVariables>;
export const ExplorerFactsDocument = new TypedDocumentString(`
    query ExplorerFacts($id: ID!, $asOf: String) {
  partners(orgId: $id, asOf: $asOf) {
    ...ExplorerPartnership
  }
  units(where: {id: {eq: $id}}) {
    alliances {
      id
      name
    }
    ledBy {
      id
      name
      nameEn
    }
  }
  communities(where: {id: {eq: $id}}) {
    alliances {
      id
      name
    }
    ledBy {
      id
      name
      nameEn
    }
  }
  partyOrganizations(where: {id: {eq: $id}}) {
    alliances {
      id
      name
    }
  }
}
    fragment ExplorerPartnership on Partnership {
  partner {
    id
    name
    nameEn
    type
  }
  pairing {
    id
    kind
    since
    until
  }
}`) as unknown as TypedDocumentString<ExplorerFactsQuery, ExplorerFactsQueryVariables>;
export const ExplorerAreaFactsDocument = new TypedDocumentString(`
    query ExplorerAreaFacts($id: ID!) {
  areas(where: {id: {eq: $id}}) {
    ledBy {
      id
      name
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerAreaFactsQuery, ExplorerAreaFactsQueryVariables>;
export const ExplorerNodeDocument = new TypedDocumentString(`
    query ExplorerNode($id: ID!) {
  entities(where: {id: {eq: $id}}, limit: 1) {
    __typename
    id
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<ExplorerNodeQuery, ExplorerNodeQueryVariables>;
export const ExplorerPartnersDocument = new TypedDocumentString(`
    query ExplorerPartners($id: ID!, $asOf: String) {
  partners(orgId: $id, asOf: $asOf) {
    ...ExplorerPartnership
  }
}
    fragment ExplorerPartnership on Partnership {
  partner {
    id
    name
    nameEn
    type
  }
  pairing {
    id
    kind
    since
    until
  }
}`) as unknown as TypedDocumentString<ExplorerPartnersQuery, ExplorerPartnersQueryVariables>;
export const ExplorerTraceDocument = new TypedDocumentString(`
    query ExplorerTrace($fromId: ID!) {
  trace(fromId: $fromId, maxDepth: 6) {
    steps {
      via
      node {
        id
        name
        nameEn
        type
      }
    }
    result {
      id
      name
      value
      unit
      date
      measure
      approx
      status
      dateBasis
    }
    sources {
      id
      name
      publication
      date
      locator
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerTraceQuery, ExplorerTraceQueryVariables>;
export const ExplorerCoverageDocument = new TypedDocumentString(`
    query ExplorerCoverage($areaId: ID!, $asOf: String) {
  coverage(areaId: $areaId, asOf: $asOf) {
    area {
      id
      name
      nameEn
      type
    }
    communities
    paired
    unpaired
    withStation
    reported {
      result {
        id
        name
        value
        unit
        date
        measure
        approx
        status
        dateBasis
      }
      sources {
        id
        name
        publication
        date
        locator
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerCoverageQuery, ExplorerCoverageQueryVariables>;
export const ExplorerUnpairedDocument = new TypedDocumentString(`
    query ExplorerUnpaired($areaId: ID, $asOf: String, $after: String) {
  unpairedCommunities(areaId: $areaId, asOf: $asOf, first: 20, after: $after) {
    totalCount
    nextCursor
    items {
      id
      name
      nameEn
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerUnpairedQuery, ExplorerUnpairedQueryVariables>;
export const ExplorerUnpairedWhereDocument = new TypedDocumentString(`
    query ExplorerUnpairedWhere($areaId: ID, $asOf: String, $after: String) {
  unpairedCommunities(areaId: $areaId, asOf: $asOf, first: 20, after: $after) {
    totalCount
    nextCursor
    items {
      id
      name
      nameEn
      type
    }
    locations {
      level
      street {
        id
        name
        nameEn
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerUnpairedWhereQuery, ExplorerUnpairedWhereQueryVariables>;
export const ExplorerSuggestDocument = new TypedDocumentString(`
    query ExplorerSuggest($communityId: ID!, $asOf: String) {
  suggestPartners(communityId: $communityId, asOf: $asOf, first: 3) {
    unit {
      id
      name
      nameEn
      type
    }
    score
    reasons
    load
  }
}
    `) as unknown as TypedDocumentString<ExplorerSuggestQuery, ExplorerSuggestQueryVariables>;
export const ExplorerNeedsSummaryDocument = new TypedDocumentString(`
    query ExplorerNeedsSummary($areaId: ID!, $asOf: String) {
  needsSummary(areaId: $areaId, asOf: $asOf) {
    open
    met
    resources
    categories {
      category
      open
      met
      resources
      units
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNeedsSummaryQuery, ExplorerNeedsSummaryQueryVariables>;
export const ExplorerScopeNetworkDocument = new TypedDocumentString(`
    query ExplorerScopeNetwork($scopeId: ID!, $asOf: String, $kind: String) {
  network(scopeId: $scopeId, asOf: $asOf, kind: $kind) {
    nodes {
      node {
        id
        name
        nameEn
        type
      }
      degree
      betweenness
      community
    }
    links {
      from
      to
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerScopeNetworkQuery, ExplorerScopeNetworkQueryVariables>;
export const ExplorerTimelineDocument = new TypedDocumentString(`
    query ExplorerTimeline($scopeId: ID!, $kind: String!, $from: String!, $to: String!, $step: String) {
  timeline(scopeId: $scopeId, kind: $kind, from: $from, to: $to, step: $step) {
    points {
      period
      count
    }
    undated
  }
}
    `) as unknown as TypedDocumentString<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>;
export const ExplorerAllianceDocument = new TypedDocumentString(`
    query ExplorerAlliance($allianceId: ID!, $asOf: String) {
  allianceStructure(allianceId: $allianceId, asOf: $asOf) {
    alliance {
      id
      name
      nameEn
      type
    }
    memberCount
    members {
      node {
        id
        name
        nameEn
        type
      }
      role
      sector
      since
      until
    }
    sectors {
      sector
      count
    }
    timeline {
      date
      memberCount
    }
    reported {
      result {
        id
        name
        value
        unit
        date
        measure
        approx
        status
        dateBasis
      }
      sources {
        id
        name
        publication
        date
        locator
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerAllianceQuery, ExplorerAllianceQueryVariables>;