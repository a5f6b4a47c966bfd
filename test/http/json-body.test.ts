import http from "node:http";
import net, { type AddressInfo } from "node:net";
import zlib from "node:zlib";
import bodyParser from "body-parser";
import { jsonBody, JsonBodyReader } from "../../src/http/json-body";

const LIMIT = 1024;

/** A server answering with what the reader made of the body: `{ body }`, or `{ status, type }` of its error. */
async function serve(read: JsonBodyReader): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) =>
    read(req, res, (error?: unknown) => {
      const failure = error as { status?: number; type?: string } | undefined;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(failure ? { status: failure.status, type: failure.type } : { body: (req as { body?: unknown }).body ?? null }));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Sends the body in the given pieces (each its own write), with Content-Length unless `chunked`. */
function send(url: string, pieces: Buffer[], headers: http.OutgoingHttpHeaders, chunked = false): Promise<unknown> {
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { ...headers, ...(chunked ? {} : { "content-length": length }) } }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => resolve(JSON.parse(Buffer.concat(parts).toString("utf8"))));
    });
    req.on("error", reject);
    const writeFrom = (i: number): void => {
      if (i === pieces.length) return void req.end();
      req.write(pieces[i]);
      setTimeout(() => writeFrom(i + 1), 5);
    };
    writeFrom(0);
  });
}

describe("the JSON body reader", () => {
  let ours: Awaited<ReturnType<typeof serve>>;
  let theirs: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    ours = await serve(jsonBody(LIMIT));
    theirs = await serve(bodyParser.json({ limit: LIMIT, strict: true }) as JsonBodyReader);
  });
  afterAll(async () => {
    await ours.close();
    await theirs.close();
  });

  const json = { "content-type": "application/json" };
  const cases: { name: string; pieces: Buffer[]; headers: http.OutgoingHttpHeaders; chunked?: boolean }[] = [
    { name: "an object", pieces: [Buffer.from('{"query":"{ areas { name } }","variables":{"n":"洸河街道"}}')], headers: json },
    { name: "an array after whitespace", pieces: [Buffer.from(' \n\t[{"query":"{ a }"}]')], headers: { "content-type": "Application/JSON; charset=UTF-8" } },
    { name: "an empty body", pieces: [], headers: json },
    { name: "whitespace only", pieces: [Buffer.from("  \n")], headers: json },
    { name: "a string at the top", pieces: [Buffer.from('"{ areas { name } }"')], headers: json },
    { name: "a number at the top", pieces: [Buffer.from("42")], headers: json },
    { name: "broken JSON", pieces: [Buffer.from("{ query: nope")], headers: json },
    { name: "a body over the limit", pieces: [Buffer.from(JSON.stringify({ pad: "x".repeat(LIMIT) }))], headers: json },
    { name: "Latin-1", pieces: [Buffer.from('{"a":1}')], headers: { "content-type": "application/json; charset=latin1" } },
    { name: "gzip", pieces: [zlib.gzipSync('{"query":"{ areas { name } }"}')], headers: { ...json, "content-encoding": "gzip" } },
    { name: "chunked", pieces: [Buffer.from('{"a":'), Buffer.from("1}")], headers: json, chunked: true },
    { name: "another type", pieces: [Buffer.from('{"a":1}')], headers: { "content-type": "text/plain" } },
  ];

  it.each(cases)("reads $name as body-parser does", async ({ pieces, headers, chunked }) => {
    const expected = await send(theirs.url, pieces, headers, chunked);
    expect(await send(ours.url, pieces, headers, chunked)).toEqual(expected);
  });

  it("calls a client that leaves before its body came a bad request, as body-parser does", async () => {
    const statusOf = async (read: JsonBodyReader): Promise<number | undefined> => {
      let settle!: (status: number | undefined) => void;
      const settled = new Promise<number | undefined>((resolve) => (settle = resolve));
      const server = http.createServer((req, res) => read(req, res, (error?: unknown) => settle((error as { status?: number } | undefined)?.status)));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const socket = net.connect((server.address() as AddressInfo).port, "127.0.0.1", () => {
        socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"query\":");
        setTimeout(() => socket.destroy(), 50);
      });
      try {
        return await settled;
      } finally {
        server.close();
      }
    };
    const expected = await statusOf(bodyParser.json({ limit: LIMIT, strict: true }) as JsonBodyReader);
    expect(expected).toBe(400);
    expect(await statusOf(jsonBody(LIMIT))).toBe(expected);
  });

  it("joins a body that arrives in pieces, a character split between two", async () => {
    const bytes = Buffer.from(JSON.stringify({ query: "{ areas { name } }", variables: { name: "洸河街道".repeat(20) } }));
    const cut = bytes.indexOf(Buffer.from("河")) + 1; // inside the three bytes of 河
    expect(await send(ours.url, [bytes.subarray(0, cut), bytes.subarray(cut)], json)).toEqual({ body: JSON.parse(bytes.toString("utf8")) });
  });
});
