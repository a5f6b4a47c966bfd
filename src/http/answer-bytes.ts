import { writeJsonPieces } from "./json-pieces";

/**
 * An answer's UTF-8 bytes, written into a buffer used before. A fresh buffer of a few hundred kB
 * is fresh memory, and touching it first cost more than encoding into it: Buffer.from of a
 * district's tree (313 kB) took 0.94-1.06 ms, writing the same text into a buffer used before 0.16.
 * The buffer goes back to the pool when the response has been handed to the system ('finish'),
 * not before: until then the socket may still be sending from it.
 */
export interface AnswerBytes {
  bytes: Buffer;
  /** Gives the buffer back; call once, after the last byte was handed over. */
  release(): void;
}

const FIRST_SIZE = 64 * 1024;
/** Buffers kept for reuse, and the largest kept: an export-sized answer is not held for ever. */
const KEEP = 8;
const KEEP_LARGEST = 4 * 1024 * 1024;
const free: Buffer[] = [];

/** The buffer given back last that is large enough: the likeliest to be in the CPU's caches still. */
function take(atLeast: number): Buffer {
  for (let i = free.length - 1; i >= 0; i--) if (free[i].length >= atLeast) return free.splice(i, 1)[0];
  return Buffer.allocUnsafeSlow(Math.max(FIRST_SIZE, atLeast));
}

function giveBack(buffer: Buffer): void {
  if (free.length < KEEP && buffer.length <= KEEP_LARGEST) free.push(buffer);
}

/** JSON.stringify(value) as UTF-8, written piece by piece (json-pieces.ts) into a pooled buffer. */
export function answerBytes(value: unknown): AnswerBytes {
  let buffer = take(FIRST_SIZE);
  let used = 0;
  writeJsonPieces(value, (text) => {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, 4).
    if (buffer.length - used < text.length * 3) {
      const larger = take(Math.max(buffer.length * 2, used + text.length * 3));
      buffer.copy(larger, 0, 0, used);
      giveBack(buffer);
      buffer = larger;
    }
    used += buffer.write(text, used);
  });
  const owned = buffer;
  let released = false;
  return {
    bytes: owned.subarray(0, used),
    release() {
      if (released) return;
      released = true;
      giveBack(owned);
    },
  };
}
