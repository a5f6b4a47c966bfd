/**
 * A synthetic city in the interchange format (contract section 2), for load and scale work: a city,
 * its districts, streets and towns, communities and villages (some with compounds, buildings and
 * grids), units by sector, the party organizations that lead them, service stations, pairings with
 * dates that are past, current and future (many partial), alliances whose members join and leave,
 * initiatives, projects, activities, results, and the sources that cite them; and the lists of
 * 三张清单 (contract section 4.2): the needs communities raise, the resources units offer, and the
 * pairings that meet a need or use a resource.
 *
 * It is written as it is generated, one community at a time: what is held in memory is one
 * district's unit and community ids (for its alliances), never the city, so 1M nodes cost the
 * same memory as 10k. One seeded PRNG drives every choice in a fixed order, so the same options
 * give a byte-identical file.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import {
  ACTIVITY_NAMES,
  firmStem,
  INITIATIVE_NAMES,
  NEED_NAMES,
  NEED_WEIGHTS,
  placeStem,
  PROJECT_NAMES,
  PUBLICATIONS,
  RESOURCE_NAMES,
  RESULT_KINDS,
  SECTOR_OFFERS,
  STATION_KINDS,
  surname,
  UNIT_SUFFIXES,
} from "./names";
import { Random } from "./random";

export interface CityOptions {
  /** Top-level communities and villages; compounds, buildings and grids come on top. */
  communities: number;
  seed: string | number;
  /**
   * Communities of one more street in the first district, on top of `communities`: a level far wider
   * than the usual 20, for the cost of wide answers (orgTree of a street, a nested view). 0: none.
   */
  wideStreet?: number;
}

export interface CityCounts {
  nodes: number;
  links: number;
  districts: number;
  streets: number;
  communities: number;
}

export const COMMUNITIES_PER_STREET = 20;
export const STREETS_PER_DISTRICT = 25;
/** About 13 nodes come with each community (see generateCommunity); these give 10k, 100k and 1M nodes. */
export const SIZES: Readonly<Record<string, number>> = { "10k": 760, "100k": 7600, "1m": 76000, "10m": 760000 };
/** Share of communities that never get a pairing; expired and future pairings leave more unpaired at a given date. */
export const NEVER_PAIRED_SHARE = 0.28;
/**
 * How many needs a community lists and how many resources a unit offers. The articles' lists run from
 * 32 needs and 71 resources for 11 communities and 30 units (000 para 19) to 45 needs and 41 resources
 * (002 para 18, 44 projects), with about as many projects as needs. Here, 0.9 needs a community and
 * 0.35 resources a unit: at 760 communities 667 needs, 797 resources and 565 projects, between the two
 * articles' proportions, and the 10k preset stays near 10k nodes (11.5k).
 */
export const NEEDS_PER_COMMUNITY = { 0: 40, 1: 35, 2: 20, 3: 5 } as const;
export const RESOURCES_PER_UNIT = { 0: 70, 1: 25, 2: 5 } as const;
const NEED_STATUS = { open: 55, met: 35, withdrawn: 10 } as const;

const FIRST_YEAR = 2012;
const LAST_YEAR = 2029;
/** Lines are gathered and written in chunks of about this many characters, honouring back-pressure. */
const CHUNK = 1 << 16;

type Properties = Record<string, string | number | undefined>;
interface Citation {
  id: string;
  locator: string;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const yearOf = (date: string): number => Number(date.slice(0, 4));

const PAIRING_KINDS = { co_building: 40, dual_registration: 25, assistance: 10, liaison: 10, guidance: 10, other: 5 } as const;
const PAIRING_LABELS: Record<keyof typeof PAIRING_KINDS, string> = {
  co_building: "结对共建",
  dual_registration: "双报到",
  assistance: "帮扶",
  liaison: "包保联系",
  guidance: "指导",
  other: "合作",
};
const SECTORS = {
  enterprise: 30, government: 10, institution: 12, school: 10, finance: 6, service: 12, social: 8, university: 3, research: 3, other: 6,
} as const;
const ALLIANCE_NAMES = ["城市基层党建联盟", "红色物业联盟", "商圈党建联盟", "教育党建联盟", "医疗服务党建联盟"] as const;

/** Writes records as NDJSON lines and counts them. */
class Writer {
  nodes = 0;
  links = 0;
  private chunk = "";

