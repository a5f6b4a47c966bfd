/**
 * The four registers of contract 4.3: their columns under Chinese and English headers, which of
 * them a sheet must have, and how a cell of each is read. The header row matches a column by any of
 * its names, in any order, after normalization (全角 letters, spaces and case do not matter).
 */
import { NodeType, ORGANIZATION_TYPES } from "../../graph/model";
import { normalizeText } from "./values";

/** How a column's cells are read (values.ts) or resolved against the graph (resolve-names.ts). */
export type ColumnKind = "party" | "text" | "date" | "kind" | "category" | "status";

export interface ColumnSpec {
  /** The key records are built from. */
  key: string;
  zh: string;
  en: string;
  /** Other headers registers use for it. */
  aliases?: string[];
  kind: ColumnKind;
  required: boolean;
  /** For a party column: the node types a name may resolve to, and what --create-missing creates. */
  types?: readonly NodeType[];
  creates?: "Unit" | "Community";
  /** An example value for the template's example row. */
  example: string;
}

export interface TemplateSpec {
  name: TemplateName;
  /** What a row states, for messages and the template's title. */
  title: string;
  columns: ColumnSpec[];
}

export const TEMPLATE_NAMES = ["pairings", "members", "needs", "resources"] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export function isTemplateName(name: unknown): name is TemplateName {
  return typeof name === "string" && (TEMPLATE_NAMES as readonly string[]).includes(name);
}

const UNIT_SIDE: NodeType[] = ["Unit", "PartyOrganization"];
const COMMUNITY_SIDE: NodeType[] = ["Community", "PartyOrganization"];

export const TEMPLATES: Record<TemplateName, TemplateSpec> = {
  pairings: {
    name: "pairings",
    title: "结对共建/双报到台账 pairings",
    columns: [
      { key: "unit", zh: "单位", en: "unit", aliases: ["单位名称", "报到单位", "共建单位"], kind: "party", required: true, types: UNIT_SIDE, creates: "Unit", example: "示例区人民医院" },
      { key: "community", zh: "社区", en: "community", aliases: ["社区名称", "报到社区", "共建社区"], kind: "party", required: true, types: COMMUNITY_SIDE, creates: "Community", example: "示例社区" },
      { key: "kind", zh: "类型", en: "kind", aliases: ["共建类型", "结对类型"], kind: "kind", required: true, example: "双报到" },
      { key: "since", zh: "开始", en: "since", aliases: ["开始时间", "报到时间", "结对时间"], kind: "date", required: false, example: "2024-03-05" },
      { key: "until", zh: "结束", en: "until", aliases: ["结束时间"], kind: "date", required: false, example: "" },
    ],
  },
  members: {
    name: "members",
    title: "党建联盟成员名单 alliance members",
    columns: [
      { key: "alliance", zh: "联盟", en: "alliance", aliases: ["联盟名称", "党建联盟"], kind: "party", required: true, types: ["Alliance"], example: "示例党建联盟" },
      { key: "member", zh: "成员", en: "member", aliases: ["成员单位", "单位"], kind: "party", required: true, types: ORGANIZATION_TYPES, creates: "Unit", example: "示例供电公司" },
      { key: "role", zh: "角色", en: "role", aliases: ["职务", "成员角色"], kind: "text", required: false, example: "常任理事长单位" },
      { key: "since", zh: "加入", en: "since", aliases: ["加入时间"], kind: "date", required: false, example: "2023年9月" },
      { key: "until", zh: "退出", en: "until", aliases: ["退出时间"], kind: "date", required: false, example: "" },
    ],
  },
  needs: {
    name: "needs",
    title: "需求清单 needs",
    columns: [
      { key: "community", zh: "社区", en: "community", aliases: ["社区名称", "提出社区"], kind: "party", required: true, types: COMMUNITY_SIDE, creates: "Community", example: "示例社区" },
      { key: "need", zh: "需求", en: "need", aliases: ["需求名称", "需求内容"], kind: "text", required: true, example: "老年助餐点志愿者" },
      { key: "category", zh: "类别", en: "category", aliases: ["需求类别", "分类"], kind: "category", required: false, example: "养老" },
      { key: "since", zh: "提出", en: "since", aliases: ["提出时间"], kind: "date", required: false, example: "2024.03" },
      { key: "status", zh: "状态", en: "status", aliases: ["办理状态"], kind: "status", required: false, example: "待认领" },
    ],
  },
  resources: {
    name: "resources",
    title: "资源清单 resources",
    columns: [
      { key: "unit", zh: "单位", en: "unit", aliases: ["单位名称", "提供单位"], kind: "party", required: true, types: ["Unit", "PartyOrganization", "Alliance"], creates: "Unit", example: "示例区人民医院" },
      { key: "resource", zh: "资源", en: "resource", aliases: ["资源名称", "资源内容"], kind: "text", required: true, example: "义诊进社区" },
      { key: "category", zh: "类别", en: "category", aliases: ["资源类别", "分类"], kind: "category", required: false, example: "医疗" },
      { key: "since", zh: "提供", en: "since", aliases: ["提供时间"], kind: "date", required: false, example: "2024/3/5" },
    ],
  },
};

/** Headers compared as normalized, case-folded text without spaces or a "/" between zh and en. */
const foldHeader = (text: string): string => normalizeText(text).toLowerCase().replace(/\s+/g, "");

/** The header a template writes: "单位/unit". */
export const headerOf = (column: ColumnSpec): string => `${column.zh}/${column.en}`;

export interface HeaderMatch {
  /** Column key → its 0-based index in the sheet. */
  indexes: Map<string, number>;
  unknown: { index: number; header: string }[];
  missing: ColumnSpec[];
  duplicated: { column: ColumnSpec; headers: string[] }[];
}

/** Matches a header row against a template: every name of a column, and "中文/english" as the template writes it. */
export function matchHeaders(template: TemplateSpec, headers: readonly string[]): HeaderMatch {
  const byName = new Map<string, ColumnSpec>();
  for (const column of template.columns) {
    for (const name of [column.zh, column.en, headerOf(column), `${column.en}/${column.zh}`, ...(column.aliases ?? [])]) byName.set(foldHeader(name), column);
  }
  const indexes = new Map<string, number>();
  const seen = new Map<string, string[]>();
  const unknown: HeaderMatch["unknown"] = [];
  headers.forEach((header, index) => {
    if (normalizeText(header) === "") return;
    const column = byName.get(foldHeader(header));
    if (!column) return void unknown.push({ index, header });
    seen.set(column.key, [...(seen.get(column.key) ?? []), header]);
    if (!indexes.has(column.key)) indexes.set(column.key, index);
  });
  const duplicated = template.columns.filter((c) => (seen.get(c.key)?.length ?? 0) > 1).map((column) => ({ column, headers: seen.get(column.key)! }));
  const missing = template.columns.filter((c) => c.required && !indexes.has(c.key));
  return { indexes, unknown, missing, duplicated };
}

/** The example row a template carries starts with this mark, and the import skips it. */
export const EXAMPLE_MARK = "(示例 example)";

export function isExampleRow(firstCell: string): boolean {
  return normalizeText(firstCell).startsWith(EXAMPLE_MARK);
}
