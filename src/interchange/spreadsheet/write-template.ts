/**
 * An empty register for a template: its header row ("单位/unit", as the import reads it), one example
 * row marked as such (the import skips it), drop-down lists on the kind, category and status
 * columns, and a second sheet explaining each column. The import reads only the first sheet.
 */
import ExcelJS from "exceljs";
import { CATEGORIES } from "../../graph/model";
import { ColumnSpec, EXAMPLE_MARK, headerOf, TemplateName, TEMPLATES } from "./templates";
import { CATEGORY_WORDS, KIND_WORDS, STATUS_WORDS } from "./values";

/** Rows below the header that carry the drop-down lists. */
const LIST_ROWS = 2000;

/** The Chinese word offered for each value (the first the import knows), so the list reads as the registers do. */
function firstWords(words: Record<string, string>): string[] {
  const seen = new Set<string>();
  return Object.entries(words)
    .filter(([word, value]) => !/^[a-z_]+$/.test(word) && !seen.has(value) && seen.add(value))
    .map(([word]) => word);
}

const LISTS: Partial<Record<ColumnSpec["kind"], string[]>> = {
  kind: ["共驻共建", "结对共建", "双报到", "帮扶", "联系", "包保", "指导", "其他"],
  category: firstWords(CATEGORY_WORDS),
  status: firstWords(STATUS_WORDS),
};

function help(column: ColumnSpec): string {
  switch (column.kind) {
    case "party":
      return `id, exact name or alias of a ${column.types!.join(" / ")} in the graph${column.creates ? `; --create-missing --area AREA creates a missing ${column.creates}` : ""}`;
    case "date":
      return "2024-03-05, 2024/3/5, 2024.03, 2024年3月 or a date cell; kept at the precision written";
    case "kind":
      return `${Object.keys(KIND_WORDS).filter((w) => !/^[a-z_]+$/.test(w)).join("、")} (or co_building, dual_registration, assistance, liaison, guidance, other)`;
    case "category":
      return `${LISTS.category!.join("、")} (or ${CATEGORIES.join(", ")})`;
    case "status":
      return `${Object.keys(STATUS_WORDS).join("、")} (or open, met, withdrawn)`;
    default:
      return "text";
  }
}

export async function writeTemplate(name: TemplateName): Promise<Buffer> {
  const template = TEMPLATES[name];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "partygraph";
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = template.columns.map((c) => ({ header: headerOf(c), key: c.key, width: c.kind === "party" || c.kind === "text" ? 28 : 14 }));
  sheet.getRow(1).font = { bold: true };
  template.columns.forEach((c, i) => {
    if (c.required) sheet.getRow(1).getCell(i + 1).note = "必填 required";
  });
  const example = sheet.addRow(template.columns.map((c, i) => (i === 0 ? `${EXAMPLE_MARK} ${c.example}` : c.example)));
  example.font = { italic: true, color: { argb: "FF808080" } };

  template.columns.forEach((column, i) => {
    const list = LISTS[column.kind];
    if (!list) return;
    const letter = sheet.getColumn(i + 1).letter;
    // One range, not a validation per cell: exceljs merges per-cell ones in string order of their
    // addresses (C10 before C2) and writes overlapping ranges, which Excel reports as damage.
    (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${LIST_ROWS + 1}`, {
      type: "list",
      allowBlank: !column.required,
      // An inline list: Excel and WPS both show it; it must stay under 255 characters.
      formulae: [`"${list.join(",")}"`],
      showErrorMessage: false,
      promptTitle: headerOf(column),
    });
  });

  const notes = workbook.addWorksheet("说明 help");
  notes.columns = [{ header: "列 column", width: 18 }, { header: "必填 required", width: 14 }, { header: "写法 what to write", width: 100 }];
  notes.getRow(1).font = { bold: true };
  for (const column of template.columns) notes.addRow([headerOf(column), column.required ? "是 yes" : "否 no", help(column)]);
  notes.addRow([]);
  notes.addRow([`The row starting with ${EXAMPLE_MARK} is an example and is skipped on import; the header is row 1; only the first sheet is read.`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