  constructor(private readonly out: Writable) {}

  node(type: string, id: string, name: string, properties: Properties = {}, sources?: Citation[]): void {
    this.nodes += 1;
    this.line({ id, type, name, ...properties, sources });
  }

  link(type: string, from: string, to: string, properties: Properties = {}, sources?: Citation[]): void {
    this.links += 1;
    this.line({ type, from, to, ...properties, sources });
  }

  /** Writes what has gathered once it is a chunk; waits when the stream asks to. */
  async drain(force = false): Promise<void> {
    if (this.chunk.length < CHUNK && !force) return;
    const text = this.chunk;
    this.chunk = "";
    if (text && !this.out.write(text)) await once(this.out, "drain");
  }

  // Private: undefined properties are left out, so an optional property is absent rather than null.
  private line(record: Record<string, unknown>): void {
    for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
    this.chunk += `${JSON.stringify(record)}\n`;
  }
}

interface UnitRef {
  id: string;
  name: string;
  /** The party organization that leads it, when it has one. */
  partyOrg?: string;
  /** What it offers (its 资源清单), for the pairings that use them. */
  resources: { id: string; category: string }[];
}

interface NeedRef {
  id: string;
  category: string;
  status: keyof typeof NEED_STATUS;
  /** Whether a pairing MEETS it already. */
  met: boolean;
}

interface District {
  index: number;
  id: string;
  name: string;
  code: string;
  partyOrg: string;
  rural: boolean;
  sources: string[];
  initiatives: string[];
  units: UnitRef[];
  communities: string[];
}

interface Street {
  id: string;
  partyOrg: string;
  /** Units of the street so far: a pairing sometimes joins a community with a neighbour's unit. */
  units: UnitRef[];
}

/** Generates the city described by `options` into `out`; does not end the stream. */
export async function generateCity(options: CityOptions, out: Writable): Promise<CityCounts> {
  const communities = Math.floor(options.communities);
  if (!Number.isInteger(communities) || communities < 1) throw new RangeError(`communities must be a positive integer, got ${options.communities}`);
  // The lists draw from a PRNG of their own, so the rest of the city is what it was before they came.
  const wideStreet = options.wideStreet ?? 0;
  if (!Number.isInteger(wideStreet) || wideStreet < 0) throw new RangeError(`wideStreet must be a whole number, got ${options.wideStreet}`);
  const city = new CityGenerator(new Random(options.seed), new Random(`${options.seed}:lists`), new Writer(out));
  return city.generate(communities, wideStreet);
}

class CityGenerator {
  private citySources: string[] = [];
  private cityPartyOrg = "po-area-city";
  private communityIndex = 0;

  constructor(
    private readonly random: Random,
    private readonly lists: Random,
    private readonly w: Writer,
  ) {}

  async generate(communities: number, wideStreet: number): Promise<CityCounts> {
    const { random: r, w } = this;
    const streets = Math.ceil(communities / COMMUNITIES_PER_STREET);
    const districts = Math.ceil(streets / STREETS_PER_DISTRICT);
    const cityName = `${placeStem(r)}市`;

    for (let k = 1; k <= 3; k++) {
      const id = `src-city-${k}`;
      const date = r.date(2018, 2026);
      w.node("Source", id, `${cityName}${PUBLICATIONS[k % PUBLICATIONS.length]} ${date}`, { publication: `${cityName}${PUBLICATIONS[k % PUBLICATIONS.length]}`, date, uri: `https://news.example.cn/city/${k}` });
      this.citySources.push(id);
    }
    w.node("Area", "area-city", cityName, { level: "city", code: "379900" }, this.cite(1));
    w.node("PartyOrganization", this.cityPartyOrg, `中共${cityName}委组织部`, { level: "working_committee" });
    w.link("LEADS", this.cityPartyOrg, "area-city");

    let remaining = communities;
    for (let d = 1; d <= districts; d++) {
      const inDistrict = Math.min(remaining, STREETS_PER_DISTRICT * COMMUNITIES_PER_STREET);
      remaining -= inDistrict;
      await this.generateDistrict(d, inDistrict, d === 1 ? wideStreet : 0);
    }
    await w.drain(true);
    return { nodes: w.nodes, links: w.links, districts, streets: streets + (wideStreet ? 1 : 0), communities: communities + wideStreet };
  }

