/**
 * Switches that turn an earlier speed-up off, for an A/B run of the benchmark (issue 23: each is
 * kept only if it still pays). Read here and only here; every one defaults to on, and production
 * never sets them. `PARTYGRAPH_OFF=jit,nagle` turns graphql-jit and the Nagle patch off. (The
 * `endpoint` switch went on 2026-12-01: Express's router in front of /graphql cost nothing measurable.)
 */
export const SPEED_UPS = {
  /** graphql-jit executes each document as code compiled for it (graphql/execution/jit-executor.ts); off: graphql-js. */
  jit: "jit",
  /** nameEn projected only when selected (graphql/types/org-ref.ts byProjection); off: always. */
  nameEn: "nameEn",
  /** Nagle's algorithm off on the driver's sockets (database/no-delay.ts); off: the driver's default. */
  nagle: "nagle",
  /** A Bolt message leaves in one write, not in 1,400-byte pieces (database/coalesce-writes.ts); off: the driver's pieces. */
  cork: "cork",
  /** A Bolt message that came in pieces is decoded from one buffer (database/join-chunks.ts); off: the driver's CombinedBuffer. */
  joinChunks: "joinChunks",
  /** /graphql writes a large answer's bytes in pieces into a reused buffer (http/json-pieces.ts, answer-bytes.ts); off: one JSON string, Buffer.from. */
  answerPieces: "answerPieces",
  /** A wide level of orgTree ordered by a typed-array sort of name prefixes (graphql/operations/order-by-name.ts); off: a comparator sort. */
  nameOrder: "nameOrder",
  /** An import's new rows sent as one list per property (interchange/columns.ts); off: a map per row. */
  columns: "columns",
  /** A column of an import's text sent as one string, split by Cypher (interchange/packed-text.ts); off: as a list. */
  packText: "packText",
  /** The bulk importer reads, checks and writes CSV in worker threads (interchange/bulk/parallel-pass.ts); off: on one thread. */
  bulkWorkers: "bulkWorkers",
} as const;

export type SpeedUp = keyof typeof SPEED_UPS;

const off = new Set((process.env.PARTYGRAPH_OFF ?? "").split(",").map((s) => s.trim()).filter(Boolean));
for (const name of off) {
  if (!(name in SPEED_UPS)) throw new Error(`PARTYGRAPH_OFF: unknown speed-up "${name}"; known: ${Object.keys(SPEED_UPS).join(", ")}`);
}

/** Whether the speed-up is on (the default), or turned off by PARTYGRAPH_OFF. */
export function speedUp(name: SpeedUp): boolean {
  return !off.has(name);
}
