import { errorBox, h, show } from "../dom";

/** The report POST /import answers with (src/interchange/spreadsheet/import-sheet.ts SheetReport). */
interface Candidate {
  id: string;
  name: string;
  type: string;
  area?: string;
}
interface Problem {
  row: number;
  column?: string;
  value?: string;
  reason: string;
  candidates?: Candidate[];
}
interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}
interface Report {
  ok: boolean;
  file: string;
  template: string;
  format?: string;
  sourceId?: string;
  rows: number;
  skippedExampleRows: number;
  unknownColumns: string[];
  created: { id: string; type: string; name: string; row: number }[];
  summary?: { records: number; nodes: Tally; links: Tally };
  problemCount: number;
  problems: Problem[];
}

const TEMPLATES: [string, string][] = [
  ["pairings", "结对共建/双报到 pairings"],
  ["members", "联盟成员 alliance members"],
  ["needs", "需求清单 needs"],
  ["resources", "资源清单 resources"],
];

/** The editor's token stays in this browser only, so an office need not paste it for every sheet. */
const TOKEN_KEY = "partygraph.editorToken";

const tally = (t: Tally): string => `${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`;

function renderReport(report: Report): HTMLElement {
  const unknown = report.unknownColumns.length ? h("p", { class: "status" }, `Ignored columns: ${report.unknownColumns.join(", ")}`) : null;
  if (report.ok) {
    return h(
      "div",
      { class: "report ok", "data-ok": "true" },
      h("p", {}, `✔ ${report.file}: ${report.rows} rows imported as Source ${report.sourceId}.`),
      h("p", {}, `Nodes: ${tally(report.summary!.nodes)}. Links: ${tally(report.summary!.links)}.`),
      report.created.length ? h("p", {}, `Created: ${report.created.map((c) => `${c.name} (${c.type}, row ${c.row})`).join("; ")}`) : null,
      unknown,
    );
  }
  return h(
    "div",
    { class: "report refused", "data-ok": "false" },
    h("p", { class: "error", role: "alert" }, `✘ ${report.file} refused: ${report.problemCount} problem${report.problemCount === 1 ? "" : "s"}; nothing was written. Fix these rows and send it again.`),
    unknown,
    h(
      "table",
      { class: "problems" },
      h("thead", {}, h("tr", {}, h("th", {}, "row 行"), h("th", {}, "column 列"), h("th", {}, "value 值"), h("th", {}, "reason 原因"))),
      h(
        "tbody",
        {},
        ...report.problems.map((p) =>
          h(
            "tr",
            {},
            h("td", {}, p.row === 0 ? "file" : String(p.row)),
            h("td", {}, p.column ?? ""),
            h("td", {}, p.value ?? ""),
            h(
              "td",
              {},
              p.reason,
              p.candidates?.length
                ? h("ul", { class: "candidates" }, ...p.candidates.map((c) => h("li", {}, h("code", {}, c.id), ` ${c.name} (${c.type}${c.area ? `, ${c.area}` : ""})`)))
                : null,
            ),
          ),
        ),
      ),
    ),
    report.problemCount > report.problems.length ? h("p", { class: "status" }, `… and ${report.problemCount - report.problems.length} more.`) : null,
  );
}

/** #/import: an editor sends a register (XLSX or CSV) to POST /import and reads the report. */
export function renderImport(container: HTMLElement): void {
  const result = h("div", { id: "import-result", "aria-live": "polite" });
  const token = h("input", { name: "token", type: "password", placeholder: "editor token", value: localStorage.getItem(TOKEN_KEY) ?? "", autocomplete: "off", size: 40 });
  const template = h("select", { name: "template" }, ...TEMPLATES.map(([value, label]) => h("option", { value }, label)));
  const file = h("input", { name: "file", type: "file", accept: ".xlsx,.csv", required: true });
  const createMissing = h("input", { name: "createMissing", type: "checkbox", value: "true" });
  const area = h("input", { name: "area", placeholder: "area id (for --create-missing)", size: 28 });
  const download = h("a", { href: "/import/templates/pairings.xlsx", download: "pairings.xlsx" }, "download an empty template 下载模板");
  template.addEventListener("change", () => {
    download.setAttribute("href", `/import/templates/${template.value}.xlsx`);
    download.setAttribute("download", `${template.value}.xlsx`);
  });

  const form = h(
    "form",
    { class: "import-form" },
    h("label", {}, "Register 台账 ", template),
    h("label", {}, "File 文件 ", file),
    h("label", {}, createMissing, " create missing units/communities 新建缺少的单位/社区 under "),
    area,
    h("label", {}, "Token ", token),
    h("button", { type: "submit" }, "Import 导入"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!file.files?.length) return;
    localStorage.setItem(TOKEN_KEY, token.value.trim());
    const body = new FormData();
    body.set("template", template.value);
    if (createMissing.checked) body.set("createMissing", "true");
    if (area.value.trim()) body.set("area", area.value.trim());
    body.set("file", file.files[0]);
    show(result, h("p", { class: "status", role: "status" }, "Checking every row…"));
    try {
      const response = await fetch("/import", { method: "POST", body, headers: token.value.trim() ? { authorization: `Bearer ${token.value.trim()}` } : {} });
      const answer = (await response.json()) as Report | { errors: { message: string; extensions?: { code?: string } }[] };
      if ("errors" in answer) throw Object.assign(new Error(answer.errors[0].message), { code: answer.errors[0].extensions?.code });
      show(result, renderReport(answer));
    } catch (error) {
      show(result, errorBox(error));
    }
  });

  show(
    container,
    h("h2", {}, "Import a register 导入台账"),
    h("p", { class: "status" }, "XLSX or CSV (UTF-8 or GB18030); headers in Chinese or English; organizations by id, name or alias. Any bad row refuses the whole file, listing every row to fix. ", download),
    form,
    result,
  );
}