  /** A citation of one of the known sources with probability p, else none. */
  private cite(p: number, district?: District, random: Random = this.random): Citation[] | undefined {
    if (!random.chance(p)) return undefined;
    const pool = district && random.chance(0.8) ? district.sources : this.citySources;
    return [{ id: random.pick(pool), locator: `para ${random.int(1, 30)}` }];
  }

  private async generateDistrict(index: number, communities: number, wideStreet: number): Promise<void> {
    const { random: r, w } = this;
    const code = `379${pad(index, 3)}`;
    const rural = index % 3 === 0;
    const name = `${placeStem(r)}${rural ? "县" : "区"}`;
    const district: District = {
      index, id: `area-d${pad(index, 3)}`, name, code, partyOrg: `po-area-d${pad(index, 3)}`, rural,
      sources: [], initiatives: [], units: [], communities: [],
    };
    for (let k = 1; k <= 4; k++) {
      const id = `${district.id.replace("area-", "src-")}-${k}`;
      const publication = `${name}${r.pick(PUBLICATIONS)}`;
      const date = r.date(2016, 2026);
      w.node("Source", id, `${publication} ${date}`, { publication, date, uri: `https://news.example.cn/${code}/${k}` });
      district.sources.push(id);
    }
    w.node("Area", district.id, name, { level: "district", code }, this.cite(0.5, district));
    w.link("PART_OF", district.id, "area-city");
    w.node("PartyOrganization", district.partyOrg, `中共${name}委`, { level: "committee" });
    w.link("LEADS", district.partyOrg, district.id);
    w.link("PART_OF", district.partyOrg, this.cityPartyOrg);

    for (let k = 1; k <= 2; k++) {
      const id = `ini-d${pad(index, 3)}-${k}`;
      w.node("Initiative", id, `${name}“${r.pick(INITIATIVE_NAMES)}”工作法`, {}, this.cite(0.6, district));
      w.link("ADOPTS", district.id, id, { since: r.date(2015, 2024) }, this.cite(0.3, district));
      const value = r.int(20, 400);
      w.node("Result", `res-${id}`, "共建单位数量", { nameEn: "co-building units", value, unit: "家", date: r.date(2019, 2026) }, this.cite(0.7, district));
      w.link("PRODUCED", id, `res-${id}`);
      district.initiatives.push(id);
    }

    const streets = Math.ceil(communities / COMMUNITIES_PER_STREET);
    let left = communities;
    // The wide street comes last, so every other street is the one the same seed gives without it.
    for (let s = 1; s <= streets + (wideStreet ? 1 : 0); s++) {
      const here = s > streets ? wideStreet : Math.min(left, COMMUNITIES_PER_STREET);
      left -= s > streets ? 0 : here;
      const town = r.chance(rural ? 0.7 : 0.2);
      const street: Street = { id: `${district.id}-s${pad(s, 2)}`, partyOrg: `po-${district.id}-s${pad(s, 2)}`, units: [] };
      const streetName = `${placeStem(r)}${town ? "镇" : "街道"}`;
      w.node("Area", street.id, streetName, { level: town ? "town" : "street", code: `${code}${pad(s, 3)}` }, this.cite(0.3, district));
      w.link("PART_OF", street.id, district.id);
      w.node("PartyOrganization", street.partyOrg, `${streetName}党${town ? "委" : "工委"}`, { level: town ? "committee" : "working_committee" });
      w.link("LEADS", street.partyOrg, street.id);
      w.link("PART_OF", street.partyOrg, district.partyOrg);
      for (const initiative of district.initiatives) {
        if (r.chance(0.3)) w.link("ADOPTS", street.id, initiative, { since: r.date(2016, 2025) });
      }
      for (let c = 0; c < here; c++) {
        this.generateCommunity(district, street, town);
        await w.drain();
      }
    }

    const alliances = 1 + Math.floor((communities + wideStreet) / 150);
    for (let a = 1; a <= alliances; a++) this.generateAlliance(district, a);
    await w.drain();
  }

