/**
 * How the routes beside /graphql (uploads, article review, exports of the planner) answer in JSON
 * and refuse: the same error shape as a GraphQL error, so a front end reads one kind of refusal.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { OutOfScope } from "../auth/area-scope";
import { canWrite, TokenVerifier, Viewer } from "../auth/verify-token";
import { ErrorCode, INTERNAL_ERROR_MESSAGE } from "../graphql/errors";

/** A refusal of the request itself, with its HTTP status and stable code. */
export class RequestProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** 1048576 as "1 MB", 1024 as "1 kB": how a size limit is named to the client. */
export function sizeLabel(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  return bytes % 1024 === 0 ? `${bytes / 1024} kB` : `${bytes} bytes`;
}

export const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** A JSON answer with its status. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

/**
 * The editor sending a POST: settled before the body is read, so a reader's upload is not even
 * parsed. `sends` names what the body carries, `doing` what the editor role allows here.
 */
export async function editorPosting(
  req: IncomingMessage,
  res: ServerResponse,
  verifyToken: TokenVerifier,
  { sends, doing }: { sends: string; doing: string },
): Promise<Viewer> {
  if (req.method !== "POST") {
    res.setHeader("allow", "POST");
    throw new RequestProblem(405, ErrorCode.BAD_USER_INPUT, `Send ${sends} with POST.`);
  }
  const viewer = await verifyToken(req.headers.authorization);
  if (!viewer.authenticated) throw new RequestProblem(401, ErrorCode.UNAUTHENTICATED, `${doing} needs a bearer token with the editor role.`);
  if (!canWrite(viewer)) throw new RequestProblem(403, ErrorCode.FORBIDDEN, `This token's roles do not allow ${doing.toLowerCase()}: it needs the editor role.`);
  return viewer;
}

/** Answers a failed request: its refusal as JSON, anything unforeseen as a logged 500 that says nothing more. */
export function sendFailure(req: IncomingMessage, res: ServerResponse, error: unknown, logger: Logger, what: string): void {
  // The rest of a refused body may be unread: close the connection rather than drain it.
  if (!res.headersSent) res.setHeader("connection", "close");
  if (error instanceof RequestProblem) return sendJson(res, error.status, errorBody(error.code, error.message));
  if (error instanceof OutOfScope) return sendJson(res, 403, errorBody(ErrorCode.FORBIDDEN, error.message));
  // A token the verifier could not read at all (malformed, expired) comes as a GraphQL error.
  const extensions = (error as { extensions?: { code?: string } }).extensions;
  if (extensions?.code === ErrorCode.UNAUTHENTICATED) return sendJson(res, 401, errorBody(ErrorCode.UNAUTHENTICATED, (error as Error).message));
  logger.error({ err: error, url: req.url }, `${what} failed`);
  if (res.headersSent) return void res.destroy();
  sendJson(res, 500, errorBody(ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_MESSAGE));
}
