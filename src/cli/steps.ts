/**
 * Start-up steps that say what they are doing, then how long it took: a slow step (a first fetch,
 * a JVM start, a large seed) is never a silent wait, and the times show where a start went.
 */
import { statusLine } from "../database/local/status-line";

export type Step = <T>(doing: string, work: () => Promise<T>, done?: (value: T) => string) => Promise<T>;

export function stepLogger(log: (line: string) => void): Step {
  return async (doing, work, done) => {
    log(`${doing}...`);
    const started = Date.now();
    const elapsed = statusLine(() => `${Math.round((Date.now() - started) / 1000)} s`, log);
    let value;
    try {
      value = await work();
    } finally {
      elapsed.stop();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(`  ${done ? done(value) : "done"} (${seconds} s)`);
    return value;
  };
}
