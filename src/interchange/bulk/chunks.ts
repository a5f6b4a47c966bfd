/**
 * NDJSON files cut into byte ranges that end at line breaks, so several threads can each read and
 * check their own ranges (parallel-pass.ts), and a range's text split into lines as the ordinary
 * import's readline would split it, so line numbers mean the same either way.
 */
import fs from "node:fs";

export interface Chunk {
  /** Its place among every chunk of the input, files in order. */
  seq: number;
  file: string;
  /** Bytes [start, end) of the file; `end` is just after a line break, or the end of the file. */
  start: number;
  end: number;
}

const NEWLINE = 0x0a;

/** Ranges of about `size` bytes (more, to reach the next line break), covering every file in order. */
export function chunksOf(files: readonly string[], size: number): Chunk[] {
  const chunks: Chunk[] = [];
  const probe = Buffer.alloc(64 * 1024);
  for (const file of files) {
    const fd = fs.openSync(file, "r");
    try {
      const total = fs.fstatSync(fd).size;
      for (let start = 0; start < total; ) {
        let end = Math.min(start + size, total);
        while (end < total) {
          const read = fs.readSync(fd, probe, 0, probe.length, end);
          const at = probe.subarray(0, read).indexOf(NEWLINE);
          if (at >= 0) {
            end += at + 1;
            break;
          }
          end += read;
        }
        chunks.push({ seq: chunks.length, file, start, end });
        start = end;
      }
    } finally {
      fs.closeSync(fd);
    }
  }
  return chunks;
}

/**
 * The lines of a chunk as node:readline gives them (`crlfDelay: Infinity`): a break is \n, \r\n or
 * a lone \r, and there is no empty line after a final break. A chunk never splits a \r\n, since it
 * ends just after a \n.
 */
export function linesOf(text: string): string[] {
  const parts = text.split("\n");
  if (parts[parts.length - 1] === "") parts.pop();
  if (!text.includes("\r")) return parts;
  const lines: string[] = [];
  for (const part of parts) {
    const line = part.endsWith("\r") ? part.slice(0, -1) : part;
    if (line.includes("\r")) lines.push(...line.split("\r"));
    else lines.push(line);
  }
  return lines;
}
