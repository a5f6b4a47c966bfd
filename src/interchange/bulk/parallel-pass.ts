/**
 * The bulk importer's check and CSV pass, spread over worker threads. Reading a line, parsing it,
 * checking it on its own and writing it as CSV need nothing from the other lines, and were most of
 * the pass: workers do them, chunk by chunk (pass-worker.ts). What needs the whole input (an id
 * defined twice, a link given twice, whether a reference is defined) stays with InputCheck
 * (input-check.ts, as `validate` uses it) on this thread, which reads the workers' entries in the
 * input's order: the same checks, refusals and line numbers as one thread reading the files.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { NodeType } from "../../graph/model";
import type { InputCheck } from "../input-check";
import { Chunk, chunksOf } from "./chunks";
import { BulkCsv, BulkCsvFile, BulkCsvRefused, csvFileName, headerOf } from "./csv";
import { feed, FromWorker, ToWorker } from "./pass-entries";

/** Bytes per chunk: large enough that a message per chunk costs nothing, small enough to spread the work evenly. */
const CHUNK_BYTES = 4 << 20;
/** Chunks handed to each worker ahead of the one being checked, so no worker waits for the main thread. */
const AHEAD = 2;

/**
 * The worker is TypeScript like this file; a worker does not inherit the CLI's `--import tsx`
 * hooks for its own entry, so it registers tsx's require hook itself first.
 */
const WORKER_SOURCE = `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(path.join(__dirname, "pass-worker.ts"))});`;

type ChunkAnswer = Extract<FromWorker, { kind: "chunk" }>;

export interface ParallelPassOptions {
  /** Worker threads; one per core by default. */
  workers?: number;
  chunkBytes?: number;
}

/**
 * NDJSON files read by workers that write their CSV into `dir` as they go. Check them once
 * (`checkAll`), then `close` the pass for the CSV, or `discard` it to delete what was written.
 */
export class ParallelPass {
  private readonly chunks: Chunk[];
  private readonly workers: Worker[];
  private readonly answers = new Map<number, ChunkAnswer>();
  private readonly closing = new Map<Worker, { resolve: (answer: FromWorker & { kind: "closed" }) => void; reject: (error: Error) => void }>();
  /** Set once the workers are told to stop, after which their exit is expected. */
  private finishing = false;
  private waiting?: { seq: number; resolve: (answer: ChunkAnswer) => void; reject: (error: Error) => void };
  private failure?: Error;
  private sent = 0;

  constructor(
    files: readonly string[],
    private readonly dir: string,
    { workers = os.availableParallelism(), chunkBytes = CHUNK_BYTES }: ParallelPassOptions = {},
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.chunks = chunksOf(files, chunkBytes);
    this.workers = Array.from({ length: Math.max(1, workers) }, (_, i) => this.spawn(i));
  }

  private spawn(i: number): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dir: this.dir, part: `part${i}` } });
    worker.on("message", (answer: FromWorker) => {
      if (answer.kind === "chunk") this.answered(answer);
      else if (answer.kind === "closed") this.closing.get(worker)?.resolve(answer);
      else this.fail(new Error(`A bulk pass worker failed: ${answer.message}`));
    });
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => {
      if (!this.finishing) this.fail(new Error(`A bulk pass worker stopped (exit code ${code})`));
    });
    return worker;
  }

  private answered(answer: ChunkAnswer): void {
    if (this.waiting?.seq === answer.seq) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve(answer);
    } else {
      this.answers.set(answer.seq, answer);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.waiting?.reject(this.failure);
    this.waiting = undefined;
    for (const { reject } of this.closing.values()) reject(this.failure);
  }

  private answerFor(seq: number): Promise<ChunkAnswer> {
    const answer = this.answers.get(seq);
    if (answer) {
      this.answers.delete(seq);
      return Promise.resolve(answer);
    }
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiting = { seq, resolve, reject }));
  }

  /** Hands out chunks until each worker has AHEAD beyond `next`, the chunk the check reads next. */
  private sendUpTo(next: number): void {
    const limit = Math.min(this.chunks.length, next + AHEAD * this.workers.length);
    for (; this.sent < limit; this.sent++) {
      const chunk = this.chunks[this.sent];
      this.workers[chunk.seq % this.workers.length].postMessage({ kind: "chunk", ...chunk } satisfies ToWorker);
    }
  }

  /** Feeds every line to the check, in the input's order, as the workers answer for them. */
  async checkAll(check: InputCheck): Promise<void> {
    const allowedTypes = new Map<string, readonly NodeType[]>();
    let file: string | undefined;
    let linesBefore = 0;
    for (const chunk of this.chunks) {
      if (chunk.file !== file) [file, linesBefore] = [chunk.file, 0];
      this.sendUpTo(chunk.seq);
      const answer = await this.answerFor(chunk.seq);
      feed(answer.entries, chunk.file, linesBefore, check, allowedTypes);
      if (answer.refused) throw new BulkCsvRefused(chunk.file, linesBefore + answer.refused.line, answer.refused.reason);
      linesBefore += answer.lines;
    }
  }

  /** Each worker's answer to `message`, once it has done every chunk before it; then they stop. */
  private async finish(message: ToWorker): Promise<(BulkCsv | undefined)[]> {
    try {
      const answers = await Promise.all(
        this.workers.map(
          (worker) =>
            new Promise<FromWorker & { kind: "closed" }>((resolve, reject) => {
              if (this.failure) return reject(this.failure);
              this.closing.set(worker, { resolve, reject });
              worker.postMessage(message);
            }),
        ),
      );
      return answers.map((answer) => answer.csv);
    } finally {
      this.finishing = true;
      await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
  }

  /** The workers' parts as one BulkCsv: each type's header in a file of its own, then its parts. */
  async close(): Promise<BulkCsv> {
    const parts = (await this.finish({ kind: "close" })) as BulkCsv[];
    const csv: BulkCsv = { dir: this.dir, nodes: [], links: [], records: 0, fixUps: [], multiline: [] };
    for (const kind of ["node", "link"] as const) {
      const merged = new Map<string, BulkCsvFile>();
      for (const part of parts) {
        for (const file of kind === "node" ? part.nodes : part.links) {
          let whole = merged.get(file.type);
          if (!whole) {
            const header = csvFileName(this.dir, kind, file.type);
            fs.writeFileSync(header, `${headerOf(kind, file.type)}\n`);
            merged.set(file.type, (whole = { ...file, files: [header], rows: 0 }));
          }
          whole.files.push(...file.files);
          whole.rows += file.rows;
        }
      }
      (kind === "node" ? csv.nodes : csv.links).push(...merged.values());
    }
    for (const part of parts) {
      csv.records += part.records;
      csv.fixUps.push(...part.fixUps);
      csv.multiline.push(...part.multiline);
    }
    return csv;
  }

  /** Stops the workers and deletes every file they wrote. */
  async discard(): Promise<void> {
    await this.finish({ kind: "discard" });
  }
}
