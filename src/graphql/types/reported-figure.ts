import { Field, ObjectType } from "type-graphql";
import { answerType } from "./answer-type";
import { SourceRef, TraceResult } from "../operations/trace";

/** A figure as a source reports it (contract 4.1, 4.4): shown beside what the graph counts, never instead of it. */
@ObjectType(answerType("A figure a source reports, with what it counts, how exact it is, whether it was achieved, what date it stands at, and where it is reported."))
export class ReportedFigure {
  @Field(() => TraceResult, { description: "The figure." }) result!: TraceResult;
  @Field(() => String, { nullable: true, description: "What is counted: member_units, paired_units, paired_communities, registered_members..." }) measure?: string | null;
  @Field(() => String, { nullable: true, description: "exact (the default), about, over, nearly, at_least, at_most." }) approx?: string | null;
  @Field(() => String, { nullable: true, description: "achieved (the default), target or planned." }) status?: string | null;
  @Field(() => String, { nullable: true, description: "date, founding or report; null when the figure is undated." }) dateBasis?: string | null;
  @Field(() => [SourceRef], { description: "Where the figure is reported." }) sources!: SourceRef[];
}
