/**
 * What a split writes, decided without the database (graph/split.ts reads the original and writes
 * the plan): an organization ends on a date and two or more new ones take its place. The original
 * stays for the past; its links in force that day end on it (`until` = the date), and each link the
 * user assigns to a new organization is carried there from that day (`since` = the date), with the
 * original link's other properties and citations. Every new organization goes under the original's
 * parents. PARTY_TO has no dates (contract section 1), so a pairing carried to a new organization
 * gains it as a party and keeps the original as a party of its past; a pairing not carried ends.
 */
import { firstDay, isPartialDate } from "./dates";
import { ID_PATTERN, NodeType } from "./model";

/** What can be split: the organizations that sit in the structure (a street, a community, a branch...). */
export const SPLITTABLE: readonly NodeType[] = ["Area", "Community", "PartyOrganization", "Unit", "ServiceStation", "Alliance"];

/** The properties that say what kind of organization it is: the new ones are of the same kind. */
const KIND_PROPERTIES = ["level", "sector", "kind"] as const;

export class SplitRefused extends Error {
  constructor(
    message: string,
    readonly reason: "not_found" | "bad_input",
  ) {
    super(message);
  }
}

export interface SplitPart {
  id: string;
  name: string;
  nameEn?: string | null;
}

/** The link(s) between the original and `linked` go to new organization `to` (one entry per target). */
export interface SplitMove {
  linked: string;
  to: string;
}

export interface SplitRequest {
  fromId: string;
  date: string;
  into: SplitPart[];
  moves: SplitMove[];
}

/** A link at the original, as read from the graph. */
export interface LinkAt {
  /** elementId of the relationship: ended by it within the split's transaction. */
  element: string;
  type: string;
  /** True when the original is the link's from end. */
  out: boolean;
  other: string;
  props: Record<string, unknown>;
  /** The other end's since/until: a Pairing's, for PARTY_TO. */
  otherSince: string | null;
  otherUntil: string | null;
}

export interface Original {
  id: string;
  type: string;
  props: Record<string, unknown>;
  links: LinkAt[];
}

export interface LinkRef {
  link: string;
  from: string;
  to: string;
}

export interface NewLink extends LinkRef {
  props: Record<string, unknown>;
}

export interface SplitPlan {
  type: NodeType;
  nodes: Record<string, unknown>[];
  /** Links of the original that end on the date (elementIds). */
  end: string[];
  /** Pairings the original was party to that no new organization carries: they end on the date. */
  endPairings: string[];
  create: NewLink[];
  /** Links of the original ended and carried nowhere: what the user should look at. */
  ended: LinkRef[];
}

/** Links that hold in the structure from `since` to `until`, and so end on the split date. */
const DATED = new Set(["PART_OF", "LEADS", "MEMBER_OF"]);

const day = (value: unknown): string | null => (typeof value === "string" && value !== "" ? firstDay(value) : null);

/** In force on `on` (a first day): since ≤ on ≤ until, either side open (cypher/in-force.ts). */
function inForceOn(since: unknown, until: unknown, on: string): boolean {
  const from = day(since);
  const to = day(until);
  return (from === null || from <= on) && (to === null || to >= on);
}

const refOf = (original: string, link: LinkAt): LinkRef =>
  link.out ? { link: link.type, from: original, to: link.other } : { link: link.type, from: link.other, to: original };

/** The links of the original a split acts on, in force on its date: dated structure links, and PARTY_TO pairings in force. */
export function linksInForce(original: Original, on: string): LinkAt[] {
  return original.links.filter((link) =>
    link.type === "PARTY_TO" && link.out ? inForceOn(link.otherSince, link.otherUntil, on) : DATED.has(link.type) && inForceOn(link.props.since, link.props.until, on),
  );
}

