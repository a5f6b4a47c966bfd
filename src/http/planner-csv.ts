import type { Request, Response } from "express";
import { GraphQLError } from "graphql";
import neo4j, { Driver } from "neo4j-driver";
import { readQuery } from "../database/query";
import { ErrorCode } from "../graphql/errors";
import { asOfDay, checkId } from "../graphql/types/arguments";
import { CommunityLocation, UNPAIRED_IN_AREA_WITH_LOCATIONS } from "../graphql/operations/unpaired-communities";
import { csvText } from "./csv";

/** Every unpaired community of an area in one file: a planner's list is small (hundreds), and a spreadsheet wants all of it. */
const ALL = neo4j.int(1_000_000);

export const UNPAIRED_CSV_HEADER = ["id", "name", "level", "street", "district"] as const;

/**
 * GET /planner/unpaired.csv?areaId=&asOf= : unpairedCommunities with where each is, as a download.
 * The same statement and checks as the GraphQL operation, so the two never disagree; a bad argument
 * is 400 and an unknown area 404, with the message the API would give.
 */
export function unpairedCsv(driver: Driver) {
  return async (req: Request, res: Response): Promise<void> => {
    const areaId = typeof req.query.areaId === "string" ? req.query.areaId : "";
    const asOfText = typeof req.query.asOf === "string" && req.query.asOf !== "" ? req.query.asOf : undefined;
    let asOf: string;
    try {
      if (!areaId) throw new GraphQLError("areaId is required: /planner/unpaired.csv?areaId=AREA_ID&asOf=YYYY-MM-DD", { extensions: { code: ErrorCode.BAD_USER_INPUT } });
      checkId("areaId", areaId);
      asOf = asOfDay(asOfText);
    } catch (error) {
      res.status(400).type("text").send(error instanceof Error ? error.message : "Bad request.");
      return;
    }
    const [row] = await readQuery<{ locations: CommunityLocation[] }>(driver, UNPAIRED_IN_AREA_WITH_LOCATIONS, { areaId, asOf, after: null, take: ALL });
    if (!row) {
      res.status(404).type("text").send(`No area has id "${areaId}".`);
      return;
    }
    const rows = row.locations.map((l) => [l.community.id, l.community.name, l.level, l.street?.name, l.district?.name]);
    res
      .status(200)
      .type("text/csv; charset=utf-8")
      .attachment(`unpaired-${areaId}-${asOf}.csv`)
      .send(csvText(UNPAIRED_CSV_HEADER, rows));
  };
}
