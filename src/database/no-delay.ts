import net from "node:net";

/** Marks the patched prototype, so that loading this module again (as jest does per test file) patches once. */
const PATCHED = Symbol.for("partygraph.noDelayOnKeepAlive");

/**
 * Turns Nagle's algorithm off on the driver's Bolt sockets. neo4j-driver (5.x) leaves it on and has
 * no option for it, so any message longer than one TCP segment (an import batch, a long generated
 * query) waits for the server's delayed ACK: about 40 ms per batch on Linux, measured here as a 500 kB
 * parameter taking 60 ms instead of 16 ms, and import at a third of its speed. The driver calls
 * setKeepAlive(true) on every socket it opens, so that call is where no-delay is added; other
 * sockets that ask for keep-alive (HTTP agents) get no-delay too, which Node's HTTP sets anyway.
 */
export function disableNagleOnDriverSockets(): void {
  const prototype = net.Socket.prototype as net.Socket & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  const setKeepAlive = prototype.setKeepAlive;
  prototype.setKeepAlive = function (this: net.Socket, ...args: Parameters<net.Socket["setKeepAlive"]>) {
    this.setNoDelay(true);
    return setKeepAlive.apply(this, args);
  };
}
