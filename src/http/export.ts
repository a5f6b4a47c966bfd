/**
 * `GET /export?format=ndjson|graphml|gexf|csv&scope=ID&asOf=DATE[&table=nodes|links]`: the
 * export of contract 4.5 over HTTP, for the explorer's download buttons and for scripts
 * (`curl -o district.graphml ...`). CSV is one table per request (`table`, nodes by default),
 * since a folder cannot be one download. The file streams as it is read, so memory stays flat
 * whatever its size. A problem found before the first byte is a JSON refusal with a status, in the
 * shape of every route beside /graphql (http/refusals.ts); one found later ends the download early
 * (a short file, never a silently different one).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { firstDay, isPartialDate } from "../graph/dates";
import { ID_PATTERN } from "../graph/model";
import { ErrorCode } from "../graphql/errors";
import { EXPORT_FORMATS, exportCsv, exportTo, isExportFormat, MEDIA } from "../interchange/formats";
import { ScopeError, SliceOptions } from "../interchange/graph-slice";
import { OutputClosed } from "../interchange/sink";
import type { TokenVerifier } from "../auth/verify-token";
import { RequestProblem, sendFailure } from "./refusals";

export const EXPORT_PATH = "/export";

export function isExportPath(url: string | undefined): boolean {
  const path = (url ?? "").split("?", 1)[0];
  return path === EXPORT_PATH || path === `${EXPORT_PATH}/`;
}

interface ExportRequest {
  format: (typeof EXPORT_FORMATS)[number];
  table: "nodes" | "links";
  options: SliceOptions;
  /** What the download is saved as. */
  filename: string;
}

/** The query string, checked; every refusal names the parameter and what it takes. */
export function parseExportRequest(url: string): ExportRequest {
  const params = new URL(url, "http://localhost").searchParams;
  const format = params.get("format") ?? "ndjson";
  const scope = params.get("scope") || undefined;
  const asOf = params.get("asOf") || undefined;
  const table = params.get("table") ?? "nodes";
  const bad = (message: string): RequestProblem => new RequestProblem(400, ErrorCode.BAD_USER_INPUT, message);
  if (!isExportFormat(format)) throw bad(`format must be one of ${EXPORT_FORMATS.join(", ")}.`);
  if (scope !== undefined && !ID_PATTERN.test(scope)) throw bad("scope is not a well-formed id: ids are 1 to 128 letters, digits, \".\", \"_\", \":\" or \"-\".");
  if (asOf !== undefined && !isPartialDate(asOf)) throw bad("asOf must be a real date as YYYY, YYYY-MM or YYYY-MM-DD.");
  if (table !== "nodes" && table !== "links") throw bad('table must be "nodes" or "links" (the two CSV files).');
  const stem = ["partygraph", scope, asOf].filter(Boolean).join("-");
  const filename = format === "csv" ? `${stem}-${table}.csv` : `${stem}.${MEDIA[format].extension}`;
  return { format, table, options: { scopeId: scope, asOf: asOf && firstDay(asOf) }, filename };
}

/**
 * Reading is open, as on /graphql; a token that is sent is checked all the same, so a forged or
 * expired one is refused (401) here as it is there.
 */
export function exportEndpoint(driver: Driver, verifyToken: TokenVerifier, logger: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => void serve(req, res).catch((error: unknown) => sendFailure(req, res, error, logger, "an export request"));

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET") {
      res.setHeader("allow", "GET");
      throw new RequestProblem(405, ErrorCode.BAD_USER_INPUT, "Use GET.");
    }
    const { format, table, options, filename } = parseExportRequest(req.url ?? "");
    await verifyToken(req.headers.authorization);
    res.setHeader("content-type", format === "csv" ? "text/csv; charset=utf-8" : MEDIA[format].type);
    res.setHeader("content-disposition", `attachment; filename="${filename}"`);
    res.setHeader("cache-control", "no-store");
    try {
      await (format === "csv" ? exportCsv(driver, { [table]: res }, options) : exportTo(driver, format, res, options));
      res.end();
    } catch (error) {
      if (res.headersSent) {
        if (!(error instanceof OutputClosed)) logger.error({ err: error }, "an export failed part-way");
        return void res.destroy();
      }
      res.removeHeader("content-disposition");
      if (error instanceof ScopeError) {
        throw new RequestProblem(error.reason === "not_found" ? 404 : 400, error.reason === "not_found" ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT, error.message);
      }
      logger.error({ err: error }, "an export failed");
      throw new RequestProblem(503, ErrorCode.DATABASE_UNAVAILABLE, "The export could not be read from the database; try again in a few seconds.");
    }
  }
}
