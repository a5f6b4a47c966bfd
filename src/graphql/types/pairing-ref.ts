import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { answerType } from "./answer-type";
import { OrgRef } from "./org-ref";

@ObjectType(answerType("A party to a pairing, with the role its PARTY_TO link gives."))
export class PairingParty {
  @Field(() => OrgRef, { description: "The party." }) node!: OrgRef;
  @Field(() => String, { nullable: true, description: "Its part, as the source words it (牵头单位, 共建单位...); null: not stated." }) role?: string | null;
}

@ObjectType(answerType("A pairing (结对共建, 双报到...) as the custom operations name it."))
export class PairingRef {
  @Field(() => ID, { description: "The Pairing's id." }) id!: string;
  @Field(() => String, { nullable: true, description: "The pairing's name." }) name?: string | null;
  @Field(() => String, { nullable: true, description: "An English name, where one is known." }) nameEn?: string | null;
  @Field(() => String, { description: "co_building, dual_registration, assistance, liaison, guidance or other." }) kind!: string;
  @Field(() => String, { nullable: true, description: "In force from (YYYY, YYYY-MM or YYYY-MM-DD); null: not known." }) since?: string | null;
  @Field(() => String, { nullable: true, description: "In force until; null: still in force." }) until?: string | null;
}

@Resolver(() => PairingRef)
export class PairingRefResolver {
  @FieldResolver(() => [PairingParty], { description: "Every party to the pairing, ours included, by name." })
  parties(@Root() pairing: PairingRef, @Ctx() { loaders }: RequestContext): Promise<PairingParty[]> {
    return loaders.pairingParties.load(pairing.id);
  }
}

