import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { answerType } from "./answer-type";
import { OrgRef } from "./org-ref";

@ObjectType(answerType("A party to a pairing, with the role its PARTY_TO link gives."))
export class PairingParty {
  @Field(() => OrgRef) node!: OrgRef;
  @Field(() => String, { nullable: true }) role?: string | null;
}

@ObjectType(answerType("A pairing (结对共建, 双报到...) as the custom operations name it."))
export class PairingRef {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { description: "co_building, dual_registration, assistance, liaison, guidance or other." }) kind!: string;
  @Field(() => String, { nullable: true }) since?: string | null;
  @Field(() => String, { nullable: true }) until?: string | null;
}

@Resolver(() => PairingRef)
export class PairingRefResolver {
  @FieldResolver(() => [PairingParty], { description: "Every party to the pairing, ours included, by name." })
  parties(@Root() pairing: PairingRef, @Ctx() { loaders }: RequestContext): Promise<PairingParty[]> {
    return loaders.pairingParties.load(pairing.id);
  }
}

