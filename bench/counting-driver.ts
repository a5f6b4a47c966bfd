/**
 * A driver that counts the queries sent through it, to measure database round trips per request.
 * Every way a query reaches Neo4j is counted once: driver.executeQuery, session.run, and tx.run on a
 * transaction from executeRead / executeWrite / beginTransaction (and the older read/writeTransaction).
 * Transactions are counted apart, so a request that opens two transactions for one query shows.
 */
import type { Driver } from "neo4j-driver";

export interface QueryCounter {
  queries: number;
  transactions: number;
}

type AnyFunction = (...args: unknown[]) => unknown;

/** Wraps `target` so that calling the named methods adds one to counter[field] first. */
function counting<T extends object>(target: T, counted: Record<string, (result: unknown, args: unknown[]) => unknown>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      const wrap = typeof property === "string" ? counted[property] : undefined;
      if (!wrap) return (value as AnyFunction).bind(object);
      return (...args: unknown[]) => wrap((value as AnyFunction).apply(object, args), args);
    },
  });
}

function countingTransaction<T extends object>(tx: T, counter: QueryCounter): T {
  return counting(tx, {
    run: (result) => {
      counter.queries += 1;
      return result;
    },
  });
}

function countingSession<T extends object>(session: T, counter: QueryCounter): T {
  // The work function gets a counting transaction: wrap it before the real method is called.
  const managed = (method: string) => (...args: unknown[]) => {
    counter.transactions += 1;
    const [work, ...rest] = args as [(tx: object) => unknown, ...unknown[]];
    return ((session as Record<string, unknown>)[method] as AnyFunction).call(session, (tx: object) => work(countingTransaction(tx, counter)), ...rest);
  };
  return new Proxy(session, {
    get(object, property, receiver) {
      if (property === "executeRead" || property === "executeWrite" || property === "readTransaction" || property === "writeTransaction") {
        return managed(property);
      }
      if (property === "beginTransaction") {
        return (...args: unknown[]) => {
          counter.transactions += 1;
          return countingTransaction((object as unknown as { beginTransaction: AnyFunction }).beginTransaction(...args) as object, counter);
        };
      }
      if (property === "run") {
        return (...args: unknown[]) => {
          counter.queries += 1;
          counter.transactions += 1;
          return (object as unknown as { run: AnyFunction }).run(...args);
        };
      }
      const value = Reflect.get(object, property, receiver);
      return typeof value === "function" ? (value as AnyFunction).bind(object) : value;
    },
  });
}

/** The driver, counting into `counter`; the real driver is untouched and still owns the connections. */
export function countingDriver(driver: Driver, counter: QueryCounter): Driver {
  return counting(driver, {
    executeQuery: (result) => {
      counter.queries += 1;
      counter.transactions += 1;
      return result;
    },
    session: (session) => countingSession(session as object, counter),
  });
}
