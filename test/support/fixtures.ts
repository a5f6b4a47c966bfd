/** Reading NDJSON fixtures in a test: the records, without the `//` comment lines and blank lines. */
import fs from "node:fs";

export function fixtureRecords<Rec = Record<string, any>>(file: string): Rec[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.trim().startsWith("//"))
    .map((line) => JSON.parse(line) as Rec);
}
