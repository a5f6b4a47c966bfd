import net from "node:net";
import { onDriverSocket } from "./driver-sockets";

/** Marks the patched prototype, so that loading this module again (as jest does per test file) patches once. */
const PATCHED = Symbol.for("partygraph.coalesceWrites");
const COALESCING = Symbol.for("partygraph.coalescing");

/**
 * Sends each Bolt message in one system call. neo4j-driver (5.x) hands its socket a message in
 * 1,400-byte pieces, a write each: a query with a 100 kB parameter was 121 writes, an import batch
 * of 5,000 pairings about a thousand, and with Nagle off (no-delay.ts) as many TCP segments. A
 * driver's socket is corked at the first write of a tick and uncorked on the next, so what the
 * driver wrote in that tick leaves as one writev (2 writes for the same query). A 100,000-row sheet
 * imported 6% faster on the mean of five A/B pairs (docs/performance.md). HTTP agents' sockets are
 * marked too (driver-sockets.ts): their bytes are unchanged and leave within the tick.
 */
export function coalesceDriverSocketWrites(): void {
  type Marked = net.Socket & { [COALESCING]?: true };
  onDriverSocket("coalesce-writes", (socket) => void ((socket as Marked)[COALESCING] = true));
  const prototype = net.Socket.prototype as Marked & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  // On the prototype, not on each socket, so that whatever wraps Socket.prototype.write later (a
  // test's spy) still sees every write.
  const write = prototype.write;
  prototype.write = function (this: Marked, ...args: unknown[]) {
    if (this[COALESCING] && !this.writableCorked) {
      this.cork();
      process.nextTick(() => this.uncork());
    }
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as net.Socket["write"];
}
