import { PIECE_CHARS, writeJsonPieces } from "../../src/http/json-pieces";
import { Random } from "../../dev/synth/random";
import { answerBytes } from "../../src/http/answer-bytes";

/** V8 keeps a string in its young space up to 128 kB: 64K characters of two-byte text. */
const LARGE_OBJECT_CHARS = 65_536;

const piecesOf = (value: unknown): string[] => {
  const pieces: string[] = [];
  writeJsonPieces(value, (text) => pieces.push(text));
  return pieces;
};

/** A deterministic stream of numbers in [0, 1) (the synthetic city's generator), so a failure can be replayed. */
const numbers = (seed: number): (() => number) => {
  const random = new Random(seed);
  return () => random.next();
};

/** An org tree like a district's: levels of very different widths, Chinese names. */
function tree(next: () => number, depth: number): unknown {
  const node = { id: `area-${Math.floor(next() * 1e9)}`, name: "济宁高新区柳行街道".slice(0, 2 + Math.floor(next() * 8)), type: "Community" };
  if (depth === 0) return { node, children: [] };
  const width = next() < 0.2 ? 600 : Math.floor(next() * 30);
  return { node, children: Array.from({ length: width }, () => tree(next, depth - 1)) };
}

/** Anything JSON.stringify takes, including what it leaves out or turns into null. */
function anything(next: () => number, depth: number): unknown {
  const texts = ["", "洸河", 'quote " and \\ back', "line\nbreak\u0000", "\ud800 lone", "😀", "x".repeat(PIECE_CHARS + 1)];
  const leaves = [null, true, 0, -0, 1.5e300, NaN, -Infinity, undefined, () => 1, Symbol("s"), new Date(0)];
  const r = next();
  if (depth === 0 || r < 0.3) return next() < 0.5 ? texts[Math.floor(next() * texts.length)] : leaves[Math.floor(next() * leaves.length)];
  if (r < 0.65) return Array.from({ length: Math.floor(next() * 9) }, () => anything(next, depth - 1));
  return Object.fromEntries(Array.from({ length: Math.floor(next() * 8) }, (_, i) => [`k${i}${texts[i % 3]}`, anything(next, depth - 1)]));
}

describe("an answer's JSON in pieces", () => {
  it("is JSON.stringify's text, character for character, for anything it takes", () => {
    const next = numbers(11);
    for (let i = 0; i < 300; i++) {
      const value = anything(next, 5);
      // At the top, what JSON.stringify leaves out (undefined) is written as nothing.
      expect(piecesOf(value).join("")).toBe(JSON.stringify(value) ?? "");
    }
  });

  it("cuts a large answer so that no piece reaches V8's large-object space", () => {
    const answer = { data: { orgTree: tree(numbers(3), 3) } };
    const whole = JSON.stringify(answer);
    expect(whole.length).toBeGreaterThan(3 * LARGE_OBJECT_CHARS);
    const pieces = piecesOf(answer);
    expect(pieces.join("")).toBe(whole);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(2 * PIECE_CHARS);
    // Runs of neighbouring items, not a piece per node.
    const nodes = whole.split('"node"').length - 1;
    expect(pieces.length).toBeLessThan(nodes / 20);
  });

  it("writes a value too long for any piece (one long string) whole", () => {
    const answer = { data: { text: "文".repeat(3 * PIECE_CHARS), list: ["a".repeat(3 * PIECE_CHARS), 1] } };
    expect(piecesOf(answer).join("")).toBe(JSON.stringify(answer));
  });
});

describe("an answer's bytes", () => {
  it("are the UTF-8 of its JSON", () => {
    const answer = { data: { orgTree: tree(numbers(3), 3) }, extensions: { note: "😀 \ud800" } };
    const { bytes, release } = answerBytes(answer);
    expect(bytes.equals(Buffer.from(JSON.stringify(answer)))).toBe(true);
    release();
  });

  it("reuse a buffer only once it is given back", () => {
    const first = answerBytes({ data: "a".repeat(1000) });
    const second = answerBytes({ data: "b".repeat(1000) });
    expect(second.bytes.buffer).not.toBe(first.bytes.buffer);
    expect(first.bytes.toString()).toBe(JSON.stringify({ data: "a".repeat(1000) }));
    first.release();
    const third = answerBytes({ data: "c".repeat(1000) });
    expect(third.bytes.buffer).toBe(first.bytes.buffer);
    second.release();
    third.release();
  });
});