  private generateCommunity(district: District, street: Street, town: boolean): void {
    const { random: r, w } = this;
    const index = ++this.communityIndex;
    const key = pad(index, 6);
    const id = `com-${key}`;
    const village = town && r.chance(0.8);
    const level = village ? "village" : r.chance(0.03) ? "business_district" : "community";
    const name = `${placeStem(r)}${village ? "村" : level === "business_district" ? "商圈" : "社区"}`;
    w.node("Community", id, name, { level }, this.cite(0.2, district));
    w.link("PART_OF", id, street.id);
    district.communities.push(id);

    const partyOrg = `po-${id}`;
    const poLevel = r.weighted({ committee: 3, general_branch: 3, branch: 4 });
    w.node("PartyOrganization", partyOrg, `${name}${poLevel === "committee" ? "党委" : poLevel === "general_branch" ? "党总支" : "党支部"}`, { level: poLevel });
    w.link("LEADS", partyOrg, id);
    w.link("PART_OF", partyOrg, street.partyOrg);

    if (!village && r.chance(0.2)) {
      for (let k = 1, n = r.int(1, 3); k <= n; k++) {
        const compound = `${id}-c${k}`;
        w.node("Community", compound, `${placeStem(r)}小区`, { level: "compound" });
        w.link("PART_OF", compound, id);
        if (r.chance(0.3)) {
          w.node("Community", `${compound}-b1`, `${r.int(1, 30)}号楼`, { level: "building" });
          w.link("PART_OF", `${compound}-b1`, compound);
        }
      }
    }
    if (r.chance(village ? 0.15 : 0.25)) {
      for (let k = 1, n = r.int(2, 4); k <= n; k++) {
        const grid = `${id}-g${k}`;
        w.node("Community", grid, `${name}第${k}网格`, { level: "grid" });
        w.link("PART_OF", grid, id);
        if (r.chance(0.5)) {
          w.node("PartyOrganization", `po-${grid}`, `${name}第${k}网格党小组`, { level: "group" });
          w.link("LEADS", `po-${grid}`, grid);
          w.link("PART_OF", `po-${grid}`, partyOrg);
        }
      }
    }
    if (r.chance(0.05)) {
      w.node("PartyOrganization", `${partyOrg}-h`, `${surname(r)}${placeStem(r)}党员中心户`, { level: "central_household" });
      w.link("PART_OF", `${partyOrg}-h`, partyOrg);
    }
    if (r.chance(0.3)) {
      const kind = r.pick(STATION_KINDS);
      w.node("ServiceStation", `stn-${key}`, `${name}${kind}`, { kind }, this.cite(0.2, district));
      w.link("PART_OF", `stn-${key}`, id);
      w.link("LEADS", partyOrg, `stn-${key}`);
    }

    const units: UnitRef[] = [];
    for (let k = 1, n = r.int(1, 5); k <= n; k++) {
      const sector = r.weighted(SECTORS);
      const unit: UnitRef = { id: `unit-${key}-${k}`, name: `${sector === "enterprise" ? firmStem(r) : placeStem(r)}${r.pick(UNIT_SUFFIXES[sector])}`, resources: [] };
      w.node("Unit", unit.id, unit.name, { sector, creditCode: `91${district.code}${key}${pad(k, 2)}X` }, this.cite(0.1, district));
      w.link("PART_OF", unit.id, street.id);
      if (r.chance(0.6)) {
        unit.partyOrg = `po-${unit.id}`;
        const big = sector === "government" || sector === "university";
        w.node("PartyOrganization", unit.partyOrg, `${unit.name}${big ? "党委" : "党支部"}`, { level: big ? "committee" : "branch" });
        w.link("LEADS", unit.partyOrg, unit.id);
        w.link("PART_OF", unit.partyOrg, street.partyOrg);
      }
      this.generateResources(district, unit, sector);
      units.push(unit);
    }
    const needs = this.generateNeeds(district, { id, partyOrg });

    if (!r.chance(NEVER_PAIRED_SHARE)) {
      const pairings = 1 + Number(r.chance(0.4)) + Number(r.chance(0.15));
      for (let j = 1; j <= pairings; j++) this.generatePairing(district, street, { id, name, partyOrg, needs }, units, `${key}-${j}`);
    }
    // Neighbours for later communities' pairings, bounded to the street.
    street.units.push(...units);
    district.units.push(...units);
  }