/** Checks the request against the original, the new ids already taken and the moved ids unknown, and says what to write; throws SplitRefused. */
export function planSplit(request: SplitRequest, original: Original | null, taken: readonly string[], unknown: readonly string[] = []): SplitPlan {
  const { fromId, date, into, moves } = request;
  if (!isPartialDate(date)) throw new SplitRefused(`date "${date}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`, "bad_input");
  if (into.length < 2) throw new SplitRefused("A split makes two or more new organizations; to rename one, update its name.", "bad_input");
  const ids = new Set<string>();
  for (const part of into) {
    if (!ID_PATTERN.test(part.id)) throw new SplitRefused(`Malformed id ${JSON.stringify(part.id.slice(0, 60))}: use letters, digits and . _ : - (at most 128).`, "bad_input");
    if (part.id === fromId) throw new SplitRefused(`"${fromId}" is the organization being split: give the new ones new ids.`, "bad_input");
    if (ids.has(part.id)) throw new SplitRefused(`"${part.id}" is given twice.`, "bad_input");
    if (!part.name.trim()) throw new SplitRefused(`"${part.id}" needs a name.`, "bad_input");
    ids.add(part.id);
  }
  if (!original) throw new SplitRefused(`No node has id "${fromId}".`, "not_found");
  const type = original.type as NodeType;
  if (!SPLITTABLE.includes(type)) throw new SplitRefused(`"${fromId}" is a ${original.type}: only ${SPLITTABLE.join(", ")} split.`, "bad_input");
  if (taken.length) throw new SplitRefused(`${taken.map((id) => `"${id}"`).join(", ")} ${taken.length === 1 ? "is" : "are"} already taken: ids are unique across the whole graph.`, "bad_input");

  const on = firstDay(date);
  const links = linksInForce(original, on);
  const parents = links.filter((link) => link.type === "PART_OF" && link.out);
  // An organization whose place in the structure had ended by then (split or moved away before) is
  // no longer there to split; one that never had a parent (a top area) is.
  if (!parents.length && original.links.some((link) => link.type === "PART_OF" && link.out)) {
    throw new SplitRefused(`"${fromId}" is part of nothing on ${date}: its place in the structure ended before (split earlier?); split it on a date it was in force.`, "bad_input");
  }
  const movable = links.filter((link) => !parents.includes(link));

  // Where each movable link goes: by the node at its other end, to one or more of the new ids.
  const targets = new Map<string, Set<string>>();
  for (const { linked, to } of moves) {
    if (unknown.includes(linked)) throw new SplitRefused(`No node has id "${linked}".`, "not_found");
    if (!ids.has(to)) throw new SplitRefused(`"${to}" is not one of the new organizations (${[...ids].join(", ")}).`, "bad_input");
    if (!movable.some((link) => link.other === linked)) {
      const why = parents.some((link) => link.other === linked)
        ? `"${linked}" is the parent of "${fromId}": every new organization goes under it.`
        : `"${linked}" has no link with "${fromId}" in force on ${date} that a split carries (PART_OF, LEADS, MEMBER_OF, or PARTY_TO a pairing in force).`;
      throw new SplitRefused(why, "bad_input");
    }
    targets.set(linked, (targets.get(linked) ?? new Set()).add(to));
  }

  const create = new Map<string, NewLink>();
  const carry = (link: LinkAt, to: string): void => {
    const { since: _since, until, ...kept } = link.props;
    // A dated link holds on from the split date, until the original's own end if it had one.
    const props = DATED.has(link.type) ? { ...kept, since: date, ...(until ? { until } : {}) } : link.props;
    const ref = link.out ? { link: link.type, from: to, to: link.other } : { link: link.type, from: link.other, to };
    create.set(`${ref.link}\u0000${ref.from}\u0000${ref.to}`, { ...ref, props });
  };
  const plan: SplitPlan = { type, nodes: [], end: [], endPairings: [], create: [], ended: [] };
  for (const parent of parents) {
    plan.end.push(parent.element);
    for (const id of ids) carry(parent, id);
  }
  for (const link of movable) {
    const to = targets.get(link.other);
    if (to) for (const id of to) carry(link, id);
    // A PARTY_TO has no dates: the original stays a party of the pairing's past.
    if (link.type !== "PARTY_TO") plan.end.push(link.element);
    if (!to) {
      if (link.type === "PARTY_TO") plan.endPairings.push(link.other);
      plan.ended.push(refOf(original.id, link));
    }
  }
  plan.create = [...create.values()];
  plan.endPairings = [...new Set(plan.endPairings)];

  const kind = Object.fromEntries(KIND_PROPERTIES.filter((key) => original.props[key] != null).map((key) => [key, original.props[key]]));
  plan.nodes = into.map((part) => ({ ...kind, id: part.id, name: part.name.trim(), ...(part.nameEn ? { nameEn: part.nameEn } : {}) }));
  return plan;
}
