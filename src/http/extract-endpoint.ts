/**
 * The explorer's review of an article (docs/extract.md, "Review in the explorer"), for editors:
 *
 * - `POST /extract`, JSON `{text, prefix?, date?, publication?}`: the draft `npm run extract --graph`
 *   would write, as records with their review notes (paragraph, character offsets, doubts), and the
 *   article's paragraphs. It reads the graph's names so the draft reuses their ids, and writes nothing.
 * - `POST /extract/import`, an `application/x-ndjson` body (the records the editor accepted): imported
 *   as `npm run import` imports a file (same validation, same history, all or nothing), within the
 *   token's areas when it has any. 200 with the summary; 422 with every bad line, nothing written.
 *
 * 401 without a token, 403 without the editor role (or outside the token's areas), 400/413 for the
 * request itself.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import bodyParser from "body-parser";
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import type { TokenVerifier, Viewer } from "../auth/verify-token";
import { reviewOf } from "../extract/draft";
import type { DraftAnswer } from "../extract/review-answer";
import { draftWithGraph } from "../extract/with-graph";
import { paragraphs } from "../extract/paragraphs";
import { ErrorCode } from "../graphql/errors";
import { isPartialDate } from "../graph/dates";
import { ID_PATTERN } from "../graph/model";
import { ImportRefused, importInput, ndjsonTextInput } from "../interchange/import";
import { editorPosting, RequestProblem, sendFailure, sendJson } from "./refusals";

/** A newspaper page is some 10,000 characters; a draft of it a few hundred records. */
export const MAX_EXTRACT_BODY = "1mb";
export const MAX_IMPORT_BODY = "4mb";
export const NDJSON_TYPE = "application/x-ndjson";

export function isExtractPath(url: string | undefined): boolean {
  const path = (url ?? "").split("?", 1)[0];
  return path === "/extract" || path === "/extract/" || path === "/extract/import";
}

type Parser = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** body-parser's limit and charset handling, as a promise; a body over the limit is refused, not cut. */
function readBody<T>(parser: Parser, req: IncomingMessage, res: ServerResponse, limit: string): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    parser(req, res, (error?: unknown) => {
      if (!error) return resolve((req as IncomingMessage & { body?: T }).body);
      const type = (error as { type?: string }).type;
      if (type === "entity.too.large") return reject(new RequestProblem(413, ErrorCode.BAD_USER_INPUT, `The request body is larger than ${limit.toUpperCase()}.`));
      reject(new RequestProblem(400, ErrorCode.BAD_USER_INPUT, `The request body could not be read: ${(error as Error).message}`));
    });
  });
}

const parseJson = bodyParser.json({ limit: MAX_EXTRACT_BODY, strict: true });
const parseNdjson = bodyParser.text({ limit: MAX_IMPORT_BODY, type: NDJSON_TYPE });

/** A prefix for a draft made here: unique enough that two editors' drafts never share an id. */
const reviewPrefix = (): string => `x-review-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}-`;

export function extractEndpoint(driver: Driver, verifyToken: TokenVerifier, logger: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res).catch((error: unknown) => sendFailure(req, res, error, logger, "an article review request"));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const viewer = await editorPosting(req, res, verifyToken, { sends: "the article (or the accepted records)", doing: "Reviewing an article" });
    const path = (req.url ?? "").split("?", 1)[0];
    if (path === "/extract/import") return importAccepted(req, res, viewer);
    return draft(req, res);
  }

  async function draft(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) {
      throw new RequestProblem(415, ErrorCode.BAD_USER_INPUT, "Send JSON: {\"text\": \"…\", \"prefix\"?, \"date\"?, \"publication\"?}.");
    }
    const body = (await readBody<Record<string, unknown>>(parseJson, req, res, MAX_EXTRACT_BODY)) ?? {};
    const { text, prefix = reviewPrefix(), date, publication } = body;
    if (typeof text !== "string" || text.trim() === "") throw new RequestProblem(400, ErrorCode.BAD_USER_INPUT, "`text`: the article, one paragraph a line.");
    if (typeof prefix !== "string" || !ID_PATTERN.test(`${prefix}source`)) {
      throw new RequestProblem(400, ErrorCode.BAD_USER_INPUT, "`prefix`: ids are letters, digits and . _ : - (and start with a letter or digit).");
    }
    if (date !== undefined && (typeof date !== "string" || !isPartialDate(date))) throw new RequestProblem(400, ErrorCode.BAD_USER_INPUT, "`date`: give YYYY, YYYY-MM or YYYY-MM-DD.");
    if (publication !== undefined && typeof publication !== "string") throw new RequestProblem(400, ErrorCode.BAD_USER_INPUT, "`publication`: a name.");
    // With the names already in the graph, so the draft links to them: the one read this makes.
    const result = await draftWithGraph(driver, text, { prefix, date: date || undefined, publication: publication || undefined });
    const answer: DraftAnswer = {
      prefix,
      paragraphs: paragraphs(text).map((p) => ({ n: p.n, text: p.original })),
      records: result.lines.map((l) => ({ record: l.record, ...reviewOf(l.comment) })),
      notes: result.notes.map((n) => n.replace(/^\/\/\s*/, "")),
    };
    sendJson(res, 200, answer);
  }

  async function importAccepted(req: IncomingMessage, res: ServerResponse, viewer: Viewer): Promise<void> {
    if (!new RegExp(`^${NDJSON_TYPE.replace("/", "\\/")}\\b`, "i").test(req.headers["content-type"] ?? "")) {
      throw new RequestProblem(415, ErrorCode.BAD_USER_INPUT, `Send the accepted records as ${NDJSON_TYPE}, one record a line.`);
    }
    const text = (await readBody<string>(parseNdjson, req, res, MAX_IMPORT_BODY)) ?? "";
    if (text.trim() === "") throw new RequestProblem(400, ErrorCode.BAD_USER_INPUT, "No records: accept at least one.");
    try {
      const actor = `${viewer.subject ?? "editor"} (article review)`;
      const summary = await importInput(driver, ndjsonTextInput("review", text), undefined, { actor, areas: viewer.areas });
      sendJson(res, 200, { ok: true, summary });
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      sendJson(res, 422, { ok: false, problemCount: error.total, problems: error.problems.map((p) => ({ line: p.line, reason: p.reason })) });
    }
  }
}
