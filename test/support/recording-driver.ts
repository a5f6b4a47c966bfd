import type { Driver, Session, SessionConfig } from "neo4j-driver";

/**
 * A driver that counts what goes to the database, for the tests and the benchmark that check "one
 * round trip per request". Not used by the server itself.
 */

/** One statement as it was run: its Cypher and its parameters (an empty object when none were given). */
export interface RecordedCall {
  query: string;
  params: Record<string, unknown>;
}

export interface QueryCounter {
  /** Cypher statements run through the driver since the last reset. */
  readonly count: number;
  /**
   * Network round trips to the database, as the driver pipelines its messages: an auto-commit run
   * is one (RUN and PULL together); a statement in a transaction is one (the first carries BEGIN),
   * and the transaction's COMMIT one more.
   */
  readonly roundTrips: number;
  /** The statements, in order (empty when the driver was made with `keep: false`). */
  readonly statements: readonly string[];
  /** The same statements with their parameters (e.g. to EXPLAIN them as they ran). */
  readonly calls: readonly RecordedCall[];
  /** The configuration of every session opened, as the driver received it (database, access mode, bookmarks). */
  readonly sessions: readonly SessionConfig[];
  reset(): void;
}

type Method = (...args: any[]) => any;

/**
 * Wraps the driver so that executeQuery, and run() on sessions and on the transactions of
 * executeRead/executeWrite/beginTransaction (the way @neo4j/graphql runs its queries), are counted.
 * Methods are bound to the real driver, so its own internal calls are not seen. With `keep: false`
 * statements are only counted, not kept: a long benchmark would otherwise hold every one.
 */
export function recordingDriver(driver: Driver, { keep = true }: { keep?: boolean } = {}): { driver: Driver; counter: QueryCounter } {
  const calls: RecordedCall[] = [];
  const sessions: SessionConfig[] = [];
  let count = 0;
  let roundTrips = 0;
  const wrapping = <T extends object>(target: T, wrap: Record<string, (original: Method) => Method>): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object);
        if (typeof value !== "function") return value;
        const bound = value.bind(object);
        return typeof property === "string" && wrap[property] ? wrap[property](bound) : bound;
      },
    });
  const record = (args: any[]): void => {
    count += 1;
    if (!keep) return;
    // run(query, params) and executeQuery(query, params); a { text, parameters } query object too.
    const [first, second] = args;
    const isObject = first !== null && typeof first === "object";
    const query = isObject && "text" in first ? String(first.text) : String(first);
    const params = (isObject && "parameters" in first ? first.parameters : second) ?? {};
    calls.push({ query, params: { ...params } });
  };
  const inTransaction = (run: Method): Method => (...args) => ((roundTrips += 1), record(args), run(...args));
  /** A statement in a transaction of its own: `trips` counts its COMMIT, if it has one. */
  const opening = (trips: number) => (run: Method): Method => (...args) => ((roundTrips += trips), record(args), run(...args));
  const transaction = <T extends object>(tx: T): T => wrapping(tx, { run: inTransaction });
  const managed = (execute: Method): Method => (work: (tx: object) => unknown, config?: unknown) => {
    roundTrips += 1;
    return execute((tx: object) => work(transaction(tx)), config);
  };
  const session = (s: Session): Session =>
    wrapping(s, {
      run: opening(1),
      executeRead: managed,
      executeWrite: managed,
      beginTransaction: (begin) => (...args) => ((roundTrips += 1), transaction(begin(...args))),
    });
  return {
    driver: wrapping(driver, { executeQuery: opening(2), session: (open) => (...args) => (keep && sessions.push({ ...(args[0] ?? {}) }), session(open(...args))) }),
    counter: {
      get count() {
        return count;
      },
      get roundTrips() {
        return roundTrips;
      },
      get statements() {
        return calls.map((c) => c.query);
      },
      calls,
      sessions,
      reset() {
        count = 0;
        roundTrips = 0;
        calls.length = 0;
        sessions.length = 0;
      },
    },
  };
}
