/**
 * The DataLoaders, made afresh for each request (context.ts): a loader caches what it has loaded,
 * and a cache shared across requests would serve one request's data, stale, to the next. Each
 * loader batches the loads of one tick into one query, so a list of N rows whose field needs the
 * database costs one query, not N.
 */
import type DataLoader from "dataloader";
import type { Driver } from "neo4j-driver";
import { loadPairingParties, PairingParty } from "./operations/partners";

export interface Loaders {
  /** Every party of a pairing, by pairing id: PairingRef.parties. */
  pairingParties: DataLoader<string, PairingParty[]>;
}

export function createLoaders(driver: Driver): Loaders {
  return { pairingParties: loadPairingParties(driver) };
}