  /** What a unit offers: offered by it or by its party organization, some no longer offered. */
  private generateResources(district: District, unit: UnitRef, sector: string): void {
    const { lists: l, w } = this;
    for (let k = 1, n = Number(l.weighted(RESOURCES_PER_UNIT)); k <= n; k++) {
      const id = `res-${unit.id}-${k}`;
      const category = l.weighted(SECTOR_OFFERS[sector]);
      const since = l.date(2015, 2025);
      const until = l.chance(0.15) ? l.date(yearOf(since) + 1, LAST_YEAR) : undefined;
      w.node("Resource", id, l.pick(RESOURCE_NAMES[category]), { category, since, until }, this.cite(0.1, district, l));
      w.link("OFFERS", unit.partyOrg && l.chance(0.3) ? unit.partyOrg : unit.id, id);
      unit.resources.push({ id, category });
    }
  }

  /** A community's list of needs, raised by it or by its party organization: open, met or withdrawn. */
  private generateNeeds(district: District, community: { id: string; partyOrg: string }): NeedRef[] {
    const { lists: l, w } = this;
    const needs: NeedRef[] = [];
    for (let k = 1, n = Number(l.weighted(NEEDS_PER_COMMUNITY)); k <= n; k++) {
      const id = `need-${community.id}-${k}`;
      const category = l.weighted(NEED_WEIGHTS);
      const status = l.weighted(NEED_STATUS);
      const since = l.date(2016, 2026);
      const until = status !== "open" && l.chance(0.5) ? l.date(yearOf(since) + 1, Math.min(yearOf(since) + 3, LAST_YEAR)) : undefined;
      w.node("Need", id, l.pick(NEED_NAMES[category]), { category, since, until, status }, this.cite(0.1, district, l));
      w.link("RAISED", l.chance(0.6) ? community.id : community.partyOrg, id);
      needs.push({ id, category, status, met: false });
    }
    return needs;
  }

  private generatePairing(
    district: District,
    street: Street,
    community: { id: string; name: string; partyOrg: string; needs: NeedRef[] },
    units: UnitRef[],
    key: string,
  ): void {
    const { random: r, w } = this;
    const id = `pair-${key}`;
    const kind = r.weighted(PAIRING_KINDS);
    // Mostly since 2012-2026; a few start in the future. Until: open, past (expired) or future.
    const since = r.chance(0.05) ? r.date(2027, LAST_YEAR) : r.date(FIRST_YEAR, 2026);
    const until = r.chance(0.45) ? undefined : r.date(yearOf(since) + 1, Math.min(yearOf(since) + 6, LAST_YEAR + 1));
    const unit = street.units.length && r.chance(0.2) ? r.pick(street.units) : r.pick(units);
    w.node("Pairing", id, `${community.name}与${unit.name}${PAIRING_LABELS[kind]}`, { kind, since, until }, this.cite(0.5, district));

    const dual = kind === "dual_registration";
    w.link("PARTY_TO", r.chance(0.6) ? community.partyOrg : community.id, id, { role: dual ? "报到社区" : "共建社区" }, this.cite(0.1, district));
    w.link("PARTY_TO", unit.partyOrg && r.chance(0.5) ? unit.partyOrg : unit.id, id, { role: dual ? "报到单位" : kind === "assistance" ? "帮扶单位" : "共建单位" }, this.cite(0.1, district));
    if (r.chance(0.1)) w.link("PARTY_TO", street.partyOrg, id, { role: "指导单位" });
    this.listLinks(id, community.needs, unit);

    if (r.chance(0.45)) {
      for (let k = 1, n = r.int(1, 2); k <= n; k++) {
        const project = `proj-${key}-${k}`;
        const started = r.date(Math.min(yearOf(since), 2026), Math.min(yearOf(since) + 2, LAST_YEAR));
        const ended = r.chance(0.5) ? r.date(yearOf(started) + 1, yearOf(started) + 3) : undefined;
        w.node("Project", project, `${community.name}${r.pick(PROJECT_NAMES)}`, { started, ended }, this.cite(0.3, district));
        w.link("RUNS", id, project);
        for (let m = 1, a = r.int(1, 2); m <= a; m++) {
          const activity = `act-${key}-${k}-${m}`;
          this.activity(district, activity, community.name, yearOf(started));
          w.link("HELD", project, activity);
          if (r.chance(0.5)) this.result(district, `res-${key}-${k}-${m}`, activity, yearOf(started));
        }
        if (r.chance(0.4)) this.result(district, `res-${key}-${k}`, project, yearOf(started));
      }
    }
    if (r.chance(0.3)) {
      this.activity(district, `act-${key}-h`, community.name, yearOf(since));
      w.link("HELD", id, `act-${key}-h`);
    }
    if (r.chance(0.2)) this.result(district, `res-${key}`, id, yearOf(since));
  }

