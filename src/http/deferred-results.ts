/**
 * Apollo's stringifyResult hook wants the answer as one string, and a string of a large answer is
 * what costs (json-pieces.ts). So the hook hands Apollo a ticket instead, and /graphql, the only
 * reader of Apollo's HTTP answers here, trades it back for the result and writes its bytes itself
 * (answer-bytes.ts). A ticket starts with U+0000, which no JSON text does.
 */
const waiting = new Map<string, unknown>();
/**
 * Apollo returns every body it stringified, and the endpoint takes each at once; this bounds the
 * map all the same, should a body ever be dropped between the two.
 */
const MAX_WAITING = 1024;
let issued = 0;

/** For ApolloServer's stringifyResult: the ticket for this result. */
export function deferResult(result: unknown): string {
  const ticket = `\u0000result:${++issued}`;
  waiting.set(ticket, result);
  if (waiting.size > MAX_WAITING) waiting.delete(waiting.keys().next().value!);
  return ticket;
}

/** The result a ticket stands for (once), or undefined when body is JSON text already. */
export function takeResult(body: string): { result: unknown } | undefined {
  if (body.charCodeAt(0) !== 0) return undefined;
  const result = waiting.get(body);
  if (!waiting.delete(body)) throw new Error(`The result for ${JSON.stringify(body)} was dropped before it was sent.`);
  return { result };
}
