import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { ROOT } from "../paths";
import { ENTITY_LABEL } from "../graph/model";
import { importFiles, ImportSummary, Progress } from "./import";

export const SEEDS_DIR = path.join(ROOT, "seeds");

/** The seed files in load order; together they are one input, so ids may refer across files. */
export function seedFiles(): string[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".ndjson"))
    .sort()
    .map((f) => path.join(SEEDS_DIR, f));
}

/** Loads (or re-loads, idempotently) the curated seed graph. */
export function loadSeeds(driver: Driver, progress?: Progress): Promise<ImportSummary> {
  return importFiles(driver, seedFiles(), progress);
}

export async function isGraphEmpty(driver: Driver): Promise<boolean> {
  const { records } = await driver.executeQuery(`MATCH (n:${ENTITY_LABEL}) RETURN count(n) > 0 AS any LIMIT 1`, {}, { routing: "READ" });
  return !records[0].get("any");
}
