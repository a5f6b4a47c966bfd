import type { GraphQLResolveInfo } from "graphql";
import { Field, ID, ObjectType } from "type-graphql";
import { answerType } from "./answer-type";
import { fieldNamesBelow } from "./selection";

/** A node as the custom operations name it: enough to show it and to ask for more. */
@ObjectType(answerType("A node of the graph, by id, name and node type."))
export class OrgRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { description: 'The node type, e.g. "Community".' }) type!: string;
}

/**
 * What an answer's Cypher projects beyond what it always needs. English names are projected only
 * when the request selects `nameEn`: most nodes have none, yet each is a key for the database to
 * send and the server to decode, 2 ms of a 2,040-node org tree.
 */
export interface Projection {
  nameEn: boolean;
}

/** `, nameEn: n.nameEn` when the projection has English names: for a map projection of node `n`. */
export const nameEnOf = (n: string, { nameEn }: Projection): string => (nameEn ? `, nameEn: ${n}.nameEn` : "");

/** Cypher that projects node `n` into an OrgRef map; the Entity label is shared by all types. */
export const orgRefOf = (n: string, projection: Projection): string =>
  `{id: ${n}.id, name: ${n}.name${nameEnOf(n, projection)}, type: [l IN labels(${n}) WHERE l <> 'Entity'][0]}`;

/**
 * A query built once for each projection (from constants, never from the request), and a way to
 * pick the one a request needs.
 */
export function byProjection(build: (projection: Projection) => string): (info: GraphQLResolveInfo) => string {
  const withoutEnglish = build({ nameEn: false });
  const withEnglish = build({ nameEn: true });
  return (info) => (fieldNamesBelow(info).has("nameEn") ? withEnglish : withoutEnglish);
}
