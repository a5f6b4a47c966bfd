import type { Progress } from "../interchange/import";

/** A one-line progress counter on a terminal; silent when stderr is a pipe or a file. */
export function terminalProgress(): Progress | undefined {
  if (!process.stderr.isTTY) return undefined;
  const started = Date.now();
  return (phase, records) => {
    const rate = Math.round(records / Math.max((Date.now() - started) / 1000, 0.001));
    process.stderr.write(`\r${phase.padEnd(8)} ${records.toLocaleString("en")} records (${rate.toLocaleString("en")}/s)   `);
  };
}

export function endProgress(): void {
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
}
