/**
 * What the importer writes a batch at a time, and the hook around each batch (history records
 * what the batch changed, history/import-history.ts). Apart from import.ts so that the hook's
 * module and the importer depend on these types, not on each other.
 */
import type { ManagedTransaction } from "neo4j-driver";
import type { LinkType, NodeType } from "../graph/model";

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

/** One batch as the importer writes it: rows of one node or link type, new to the graph or not. */
export interface Batch {
  phase: "nodes" | "links";
  type: NodeType | LinkType;
  /** Whether the rows may exist already (an upsert) or are new to the graph. */
  known: boolean;
  rows: BatchRow[];
}

export type BatchRow = { id: string; props: Record<string, unknown> } | { from: string; to: string; props: Record<string, unknown> };

/**
 * Wraps the write of each batch, inside the batch's transaction: history records what the batch
 * changed (history/import-history.ts). It calls `write` once and returns its tally.
 */
export type BatchHook = (tx: ManagedTransaction, batch: Batch, write: () => Promise<Tally>) => Promise<Tally>;
