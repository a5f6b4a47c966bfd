/**
 * One worker of the parallel check and CSV pass (parallel-pass.ts): reads the chunks it is sent,
 * parses and checks each line on its own as the ordinary import does, writes its records into its
 * own part of each type's CSV file, and answers each chunk with its entries (pass-entries.ts).
 * Chunks are handled one at a time, in the order they came.
 */
import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { parseLine } from "../records";
import type { Chunk } from "./chunks";
import { linesOf } from "./chunks";
import { BulkCsvRefused, BulkCsvWriter } from "./csv";
import { encode, Entries, FromWorker, ToWorker } from "./pass-entries";

const { dir, part } = workerData as { dir: string; part: string };
const port = parentPort!;
const writer = new BulkCsvWriter(dir, part);
const open = new Map<string, number>();

function textOf({ file, start, end }: Chunk): string {
  let fd = open.get(file);
  if (fd === undefined) open.set(file, (fd = fs.openSync(file, "r")));
  const bytes = Buffer.allocUnsafe(end - start);
  for (let at = 0; at < bytes.length; ) at += fs.readSync(fd, bytes, at, bytes.length - at, start + at);
  return bytes.toString("utf8");
}

async function pass(chunk: Chunk): Promise<FromWorker> {
  const lines = linesOf(textOf(chunk));
  const entries: Entries = [];
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const parsed = parseLine(lines[i]);
    if (parsed.ok && parsed.record) {
      try {
        const writing = writer.add({ file: chunk.file, line, value: parsed.record });
        if (writing) await writing;
      } catch (error) {
        if (!(error instanceof BulkCsvRefused)) throw error;
        return { kind: "chunk", seq: chunk.seq, lines: lines.length, entries, refused: { line, reason: error.reason } };
      }
    }
    encode(entries, line, parsed);
  }
  return { kind: "chunk", seq: chunk.seq, lines: lines.length, entries };
}

async function handle(message: ToWorker): Promise<FromWorker> {
  if (message.kind === "chunk") return pass(message);
  for (const fd of open.values()) fs.closeSync(fd);
  open.clear();
  if (message.kind === "close") return { kind: "closed", csv: await writer.close() };
  await writer.discard();
  return { kind: "closed" };
}

let queue = Promise.resolve();
port.on("message", (message: ToWorker) => {
  queue = queue
    .then(() => handle(message))
    .then(
      (answer) => port.postMessage(answer),
      (error: unknown) => port.postMessage({ kind: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FromWorker),
    );
});
