import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloServer, BaseContext, HeaderMap } from "@apollo/server";
import type { Logger } from "pino";
import { ErrorCode, INTERNAL_ERROR_MESSAGE } from "../graphql/errors";
import { speedUp } from "../speed-switches";
import { AnswerBytes, answerBytes } from "./answer-bytes";
import { deferResult, takeResult } from "./deferred-results";
import { jsonBody } from "./json-body";
import { errorBody, sendJson, sizeLabel } from "./refusals";

/** Where GraphQL requests enter: `/graphql`, with or without a query string or a trailing slash. */
export function isGraphQLPath(url: string | undefined): boolean {
  const path = (url ?? "").split("?", 1)[0];
  return path === "/graphql" || path === "/graphql/";
}

/**
 * Apollo's stringifyResult for a server behind this endpoint: a ticket the endpoint trades back for
 * the result, whose bytes it writes itself (deferred-results.ts, answer-bytes.ts).
 */
export const endpointStringify: (result: unknown) => string = speedUp("answerPieces") ? deferResult : JSON.stringify;

/**
 * The /graphql endpoint on Node's own http server, without Express: its router, its response
 * helpers and its ETag hashing cost 0.1-0.6 ms of every request on the bench machine, and a
 * GraphQL request needs none of them. Apollo's documented integration contract
 * (executeHTTPGraphQLRequest) does the rest, as @apollo/server's standalone server does.
 */
export function graphqlEndpoint<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage) => Promise<Context>,
  { maxBodyBytes, logger }: { maxBodyBytes: number; logger: Logger },
): (req: IncomingMessage, res: ServerResponse) => void {
  const readBody = jsonBody(maxBodyBytes);
  const fail = (res: ServerResponse, failure: unknown): void => {
    logger.error({ err: failure }, "a GraphQL request failed outside Apollo");
    answerFailure(res);
  };
  return (req, res) => {
    readBody(req, res, (error?: unknown) => {
      if (error) return answerBodyError(res, error, maxBodyBytes, fail);
      execute(apollo, context, req, res).catch((failure: unknown) => fail(res, failure));
    });
  };
}

async function execute<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage) => Promise<Context>,
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const query = req.url?.indexOf("?") ?? -1;
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: query >= 0 ? req.url!.slice(query) : "", body: req.body },
    context: () => context(req),
  });
  res.statusCode = response.status ?? 200;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  if (response.body.kind === "complete") {
    const deferred = takeResult(response.body.string);
    if (deferred) return sendAnswer(res, answerBytes(deferred.result));
    // Encoded once, here: given the string, Node walks it once to measure its UTF-8 length for
    // Content-Length and again to encode it (a district's tree: 313 kB; 1.1-1.7 ms a request).
    const body = Buffer.from(response.body.string, "utf8");
    res.setHeader("content-length", body.length);
    res.end(body);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Sends the answer and gives its buffer back once the response is handed over; a response closed
 * before that keeps its buffer out of the pool, since the socket may not be done with it.
 */
function sendAnswer(res: ServerResponse, answer: AnswerBytes): void {
  res.setHeader("content-length", answer.bytes.length);
  res.once("finish", answer.release);
  res.end(answer.bytes);
}

/** A body too large, not JSON or in a charset other than UTF-8 is answered in GraphQL's error shape. */
function answerBodyError(res: ServerResponse, error: unknown, maxBodyBytes: number, fail: (res: ServerResponse, failure: unknown) => void): void {
  const { status: statusField, statusCode, type } = (error ?? {}) as { status?: number; statusCode?: number; type?: string };
  const status = Number(statusField ?? statusCode ?? 500);
  if (status >= 500) return fail(res, error);
  const message =
    type === "entity.too.large"
      ? `The request body is larger than ${sizeLabel(maxBodyBytes)}.`
      : type === "entity.parse.failed"
        ? "The request body is not valid JSON."
        : "The request could not be read.";
  sendJson(res, status, errorBody(ErrorCode.BAD_USER_INPUT, message));
}

/** Apollo answers every GraphQL error itself; reaching here means the request broke below it. */
function answerFailure(res: ServerResponse): void {
  if (res.headersSent) return void res.destroy();
  sendJson(res, 500, errorBody(ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_MESSAGE));
}
