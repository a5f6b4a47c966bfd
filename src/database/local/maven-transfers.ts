/**
 * What Maven has downloaded so far, read from its own log. Without -q, Maven in batch mode (-B)
 * prints one line per finished transfer:
 *   [INFO] Downloaded from central: https://…/neo4j-kernel-5.26.30.jar (7.3 MB at 9.1 MB/s)
 * so counting those lines gives files and bytes without a second look at the disk.
 */

export interface TransferTally {
  files: number;
  bytes: number;
}

// Maven's transfer listener prints sizes with decimal units (1 kB = 1000 B).
const UNITS: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };
const DOWNLOADED = /Downloaded from [^:]+: \S+ \((\d+(?:\.\d+)?) (B|kB|KB|MB|GB)\b/;
// -B turns colours off in Maven 3.8, but a MAVEN_OPTS or .mvn/maven.config may turn them back on.
const ANSI = /\x1b\[[0-9;]*m/g;

/** The bytes of the download a line reports as finished, or undefined for any other line. */
export function downloadedBytes(line: string): number | undefined {
  const match = DOWNLOADED.exec(line.replace(ANSI, ""));
  return match ? Math.round(Number(match[1]) * UNITS[match[2]]) : undefined;
}

/** Adds the downloads finished in a chunk of Maven's output (whole lines only; the caller keeps the rest). */
export function tallyLines(tally: TransferTally, lines: string[]): void {
  for (const line of lines) {
    const bytes = downloadedBytes(line);
    if (bytes === undefined) continue;
    tally.files += 1;
    tally.bytes += bytes;
  }
}

export function describeTally(tally: TransferTally, elapsedMs: number): string {
  return `${tally.files.toLocaleString("en")} files, ${(tally.bytes / 1e6).toFixed(1)} MB, ${Math.round(elapsedMs / 1000)} s`;
}
