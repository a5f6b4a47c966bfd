/**
 * Where a community is, for lists a planner reads (24 names mixing villages, compounds and business
 * districts say little without their street): its level, its street or town, and the area above that.
 */
import { streetOf } from "./needs";
import { orgRefOf, Projection } from "./refs";

/**
 * A map expression for community `c`: {community, level, street, district}, street and district null
 * when there is none. Two COLLECT subqueries per community: cheap next to the walk that found it.
 */
export const locationOf = (c: string, projection: Projection): string => `{
  community: ${orgRefOf(c, projection)},
  level: ${c}.level,
  street: [s IN COLLECT {${streetOf(c, "s")}
  } | ${orgRefOf("s", projection)}][0],
  district: [d IN COLLECT {${streetOf(c, "s")}
  } | [(d)-[:PART_OF]->(up:Area) | ${orgRefOf("up", projection)}][0]][0]
}`;
