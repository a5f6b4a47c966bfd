/** The one place the explorer talks to the API: typed documents in, typed data out, errors as ApiError. */
import type { TypedDocumentString } from "./generated/graphql";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError("The server does not answer. Is `npm start` running?", "NETWORK");
  }
  const body = (await response.json().catch(() => ({}))) as { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code);
  if (!body.data) throw new ApiError(`Unexpected answer from the server (HTTP ${response.status}).`);
  return body.data;
}
