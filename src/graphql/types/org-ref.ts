import type { GraphQLResolveInfo } from "graphql";
import { Field, ID, ObjectType } from "type-graphql";
import type { Projection } from "../../cypher/refs";
import { speedUp } from "../../speed-switches";
import { answerType } from "./answer-type";
import { fieldNamesBelow } from "./selection";

/** A node as the custom operations name it: enough to show it and to ask for more. */
@ObjectType(answerType("A node of the graph, by id, name and node type."))
export class OrgRef {
  @Field(() => ID, { description: "The node's id (the generated API's id: a cache keys both alike)." }) id!: string;
  @Field(() => String, { description: "The official Chinese name." }) name!: string;
  @Field(() => String, { nullable: true, description: "An English name, where one is known." }) nameEn?: string | null;
  @Field(() => String, { description: 'The node type, e.g. "Community".' }) type!: string;
}

/**
 * A query built once for each projection (from constants, never from the request), and a way to
 * pick the one a request needs.
 */
export function byProjection(build: (projection: Projection) => string): (info: GraphQLResolveInfo) => string {
  const withoutEnglish = build({ nameEn: false });
  const withEnglish = build({ nameEn: true });
  if (!speedUp("nameEn")) return () => withEnglish;
  return (info) => (fieldNamesBelow(info).has("nameEn") ? withEnglish : withoutEnglish);
}
