import { Field, ID, ObjectType } from "type-graphql";
import { answerType } from "./answer-type";

/** A node as the custom operations name it: enough to show it and to ask for more. */
@ObjectType(answerType("A node of the graph, by id, name and node type."))
export class OrgRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { description: 'The node type, e.g. "Community".' }) type!: string;
}

/** Cypher that projects node `n` into an OrgRef map; the Entity label is shared by all types. */
export const orgRefOf = (n: string): string =>
  `{id: ${n}.id, name: ${n}.name, nameEn: ${n}.nameEn, type: [l IN labels(${n}) WHERE l <> 'Entity'][0]}`;
