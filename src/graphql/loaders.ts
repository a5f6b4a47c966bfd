/**
 * The DataLoaders, made afresh for each request (context.ts): a loader caches what it has loaded,
 * and a cache shared across requests would serve one request's data, stale, to the next. Each
 * loader batches the loads of one tick into one query, so a list of N rows whose field needs the
 * database costs one query, not N.
 */
import DataLoader from "dataloader";
import type { Driver } from "neo4j-driver";
import { orgRefOf } from "../cypher/refs";
import { readQuery } from "../database/query";

/** A party to a pairing as the loader returns it: the shape of the PairingParty answer type. */
export interface PartyRow {
  node: { id: string; name: string; nameEn?: string | null; type: string };
  role?: string | null;
}

/**
 * Every party of each pairing asked for, by pairing id: the batch query behind PairingRef.parties,
 * so a page of partnerships costs one query for all their pairings' parties, not one each. With
 * English names always, since one batch serves every selection of parties in the request.
 */
const PARTIES_OF_PAIRINGS = `
UNWIND $ids AS id
MATCH (pairing:Pairing {id: id})<-[link:PARTY_TO]-(party)
WITH id, party, link ORDER BY party.name, party.id
RETURN id, collect({node: ${orgRefOf("party", { nameEn: true })}, role: link.role}) AS parties`;

export interface Loaders {
  /** Every party of a pairing, by pairing id: PairingRef.parties. */
  pairingParties: DataLoader<string, PartyRow[]>;
}

function loadPairingParties(driver: Driver): DataLoader<string, PartyRow[]> {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await readQuery<{ id: string; parties: PartyRow[] }>(driver, PARTIES_OF_PAIRINGS, { ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.id, r.parties]));
    return ids.map((id) => byId.get(id) ?? []);
  });
}

export function createLoaders(driver: Driver): Loaders {
  return { pairingParties: loadPairingParties(driver) };
}
