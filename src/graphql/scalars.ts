import { GraphQLScalarType, Kind } from "graphql";
import { isPartialDate } from "../graph/dates";
import { ErrorCode } from "./errors";

function parse(value: unknown): string {
  if (typeof value !== "string" || !isPartialDate(value)) {
    throw Object.assign(new TypeError(`PartialDate must be a real date as YYYY, YYYY-MM or YYYY-MM-DD; got ${JSON.stringify(value)}`), {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return value;
}

/**
 * A date at year, month or day precision (2023, 2023-09, 2023-09-15), kept as written. The generated
 * API takes dates through it, so 2024-02-30 is refused at the door instead of stored.
 */
export const PartialDate = new GraphQLScalarType({
  name: "PartialDate",
  description: "An ISO date at year, month or day precision: 2023, 2023-09 or 2023-09-15. Compared as the first day of its period.",
  serialize: (value) => value,
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
