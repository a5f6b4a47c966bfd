import crypto from "node:crypto";
import { PassThrough } from "node:stream";
import type { Driver } from "neo4j-driver";
import { exportGraph } from "../../src/interchange/export";

/** Node and link counts plus a hash of the whole export: equal fingerprints mean an unchanged graph. */
export async function fingerprint(driver: Driver): Promise<{ nodes: number; links: number; sha256: string }> {
  const hash = crypto.createHash("sha256");
  const sink = new PassThrough();
  sink.on("data", (chunk) => hash.update(chunk));
  const counts = await exportGraph(driver, sink);
  return { ...counts, sha256: hash.digest("hex") };
}
