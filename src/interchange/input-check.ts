/**
 * The checks of an import that need the whole input and the graph, fed one record at a time in
 * the input's order: an id defined twice, a link given twice, a reference to an id of the wrong
 * type or to one neither the input nor the graph holds. (What a line needs only itself for is
 * records.ts.) `validate` in import.ts feeds it parsed lines; the bulk importer's parallel pass
 * feeds it what its workers found, without making an object per record.
 */
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, NodeType } from "../graph/model";
import type { LinkType } from "../graph/model";
import type { ParsedLine, Reference } from "./records";
import { DefinedIds, SeenLinks } from "./seen";

/** Refusals list at most this many lines; the count says how many more there were. */
const MAX_LISTED_PROBLEMS = 200;
/** Ids asked of the graph per query. */
const IDS_PER_QUERY = 50_000;

/**
 * The graph an input is checked against: a driver to look the input's ids up in it, or "empty"
 * when the caller has just seen it hold no node (the bulk importer, whose server is stopped for
 * neo4j-admin while the check runs), so there is nothing to look up.
 */
export type GraphToCheck = Driver | "empty";

export interface LineProblem {
  file: string;
  line: number;
  reason: string;
}

export interface Checked {
  problems: LineProblem[];
  total: number;
  records: number;
  /** The type of every id the input mentions that the graph already holds. */
  inGraph: ReadonlyMap<string, string>;
}

interface Pending {
  file: string;
  line: number;
  reference: Reference;
}

const aOrAn = (word: string): string => `${/^[AEIO]/.test(word) ? "an" : "a"} ${word}`;

const twice = (r: { type: string; from: string; to: string }): string => `${r.type} link from "${r.from}" to "${r.to}" appears twice in the input`;

export class InputCheck {
  private readonly problems: LineProblem[] = [];
  private total = 0;
  private records = 0;
  private readonly defined: DefinedIds;
  private readonly links: SeenLinks;
  // A reference to an id defined further up is checked at once; the rest wait until every node of
  // the files is known (a link may come first) and the graph has been asked. Files that list nodes
  // before links, as exports and the synthetic city do, leave nothing waiting: at a province's size
  // that list was millions of objects.
  private readonly pending: Pending[] = [];

  /** `progress` hears the count of records every 10,000. */
  constructor(
    private readonly files: readonly string[],
    private readonly progress?: (records: number) => void,
  ) {
    this.defined = new DefinedIds(files);
    this.links = new SeenLinks(this.defined);
  }

  report(file: string, line: number, reason: string): void {
    this.total += 1;
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ file, line, reason });
  }

  /** A line as records.ts parsed it. */
  line(file: string, line: number, parsed: ParsedLine): void {
    if (!parsed.ok) {
      for (const reason of parsed.reasons) this.report(file, line, reason);
      return;
    }
    const record = parsed.record;
    if (!record) return;
    if (record.kind === "node") this.node(file, line, record.id, record.type);
    else this.link(file, line, record.type, record.from, record.to);
    for (const reference of parsed.references) this.reference(file, line, reference);
  }

  node(file: string, line: number, id: string, type: NodeType): void {
    this.counted();
    const earlier = this.defined.define(id, type, { file, line });
    if (earlier) this.report(file, line, `id "${id}" is already defined at ${earlier.file}:${earlier.line}`);
  }

  link(file: string, line: number, type: LinkType, from: string, to: string): void {
    this.counted();
    if (!this.links.add(type, from, to, { file, line })) this.report(file, line, twice({ type, from, to }));
  }

  reference(file: string, line: number, reference: Reference): void {
    const known = this.defined.typeOf(reference.id);
    if (known) this.checkReference(file, line, reference, known);
    else this.pending.push({ file, line, reference });
  }

  private counted(): void {
    this.records += 1;
    if (this.records % 10000 === 0) this.progress?.(this.records);
  }

  private checkReference(file: string, line: number, ref: Reference, type: string | undefined): void {
    if (!type) this.report(file, line, `${ref.role} "${ref.id}" is neither in the input nor in the graph`);
    else if (!ref.allowed.includes(type as NodeType)) this.report(file, line, `${ref.role} "${ref.id}" is ${aOrAn(type)}; expected ${ref.allowed.join(" or ")}`);
  }

  /** Once every line is in: what the graph says of the input's ids, and every problem, in input order. */
  async finish(graph: GraphToCheck): Promise<Checked> {
    const { defined, pending } = this;
    for (const link of this.links.settle()) this.report(link.place.file, link.place.line, twice(link));
    // Ids the files define must not exist in the graph as another type; ids they only reference must exist.
    const referencedElsewhere = [...new Set(pending.map((p) => p.reference.id).filter((id) => !defined.has(id)))];
    const inGraph = graph === "empty" ? new Map<string, string>() : await typesInGraph(graph, [...defined.ids(), ...referencedElsewhere]);
    if (inGraph.size) {
      for (const [id, type, { file, line }] of defined.entries()) {
        const existing = inGraph.get(id);
        if (existing && existing !== type) this.report(file, line, `id "${id}" is already ${aOrAn(existing)} in the graph, not ${aOrAn(type)}`);
      }
    }
    for (const { file, line, reference } of pending) this.checkReference(file, line, reference, defined.typeOf(reference.id) ?? inGraph.get(reference.id));
    const { files, problems } = this;
    problems.sort((a, b) => (a.file === b.file ? a.line - b.line : files.indexOf(a.file) - files.indexOf(b.file)));
    return { problems, total: this.total, records: this.records, inGraph };
  }
}

const TYPES_BY_ID = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS type`;

async function typesInGraph(driver: Driver, ids: string[]): Promise<Map<string, string>> {
  const types = new Map<string, string>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const { records } = await driver.executeQuery(TYPES_BY_ID, { ids: ids.slice(i, i + IDS_PER_QUERY) }, { routing: "READ" });
    for (const r of records) types.set(r.get("id"), r.get("type"));
  }
  return types;
}
