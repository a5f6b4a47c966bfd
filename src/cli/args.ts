/**
 * Command-line arguments through node:util's parseArgs (strict: an unknown flag, a missing value or
 * a stray argument is refused), its refusals turned into one line that ends with the usage.
 */
import { parseArgs, ParseArgsConfig } from "node:util";

/** A command line the program cannot take; runCli prints its message alone. */
export class UsageError extends Error {}

export function usageError(usage: string, reason?: string): UsageError {
  return new UsageError(reason ? `${reason}\n${usage}` : usage);
}

/** The parsed command line; --help (or -h) prints the usage and exits. */
export function readArgs<T extends Omit<ParseArgsConfig, "args" | "strict">>(usage: string, config: T, args: string[] = process.argv.slice(2)) {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ ...config, args, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS")) throw error;
    // parseArgs explains how to pass a value that starts with a dash; the first sentence names the fault.
    const reason = (error as Error).message.split(/(?<=\.)\s/)[0];
    throw usageError(usage, reason);
  }
}
