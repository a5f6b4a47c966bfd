import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { Readable } from "node:stream";
import { chunksOf, linesOf } from "../../src/interchange/bulk/chunks";

/** What the ordinary import reads: node:readline over the text, as ndjsonInput runs it. */
async function readlineLines(text: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readline.createInterface({ input: Readable.from([text]), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

describe("a chunk's lines", () => {
  it.each([
    ["\n breaks, a final one", "a\nb\n"],
    ["no final break", "a\nb"],
    ["\r\n breaks", "a\r\nb\r\n"],
    ["a lone \r", "a\rb\n\rc"],
    ["empty lines", "\n\na\n\n"],
    ["nothing", ""],
    ["a break alone", "\n"],
  ])("are readline's lines (%s)", async (_, text) => {
    expect(linesOf(text)).toEqual(await readlineLines(text));
  });
});

describe("chunks of a file", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-chunks-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("cover every byte of every file in order, each ending just after a line break or at the end", () => {
    const a = path.join(dir, "a.ndjson");
    const b = path.join(dir, "b.ndjson");
    const empty = path.join(dir, "empty.ndjson");
    const text = Array.from({ length: 300 }, (_, i) => `{"id":"n${i}","name":"社区${"长".repeat(i % 17)}"}`).join("\n");
    fs.writeFileSync(a, `${text}\n`);
    fs.writeFileSync(b, text);
    fs.writeFileSync(empty, "");
    const chunks = chunksOf([a, empty, b], 100);
    expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i));
    expect(chunks.some((c) => c.file === empty)).toBe(false);
    for (const file of [a, b]) {
      const bytes = fs.readFileSync(file);
      const own = chunks.filter((c) => c.file === file);
      expect(own.length).toBeGreaterThan(10);
      expect(own[0].start).toBe(0);
      own.forEach((c, i) => {
        expect(c.end).toBe(i + 1 < own.length ? own[i + 1].start : bytes.length);
        if (c.end < bytes.length) expect(bytes[c.end - 1]).toBe(0x0a);
      });
      const lines = own.flatMap((c) => linesOf(bytes.subarray(c.start, c.end).toString("utf8")));
      expect(lines).toEqual(text.split("\n"));
    }
  });
});
