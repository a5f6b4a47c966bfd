import { ConfigError } from "../config";
import { UsageError } from "./args";
import { LauncherError } from "../database/local/launcher";
import { terminalLog } from "../database/local/status-line";
import { ImportRefused } from "../interchange/import";

/** Runs a command-line program: faults the user can act on print as one clear line, never a bare stack trace. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ImportRefused) {
      for (const p of error.problems) console.error(`${p.file}:${p.line}: ${p.reason}`);
      if (error.total > error.problems.length) console.error(`... and ${error.total - error.problems.length} more`);
      console.error(error.message);
    } else if (error instanceof LauncherError || error instanceof ConfigError || error instanceof UsageError) {
      console.error(`error: ${error.message}`);
    } else {
      console.error(`error: ${(error as Error).message ?? error}`);
      if (process.env.DEBUG) console.error(error);
    }
    process.exit(1);
  });
}

/** A command's log: standard error, where a status line may be rewritten in place on a terminal. */
export const log = terminalLog((line: string): void => console.error(line));
