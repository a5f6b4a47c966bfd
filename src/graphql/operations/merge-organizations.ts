import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { MergeRefused, mergeNodes } from "../../graph/merge";
import type { RequestContext } from "../context";
import { badInput, ErrorCode, userError } from "../errors";
import { checkId } from "../types/arguments";
import { answerType } from "../types/answer-type";

@ObjectType(answerType("What a merge changed."))
export class MergeResult {
  @Field(() => ID) intoId!: string;
  @Field(() => Int, { description: "Nodes and links whose state changed, each recorded in history." }) changes!: number;
}

@Resolver()
export class MergeOrganizationsResolver {
  /**
   * The write guard and the area scope (plugins/) have checked the token and both ids before this
   * runs; the merge and its history are one transaction (graph/merge.ts).
   */
  @Mutation(() => MergeResult, {
    description: "Merges node fromId into intoId (one organization recorded twice): links and citations move, fromId's name becomes an alias, fromId is deleted; recorded in history.",
  })
  async mergeOrganizations(@Arg("fromId", () => ID) fromId: string, @Arg("intoId", () => ID) intoId: string, @Ctx() { driver, viewer }: RequestContext): Promise<MergeResult> {
    checkId("fromId", fromId);
    checkId("intoId", intoId);
    try {
      const { changes } = await mergeNodes(driver, fromId, intoId, viewer.subject ?? "token without sub", "mergeOrganizations");
      return { intoId, changes };
    } catch (error) {
      if (error instanceof MergeRefused) throw error.reason === "not_found" ? userError(ErrorCode.NOT_FOUND, error.message) : badInput(error.message);
      throw error;
    }
  }
}
