/**
 * The arguments each bench case asks with, picked from the loaded city: the first district and
 * street, and the richest community, pairing and alliance in them.
 */
import type { Driver } from "neo4j-driver";
import type { BenchArguments } from "./cases";

/** A fixed asOf, so the answers (and so the work) do not change with the day the bench runs. */
export const AS_OF = "2025-07-01";

/** Representative arguments: the first district and street, and the richest community, pairing and alliance in them. */
export async function pickArguments(driver: Driver): Promise<BenchArguments> {
  const one = async (cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, any>> => {
    const { records } = await driver.executeQuery(cypher, params, { routing: "READ" });
    if (!records.length) throw new Error(`the synthetic city has nothing for: ${cypher.trim().split("\n")[0]}`);
    return records[0].toObject();
  };
  const district = (await one("MATCH (d:Area {level: 'district'}) RETURN d.id AS id ORDER BY d.id LIMIT 1")).id as string;
  const street = (await one("MATCH (s:Area)-[:PART_OF]->(:Area {id: $district}) RETURN s.id AS id ORDER BY s.id LIMIT 1", { district })).id as string;
  const community = await one(
    `MATCH (c:Community)-[:PART_OF]->(:Area {id: $street})
     MATCH (c)<-[:LEADS]-{0,1}(party)-[:PARTY_TO]->(p:Pairing)<-[:PARTY_TO]-(partner)
     WHERE (party = c OR party:PartyOrganization) AND (p.until IS NULL OR left(p.until + '-01-01', 10) >= $asOf) AND (p.since IS NULL OR left(p.since + '-01-01', 10) <= $asOf)
     WITH c, count(DISTINCT partner) AS partners ORDER BY partners DESC, c.id LIMIT 1
     RETURN c.id AS id, c.name AS name`,
    { street, asOf: AS_OF },
  );
  const pairing = (await one(
    `MATCH (p:Pairing)-[:RUNS]->(:Project)-[:HELD]->(:Activity)-[:PRODUCED]->(:Result)
     WHERE p.id STARTS WITH 'pair-'
     WITH p ORDER BY p.id LIMIT 50
     MATCH path = (p)-[:RUNS|HELD|PRODUCED*1..3]->(:Result)
     WITH p, count(path) AS paths ORDER BY paths DESC, p.id LIMIT 1
     RETURN p.id AS id`,
  )).id as string;
  const alliance = (await one(
    "MATCH (a:Alliance)<-[m:MEMBER_OF]-() WITH a, count(m) AS members ORDER BY members DESC, a.id LIMIT 1 RETURN a.id AS id",
  )).id as string;
  const city = (await one("MATCH (c:Area {level: 'city'}) RETURN c.id AS id ORDER BY c.id LIMIT 1")).id as string;
  const wideStreet = (await one(
    "MATCH (s:Area)-[:PART_OF]->(:Area {id: $district}) RETURN s.id AS id ORDER BY COUNT { (s)<-[:PART_OF]-(:Community) } DESC, s.id LIMIT 1",
    { district },
  )).id as string;
  const plannedCommunity = (await one(
    `MATCH (c:Community)-[:PART_OF]->(:Area)-[:PART_OF]->(:Area {id: $district})
     MATCH (c)<-[:LEADS*0..1]-()-[:RAISED]->(n:Need)
     WHERE (n.status IS NULL OR n.status = 'open') AND (n.since IS NULL OR left(n.since + '-01-01', 10) <= $asOf) AND (n.until IS NULL OR left(n.until + '-01-01', 10) >= $asOf)
     RETURN c.id AS id ORDER BY c.id LIMIT 1`,
    { district, asOf: AS_OF },
  )).id as string;
  // The community's name without 社区/村/商圈: a place-name stem, as a user would type it.
  const searchText = String(community.name).slice(0, 2);
  return { city, district, street, wideStreet, community: community.id, pairing, alliance, searchText, plannedCommunity, asOf: AS_OF };
}
