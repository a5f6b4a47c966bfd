/**
 * `npm start` stops on Ctrl-C or SIGTERM (a process manager's stop, a container's), in production
 * too, where Apollo would otherwise install signal handlers of its own beside start.ts's: the two
 * waited on one stop, and the process printed "closing..." and never exited.
 */
import { startApiProcess } from "../support/processes";

describe("npm start's shutdown", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("exits 0 soon after %s, as in production", async (signal) => {
    const api = await startApiProcess({ NODE_ENV: "production" });
    const exited = new Promise<number | null>((resolve) => api.child.once("exit", (code) => resolve(code)));
    const asked = Date.now();
    api.child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<"hung">((resolve) => (timer = setTimeout(() => resolve("hung"), 15_000)));
    const code = await Promise.race([exited, hung]).finally(() => clearTimeout(timer));
    if (code === "hung") api.child.kill("SIGKILL");
    expect(code).toBe(0);
    expect(Date.now() - asked).toBeLessThan(15_000);
  }, 120_000);
});