  /** The pairing meets one of the community's met needs (one pairing each) and uses what its unit offers. */
  private listLinks(pairing: string, needs: NeedRef[], unit: UnitRef): void {
    const { lists: l, w } = this;
    const need = needs.find((n) => n.status === "met" && !n.met);
    if (need && l.chance(0.7)) {
      need.met = true;
      w.link("MEETS", pairing, need.id);
    }
    const fit = unit.resources.find((res) => res.category === need?.category) ?? (unit.resources.length && l.chance(0.4) ? l.pick(unit.resources) : undefined);
    if (fit) w.link("USES", pairing, fit.id);
  }

  private activity(district: District, id: string, place: string, year: number): void {
    this.w.node("Activity", id, `${place}${this.random.pick(ACTIVITY_NAMES)}`, { date: this.random.date(year, Math.min(year + 2, LAST_YEAR)), times: this.random.int(1, 24) }, this.cite(0.2, district));
  }

  private result(district: District, id: string, producer: string, year: number): void {
    const [name, unit] = this.random.pick(RESULT_KINDS);
    const value = unit === "%" ? this.random.int(80, 100) : unit === "万元" ? this.random.int(1, 500) / 10 : this.random.int(1, 2000);
    this.w.node("Result", id, name, { value, unit, date: this.random.date(year, Math.min(year + 2, LAST_YEAR)) }, this.cite(0.4, district));
    this.w.link("PRODUCED", producer, id, {}, this.cite(0.2, district));
  }

  /** An alliance led by the district committee, with members from the district's units and communities. */
  private generateAlliance(district: District, index: number): void {
    const { random: r, w } = this;
    const id = `all-d${pad(district.index, 3)}-${index}`;
    const founded = r.date(2015, 2023);
    w.node("Alliance", id, `${district.name}${r.pick(ALLIANCE_NAMES)}${index > 1 ? `（${index}）` : ""}`, { founded }, this.cite(0.6, district));
    w.link("LEADS", district.partyOrg, id);

    const wanted = Math.min(r.int(8, 30), district.units.length + district.communities.length);
    const chosen = new Set<string>();
    while (chosen.size < wanted) {
      if (r.chance(0.15) || district.units.length === 0) chosen.add(r.pick(district.communities));
      else {
        const unit = r.pick(district.units);
        chosen.add(unit.partyOrg && r.chance(0.2) ? unit.partyOrg : unit.id);
      }
    }
    let rank = 0;
    for (const member of chosen) {
      const role = rank === 0 ? "常任理事长单位" : rank < 3 ? "理事单位" : "成员单位";
      rank += 1;
      const since = rank <= 3 ? founded : r.date(yearOf(founded), 2026);
      const until = rank > 3 && r.chance(0.2) ? r.date(yearOf(since) + 1, LAST_YEAR) : undefined;
      w.link("MEMBER_OF", member, id, { role, since, until }, this.cite(0.2, district));
    }
    // A reported member count, larger than the members the graph names, as news reports give it.
    for (let k = 1, n = r.int(1, 2); k <= n; k++) {
      w.node("Result", `res-${id}-${k}`, "成员单位数量", { nameEn: "member units", value: wanted + r.int(0, 40), unit: "家", date: r.date(yearOf(founded) + 1, 2026) }, this.cite(0.8, district));
      w.link("PRODUCED", id, `res-${id}-${k}`);
    }
    this.activity(district, `act-${id}`, district.name, yearOf(founded));
    w.link("HELD", id, `act-${id}`);
    if (r.chance(0.5)) {
      const project = `proj-${id}`;
      w.node("Project", project, `${district.name}${r.pick(PROJECT_NAMES)}`, { started: r.date(yearOf(founded), 2026) });
      w.link("RUNS", id, project);
    }
  }
}
