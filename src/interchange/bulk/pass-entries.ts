/**
 * What passes between the main thread and a pass worker (parallel-pass.ts, pass-worker.ts). Of each
 * line, the worker sends only what the input-wide check (InputCheck, input-check.ts) needs: its problems,
 * a node's id and type, a link's type and ends, and the record's references; the properties stay
 * in the worker, which has written them as CSV. The entries are one flat list of strings and
 * numbers, which structured cloning copies without walking an object per record.
 */
import type { LinkType, NodeType } from "../../graph/model";
import type { InputCheck } from "../input-check";
import type { ParsedLine } from "../records";
import type { BulkCsv } from "./csv";
import type { Chunk } from "./chunks";

export type Entries = (string | number)[];

export type ToWorker = ({ kind: "chunk" } & Chunk) | { kind: "close" } | { kind: "discard" };

export type FromWorker =
  /** `refused`: a value CSV cannot carry, at that line of the chunk; the entries stop before it. */
  | { kind: "chunk"; seq: number; lines: number; entries: Entries; refused?: { line: number; reason: string } }
  /** After close (its part of the CSV) or discard (nothing left). */
  | { kind: "closed"; csv?: BulkCsv }
  | { kind: "failed"; message: string };

const PROBLEM = 0;
const NODE = 1;
const LINK = 2;

/** Appends one line's entry; blank lines and comments have none. */
export function encode(out: Entries, line: number, parsed: ParsedLine): void {
  if (!parsed.ok) {
    out.push(PROBLEM, line, parsed.reasons.length, ...parsed.reasons);
    return;
  }
  const record = parsed.record;
  if (!record) return;
  if (record.kind === "node") out.push(NODE, line, record.id, record.type);
  else out.push(LINK, line, record.type, record.from, record.to);
  out.push(parsed.references.length);
  for (const reference of parsed.references) out.push(reference.id, reference.role, reference.allowed.join(","));
}

/** One chunk's entries into the input-wide check, at `first` + their line in the chunk. */
export function feed(entries: Entries, file: string, first: number, check: InputCheck, allowedTypes: Map<string, readonly NodeType[]>): void {
  for (let i = 0; i < entries.length; ) {
    const tag = entries[i++] as number;
    const line = first + (entries[i++] as number);
    if (tag === PROBLEM) {
      for (let n = entries[i++] as number; n > 0; n--) check.report(file, line, entries[i++] as string);
      continue;
    }
    if (tag === NODE) {
      check.node(file, line, entries[i] as string, entries[i + 1] as NodeType);
      i += 2;
    } else {
      check.link(file, line, entries[i] as LinkType, entries[i + 1] as string, entries[i + 2] as string);
      i += 3;
    }
    for (let n = entries[i++] as number; n > 0; n--) {
      const id = entries[i++] as string;
      const role = entries[i++] as string;
      const key = entries[i++] as string;
      let allowed = allowedTypes.get(key);
      if (!allowed) allowedTypes.set(key, (allowed = key.split(",") as NodeType[]));
      check.reference(file, line, { id, role, allowed });
    }
  }
}
