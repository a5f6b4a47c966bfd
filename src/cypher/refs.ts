/**
 * How the custom operations' Cypher projects a node for an answer. English names are projected only
 * when the request selects `nameEn`: most nodes have none, yet each is a key for the database to
 * send and the server to decode, 2 ms of a 2,040-node org tree.
 */

/** What an answer's Cypher projects beyond what it always needs. */
export interface Projection {
  nameEn: boolean;
}

/** `, nameEn: n.nameEn` when the projection has English names: for a map projection of node `n`. */
export const nameEnOf = (n: string, { nameEn }: Projection): string => (nameEn ? `, nameEn: ${n}.nameEn` : "");

/** Cypher that projects node `n` into an OrgRef map; the Entity label is shared by all types. */
export const orgRefOf = (n: string, projection: Projection): string =>
  `{id: ${n}.id, name: ${n}.name${nameEnOf(n, projection)}, type: [l IN labels(${n}) WHERE l <> 'Entity'][0]}`;
