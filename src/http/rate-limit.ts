import type { IncomingMessage, ServerResponse } from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { RateLimitSettings } from "../config";
import { ErrorCode } from "../graphql/errors";
import { sendJson } from "./refusals";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Who a request counts against: a token's subject, else the address it came from. */
export type ClientKeyOf = (req: IncomingMessage) => Promise<string>;

/**
 * The client's network address. Behind a proxy every request comes from the proxy, so with
 * `trustProxy` the left-most X-Forwarded-For address (the one the proxy saw) is used instead;
 * without a proxy that header is the client's own word and is ignored.
 */
export function addressOf(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",", 1)[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/**
 * Spends one point of the client's budget per request before Apollo sees it, so a client over its
 * budget costs the server no parsing and no query. The budget is kept in this process's memory
 * (rate-limiter-flexible's RateLimiterMemory): behind N replicas a client gets N times the budget,
 * which is the price of needing no shared store. A client over budget is answered 429 with
 * Retry-After and the same error shape as every other refusal.
 */
export function rateLimited(settings: RateLimitSettings, keyOf: ClientKeyOf, next: Handler): Handler {
  if (settings.points === 0) return next;
  const limiter = new RateLimiterMemory({ points: settings.points, duration: settings.windowSeconds });
  return (req, res) => {
    keyOf(req)
      .then((key) => limiter.consume(key))
      .then(
        () => next(req, res),
        (refusal: unknown) => {
          if (!(refusal instanceof RateLimiterRes)) return next(req, res);
          const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
          res.setHeader("retry-after", String(seconds));
          sendJson(res, 429, {
            errors: [
              {
                message: `Too many requests from this client: at most ${settings.points} every ${settings.windowSeconds} s. Try again in ${seconds} s.`,
                extensions: { code: ErrorCode.RATE_LIMITED, retryAfter: seconds },
              },
            ],
          });
        },
      );
  };
}
