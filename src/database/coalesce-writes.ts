import net from "node:net";

/** Marks the patched prototype, so that loading this module again (as jest does per test file) patches once. */
const PATCHED = Symbol.for("partygraph.coalesceWritesOnKeepAlive");
const COALESCING = Symbol("partygraph.coalescing");

/**
 * Sends each Bolt message in one system call. neo4j-driver (5.x) hands its socket a message in
 * 1,400-byte pieces, a write each: a query with a 100 kB parameter was 84 writes, an import batch
 * of 5,000 pairings about a thousand, and with Nagle off (no-delay.ts) as many TCP segments. The
 * socket is corked at the first write of a tick and uncorked on the next, so what the driver wrote
 * in that tick leaves as one writev (2 writes for the same query). A 100,000-row sheet imported in
 * 7% less time and client CPU (docs/performance.md). Like no-delay.ts, it hooks the setKeepAlive(true)
 * the driver calls on every socket it opens; other keep-alive sockets (HTTP agents) batch too, which
 * changes no bytes and only when they leave within the tick.
 */
export function coalesceDriverSocketWrites(): void {
  type Marked = net.Socket & { [COALESCING]?: true };
  const prototype = net.Socket.prototype as Marked & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  const setKeepAlive = prototype.setKeepAlive;
  prototype.setKeepAlive = function (this: Marked, ...args: Parameters<net.Socket["setKeepAlive"]>) {
    this[COALESCING] = true;
    return setKeepAlive.apply(this, args);
  };
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
