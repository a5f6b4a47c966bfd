import net from "node:net";

type SocketHook = (socket: net.Socket) => void;

/** On the prototype, so that loading this module again (as jest does per test file) keeps one set of hooks. */
const HOOKS = Symbol.for("partygraph.driverSocketHooks");

/**
 * Runs `hook` on every socket neo4j-driver opens. The driver (5.x) has no option for its sockets,
 * but it calls setKeepAlive(true) on each one it opens, so that call is where the hooks run. Other
 * sockets that ask for keep-alive (HTTP agents) get them too: a hook must be harmless there. A name
 * is hooked once, however often it is asked for.
 */
export function onDriverSocket(name: string, hook: SocketHook): void {
  const prototype = net.Socket.prototype as net.Socket & { [HOOKS]?: Map<string, SocketHook> };
  let hooks = prototype[HOOKS];
  if (!hooks) {
    const installed = new Map<string, SocketHook>();
    hooks = prototype[HOOKS] = installed;
    const setKeepAlive = prototype.setKeepAlive;
    prototype.setKeepAlive = function (this: net.Socket, ...args: Parameters<net.Socket["setKeepAlive"]>) {
      for (const run of installed.values()) run(this);
      return setKeepAlive.apply(this, args);
    };
  }
  if (!hooks.has(name)) hooks.set(name, hook);
}
