import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { splitNode, SplitRefused } from "../../graph/split";
import type { RequestContext } from "../context";
import { badInput, ErrorCode, userError } from "../errors";
import { checkId } from "../types/arguments";
import { answerType } from "../types/answer-type";

@InputType({ description: "A new organization a split makes: its id (new to the graph) and name." })
export class SplitPartInput {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
}

@InputType({ description: "The original's link(s) with node `linked` go to the new organization `to`; name `linked` again to carry them to another too." })
export class SplitMoveInput {
  @Field(() => ID, { description: "The node at the other end: a pairing, a child, a leading or led organization, an alliance or a member." }) linked!: string;
  @Field(() => ID, { description: "One of the new organizations' ids." }) to!: string;
}

@ObjectType(answerType("A link a split created or ended."))
export class SplitLink {
  @Field(() => String, { description: "The link type, e.g. PART_OF." }) link!: string;
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
}

@ObjectType(answerType("What a split changed."))
export class SplitResult {
  @Field(() => ID) fromId!: string;
  @Field(() => [ID]) intoIds!: string[];
  @Field(() => String) date!: string;
  @Field(() => [SplitLink], { description: "The new organizations' links, in force from the date: their parents' PART_OF and every link carried." }) carried!: SplitLink[];
  @Field(() => [SplitLink], { description: "The original's links that ended on the date and went to no new organization." }) ended!: SplitLink[];
  @Field(() => [ID], { description: "Pairings the original was party to that no new organization carries: they end on the date." }) endedPairings!: string[];
  @Field(() => Int, { description: "Nodes and links whose state changed, each recorded in history." }) changes!: number;
}

@Resolver()
export class SplitOrganizationResolver {
  /**
   * The write guard and the area scope (plugins/) have checked the token, the original and the new
   * ids (created under the original's parents) before this runs, as for mergeOrganizations: the
   * links carried are the original's own. The split and its history are one transaction (graph/split.ts).
   */
  @Mutation(() => SplitResult, {
    description:
      "Splits organization fromId into two or more new ones on date: its links in force then end on it (until = date), the new ones go under its parents from that date, and each link named in moves is carried to the new organization given; a pairing carried nowhere ends. fromId stays for the past. Recorded in history.",
  })
  async splitOrganization(
    @Arg("fromId", () => ID) fromId: string,
    @Arg("date", () => String, { description: "The day the new organizations start: YYYY, YYYY-MM or YYYY-MM-DD." }) date: string,
    @Arg("into", () => [SplitPartInput]) into: SplitPartInput[],
    @Arg("moves", () => [SplitMoveInput], { defaultValue: [] }) moves: SplitMoveInput[],
    @Ctx() { driver, viewer }: RequestContext,
  ): Promise<SplitResult> {
    checkId("fromId", fromId);
    for (const move of moves) checkId("linked", move.linked);
    try {
      const summary = await splitNode(driver, { fromId, date, into, moves }, viewer.subject ?? "token without sub", "splitOrganization");
      return { fromId, intoIds: into.map((part) => part.id), date, ...summary };
    } catch (error) {
      if (error instanceof SplitRefused) throw error.reason === "not_found" ? userError(ErrorCode.NOT_FOUND, error.message) : badInput(error.message);
      throw error;
    }
  }
}
