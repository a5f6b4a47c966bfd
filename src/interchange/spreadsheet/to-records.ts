/**
 * A register's rows, their names resolved, as interchange records (the NDJSON shape of contract
 * section 2), each citing the file's Source at `row N`. Ids are derived from what a row states, never
 * from where it stands: a pairing from its parties, kind and start, a need or resource from who holds
 * it and its name, a created unit or community from its area and name. Importing the same sheet
 * again therefore upserts the same records, and a corrected row updates its record in place.
 * A membership is a MEMBER_OF link, already identified by its alliance and member.
 */
import crypto from "node:crypto";
import { RowProblem } from "./problems";
import type { ParsedRow } from "./read-rows";
import { requestKey, Resolution } from "./resolve-names";
import { ColumnSpec, headerOf, TemplateSpec } from "./templates";

export interface RecordContext {
  sourceId: string;
  /** Starts every id this import makes (tests keep their data apart by it; normally empty). */
  idPrefix: string;
  /** Where --create-missing puts units and communities no node matches; absent: no creating. */
  createUnder?: string;
}

export interface Row {
  line: number;
  record: Record<string, unknown>;
}

export interface SheetRecords {
  records: Row[];
  problems: RowProblem[];
  created: { id: string; type: string; name: string; row: number }[];
}

/** 64 bits of SHA-256 over what identifies a record: collisions are out of reach for any register. */
export function stableHash(parts: readonly (string | undefined)[]): string {
  return crypto.createHash("sha256").update(JSON.stringify(parts.map((p) => p ?? ""))).digest("hex").slice(0, 16);
}

const KIND_NAME: Record<string, string> = {
  co_building: "共驻共建",
  dual_registration: "双报到",
  assistance: "帮扶",
  liaison: "联系",
  guidance: "指导",
  other: "结对",
};

/** Drops the properties a row left empty: the interchange omits them rather than storing nulls. */
const defined = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function toRecords(template: TemplateSpec, rows: readonly ParsedRow[], resolutions: ReadonlyMap<string, Resolution>, context: RecordContext): SheetRecords {
  const out: SheetRecords = { records: [], problems: [], created: [] };
  const createdIds = new Map<string, { id: string; name: string }>();
  const firstRowOf = new Map<string, number>();
  const cite = (row: number) => [{ id: context.sourceId, locator: `row ${row}` }];
  const party = (key: string) => template.columns.find((c) => c.key === key)!;

  /** The id a party cell names, or a problem at its row. */
  const resolve = (row: ParsedRow, column: ColumnSpec): { id: string; name: string } | undefined => {
    const value = row.values[column.key]!;
    const resolution = resolutions.get(requestKey({ value, types: column.types! }));
    const problem = (reason: string, extra: Partial<RowProblem> = {}): undefined => {
      out.problems.push({ row: row.row, column: headerOf(column), value, reason, ...extra });
      return undefined;
    };
    switch (resolution?.status) {
      case "found":
        return { id: resolution.id, name: resolution.name };
      case "wrong_type":
        return problem(`is the id of ${resolution.candidate.type} ${resolution.candidate.name}; this column takes ${column.types!.join(" or ")}`);
      case "ambiguous":
        return problem(`matches ${resolution.candidates.length} nodes by ${resolution.by}: write the id of the one meant`, { candidates: resolution.candidates });
      default: {
        if (!context.createUnder || !column.creates) {
          const hint = column.creates ? " (--create-missing with --area creates it)" : "";
          return problem(`matches no ${column.types!.join(" or ")} by id, name or alias${hint}`);
        }
        const key = `${column.creates}\u0000${value}`;
        let created = createdIds.get(key);
        if (!created) {
          created = { id: `${context.idPrefix}${column.creates.toLowerCase()}-${stableHash([context.createUnder, column.creates, value])}`, name: value };
          createdIds.set(key, created);
          out.created.push({ id: created.id, type: column.creates, name: value, row: row.row });
          out.records.push({ line: row.row, record: { id: created.id, type: column.creates, name: value, sources: cite(row.row) } });
          out.records.push({ line: row.row, record: { type: "PART_OF", from: created.id, to: context.createUnder, sources: cite(row.row) } });
        }
        return created;
      }
    }
  };

  /** A second row stating the same record would silently overwrite the first: refused instead. */
  const once = (row: ParsedRow, identity: string, what: string): boolean => {
    const first = firstRowOf.get(identity);
    if (first !== undefined) {
      out.problems.push({ row: row.row, reason: `repeats row ${first}: ${what}` });
      return false;
    }
    firstRowOf.set(identity, row.row);
    return true;
  };

  for (const row of rows) {
    const v = row.values;
    if (row.bad) {
      // Only its names are checked, to report them too; a bad row makes no records.
      for (const column of template.columns) if (column.kind === "party" && v[column.key] !== undefined) resolve(row, column);
      continue;
    }
    const src = cite(row.row);
    switch (template.name) {
      case "pairings": {
        const unit = resolve(row, party("unit"));
        const community = resolve(row, party("community"));
        if (!unit || !community) break;
        const id = `${context.idPrefix}pairing-${stableHash(["pairing", ...[unit.id, community.id].sort(), v.kind, v.since])}`;
        if (!once(row, id, "the same unit, community, kind and start")) break;
        out.records.push({
          line: row.row,
          record: defined({ id, type: "Pairing", name: `${unit.name}与${community.name}${KIND_NAME[v.kind!]}`, kind: v.kind, since: v.since, until: v.until, sources: src }),
        });
        for (const from of [unit.id, community.id]) out.records.push({ line: row.row, record: { type: "PARTY_TO", from, to: id, sources: src } });
        break;
      }
      case "members": {
        const alliance = resolve(row, party("alliance"));
        const member = resolve(row, party("member"));
        if (!alliance || !member) break;
        if (!once(row, `${member.id}\u0000${alliance.id}`, "the same member of the same alliance")) break;
        out.records.push({ line: row.row, record: defined({ type: "MEMBER_OF", from: member.id, to: alliance.id, role: v.role, since: v.since, until: v.until, sources: src }) });
        break;
      }
      case "needs":
      case "resources": {
        const isNeed = template.name === "needs";
        const holder = resolve(row, party(isNeed ? "community" : "unit"));
        if (!holder) break;
        const name = v[isNeed ? "need" : "resource"]!;
        const type = isNeed ? "Need" : "Resource";
        const id = `${context.idPrefix}${type.toLowerCase()}-${stableHash([type, holder.id, name])}`;
        if (!once(row, id, `the same ${isNeed ? "need of the same community" : "resource of the same unit"}`)) break;
        out.records.push({ line: row.row, record: defined({ id, type, name, category: v.category, since: v.since, status: isNeed ? v.status : undefined, sources: src }) });
        out.records.push({ line: row.row, record: { type: isNeed ? "RAISED" : "OFFERS", from: holder.id, to: id, sources: src } });
        break;
      }
    }
  }
  return out;
}
