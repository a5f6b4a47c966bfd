import type { ManagedTransaction, Session } from "neo4j-driver";

type TransactionConfig = Parameters<Session["executeWrite"]>[1];
import { recordChanges } from "./changes";
import { keepFormerNames, renamedBetween } from "./renames";
import { differences, snapshot } from "./snapshot";

/** What @neo4j/graphql needs of a session given as its executionContext (it tells one by `beginTransaction`). */
export type SessionLike = Pick<Session, "beginTransaction" | "executeRead" | "executeWrite">;

/**
 * A mutation's write session that also remembers what the mutation changed, in the same
 * transaction. @neo4j/graphql runs a mutation's statement through `executeWrite`; this reads the
 * nodes the mutation names, and every link at them, before and after the statement, inside that
 * managed transaction, and writes a Change for each node or link whose state differs. A retry of
 * the transaction repeats all three, so the record always matches what committed, and a write
 * that fails leaves no record. A rename keeps the former name as an alias (history/renames.ts),
 * recorded in the same Change. Nodes the mutation does not name cannot change: mutations that do
 * not name their ids are refused before they run (graphql/plugins/area-scope.ts).
 */
export function recordingSession(session: Session, ids: readonly string[], who: { actor: string; action: string }): SessionLike {
  return {
    beginTransaction: (config?: TransactionConfig) => session.beginTransaction(config),
    executeRead: (work, config) => session.executeRead(work, config),
    executeWrite: <T>(work: (tx: ManagedTransaction) => Promise<T> | T, config?: TransactionConfig) =>
      session.executeWrite(async (tx) => {
        const before = await snapshot(tx, ids);
        const result = await work(tx);
        let after = await snapshot(tx, ids);
        if (await keepFormerNames(tx, renamedBetween(before, after))) after = await snapshot(tx, ids);
        await recordChanges(tx, differences(before, after), { ...who, at: new Date().toISOString() });
        return result;
      }, config),
  };
}
