import path from "node:path";

/** The repository root: every path the project reads or writes (schema, seeds, Neo4j home, builds) hangs off it. */
export const ROOT = path.resolve(__dirname, "..");
