/**
 * #/review: an editor pastes (or opens) an article, the server drafts it (POST /extract, the same
 * draft `npm run extract --graph` writes), and the page shows the article's paragraphs beside the
 * proposed records, grouped by paragraph with what the rules doubt. Each record is accepted, edited
 * or dropped; Import sends the accepted ones to POST /extract/import, all or nothing.
 */
import { APPROX, MEASURES, RESULT_STATUS } from "../../../src/graph/model";
import type { DraftAnswer, ReviewedRecord } from "../../../src/extract/review-answer";
import { errorBox, h, show, typeBadge } from "../dom";

type Json = Record<string, unknown>;

interface ImportAnswer {
  ok: boolean;
  summary?: { records: number; nodes: Tally; links: Tally };
  problemCount?: number;
  problems?: { line: number; reason: string }[];
}
interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}
type Decision = "pending" | "accepted" | "dropped";
interface Item extends ReviewedRecord {
  key: string;
  decision: Decision;
}

/** The same browser-only token as the Import page: an office pastes it once. */
const TOKEN_KEY = "partygraph.editorToken";

const isLink = (r: Json): boolean => typeof r.from === "string";
const keyOf = (r: Json, i: number): string => (typeof r.id === "string" ? r.id : `${String(r.type)}:${String(r.from)}:${String(r.to)}:${i}`);
const tally = (t: Tally): string => `${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`;

async function post<T>(path: string, token: string, body: string, type: string): Promise<{ status: number; body: T }> {
  const response = await fetch(path, { method: "POST", body, headers: { "content-type": type, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  const answer = (await response.json().catch(() => ({}))) as T & { errors?: { message: string; extensions?: { code?: string } }[] };
  if (answer.errors?.length) throw Object.assign(new Error(answer.errors[0].message), { code: answer.errors[0].extensions?.code });
  return { status: response.status, body: answer };
}

/** What a record says in one line: a figure by its value, a link by the names of its ends, a node by its name. */
function summary(r: Json, names: ReadonlyMap<string, string> = new Map()): string {
  if (r.type === "Result") return `${String(r.value)} ${String(r.unit)} · ${String(r.measure)}${r.approx ? ` · ${String(r.approx)}` : ""}${r.status ? ` · ${String(r.status)}` : ""}`;
  if (isLink(r)) return `${names.get(String(r.from)) ?? String(r.from)} → ${names.get(String(r.to)) ?? String(r.to)}`;
  return String(r.name ?? r.id);
}

/** Names by id: the draft's records, and the graph's nodes the notes say it reuses ("NAME: already in the graph as ID; …"). */
function namesOf(items: readonly ReviewedRecord[], notes: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const note of notes) {
    const m = /^(.+): already in the graph as (\S+);/.exec(note);
    if (m) names.set(m[2], m[1]);
  }
  for (const { record } of items) if (typeof record.id === "string" && !isLink(record)) names.set(record.id, record.type === "Result" ? summary(record) : String(record.name));
  return names;
}

export function renderReview(container: HTMLElement): void {
  const token = h("input", { name: "token", type: "password", placeholder: "editor token", value: localStorage.getItem(TOKEN_KEY) ?? "", autocomplete: "off", size: 40 });
  const text = h("textarea", { name: "article", rows: 8, cols: 80, placeholder: "文章全文，一段一行 The article, one paragraph a line", required: true });
  const file = h("input", { name: "file", type: "file", accept: ".txt,text/plain" });
  const date = h("input", { name: "date", placeholder: "YYYY[-MM[-DD]]", size: 12 });
  const publication = h("input", { name: "publication", placeholder: "刊名 publication", size: 20 });
  const prefix = h("input", { name: "prefix", placeholder: "id prefix (optional)", size: 20 });
  const result = h("div", { id: "review-result", "aria-live": "polite" });
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (chosen) text.value = await chosen.text();
  });

  const form = h(
    "form",
    { class: "import-form review-form" },
    h("label", { class: "wide" }, "Article 文章 ", text),
    h("label", {}, "or open 打开 ", file),
    h("label", {}, "Date 日期 ", date),
    h("label", {}, "Publication 刊名 ", publication),
    h("label", {}, "Prefix ", prefix),
    h("label", {}, "Token ", token),
    h("button", { type: "submit" }, "Draft 生成草稿"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    localStorage.setItem(TOKEN_KEY, token.value.trim());
    const body: Json = { text: text.value };
    if (date.value.trim()) body.date = date.value.trim();
    if (publication.value.trim()) body.publication = publication.value.trim();
    if (prefix.value.trim()) body.prefix = prefix.value.trim();
    show(result, h("p", { class: "status", role: "status" }, "Drafting…"));
    try {
      const { body: draft } = await post<DraftAnswer>("/extract", token.value.trim(), JSON.stringify(body), "application/json");
      renderDraft(result, draft, () => token.value.trim());
    } catch (error) {
      show(result, errorBox(error));
    }
  });

  show(
    container,
    h("h2", {}, "Review an article 审核文章"),
    h(
      "p",
      { class: "status" },
      "The server drafts the article's organizations, pairings and figures (nothing is written). Accept, edit or drop each record; Import writes the accepted ones, all or nothing.",
    ),
    form,
    result,
  );
}

function renderDraft(container: HTMLElement, draft: DraftAnswer, token: () => string): void {
  const items: Item[] = draft.records.map((r, i) => ({ ...r, key: keyOf(r.record, i), decision: r.record.type === "Source" ? "accepted" : "pending" }));
  const draftIds = new Set(items.map((i) => i.record.id).filter((id): id is string => typeof id === "string"));
  const byId = new Map(items.filter((i) => typeof i.record.id === "string").map((i) => [i.record.id as string, i]));
  const paraEls = new Map<number, HTMLElement>();
  const report = h("div", { id: "review-report", "aria-live": "polite" });

  /** A link whose draft end is dropped cannot be imported: it goes with it. */
  const blockedBy = (item: Item): string | undefined => {
    if (!isLink(item.record)) return undefined;
    for (const end of [item.record.from, item.record.to] as string[]) {
      if (draftIds.has(end) && byId.get(end)!.decision !== "accepted") return end;
    }
    return undefined;
  };

  const mark = (item: Item | undefined): void => {
    for (const [n, el] of paraEls) {
      const p = draft.paragraphs.find((x) => x.n === n)!;
      if (item?.para === n && item.chars) {
        const [s, e] = item.chars;
        el.replaceChildren(p.text.slice(0, s), h("mark", {}, p.text.slice(s, e)), p.text.slice(e));
        el.scrollIntoView?.({ block: "nearest" });
      } else el.replaceChildren(p.text);
    }
  };

  const cards = new Map<string, HTMLElement>();
  const renderCard = (item: Item): HTMLElement => {
    const blocked = blockedBy(item);
    const card = h(
      "div",
      { class: `record ${item.decision}`, "data-key": item.key, "data-type": String(item.record.type), "data-decision": item.decision, tabindex: 0 },
      h("div", { class: "record-head" }, typeBadge(String(item.record.type)), " ", h("span", { class: "record-summary" }, summary(item.record, namesOf(items, draft.notes)))),
      item.chars ? h("div", { class: "record-where" }, `para ${item.para}, chars ${item.chars[0]}–${item.chars[1]}`) : null,
      item.doubts.length ? h("ul", { class: "doubts" }, ...item.doubts.map((d) => h("li", {}, d))) : h("div", { class: "sure" }, "sure"),
      blocked ? h("p", { class: "status" }, `waits for ${blocked} to be accepted`) : null,
      h(
        "div",
        { class: "record-actions" },
        h("button", { type: "button", class: "accept", onclick: () => decide(item, item.decision === "accepted" && item.record.type !== "Source" ? "pending" : "accepted") }, item.decision === "accepted" ? "✔ accepted" : "Accept 接受"),
        h("button", { type: "button", class: "edit", onclick: () => edit(item) }, "Edit 修改"),
        item.record.type === "Source" ? null : h("button", { type: "button", class: "drop", onclick: () => decide(item, item.decision === "dropped" ? "pending" : "dropped") }, item.decision === "dropped" ? "undo drop" : "Drop 删除"),
      ),
    );
    card.addEventListener("mouseenter", () => mark(item));
    card.addEventListener("focus", () => mark(item));
    return card;
  };
  const refresh = (): void => {
    for (const item of items) {
      const old = cards.get(item.key)!;
      const card = renderCard(item);
      old.replaceWith(card);
      cards.set(item.key, card);
    }
    counts.textContent = countText();
  };
  const decide = (item: Item, decision: Decision): void => {
    item.decision = decision;
    refresh();
  };

  const edit = (item: Item): void => {
    const card = cards.get(item.key)!;
    const r = item.record;
    const field = (name: string, input: HTMLInputElement | HTMLSelectElement) => h("label", {}, `${name} `, input);
    const select = (name: string, values: readonly string[], value: unknown) =>
      h("select", { name }, ...values.map((v) => h("option", { value: v, ...(v === (value ?? (name === "approx" ? "exact" : name === "status" ? "achieved" : "")) ? { selected: true } : {}) }, v)));
    const fields: Record<string, HTMLInputElement | HTMLSelectElement> = {};
    if (!isLink(r)) fields.name = h("input", { name: "name", value: String(r.name ?? ""), size: 30 });
    if (r.type === "Result") {
      fields.value = h("input", { name: "value", type: "number", step: "any", value: String(r.value ?? "") });
      fields.unit = h("input", { name: "unit", value: String(r.unit ?? ""), size: 6 });
      fields.measure = select("measure", MEASURES, r.measure);
      fields.approx = select("approx", APPROX, r.approx);
      fields.status = select("status", RESULT_STATUS, r.status);
    }
    const json = h("textarea", { name: "json", rows: 6, cols: 60 }, JSON.stringify(r, null, 1));
    const problem = h("p", { class: "error", role: "alert", hidden: true });
    const editor = h(
      "form",
      { class: "record-edit" },
      ...Object.entries(fields).map(([name, input]) => field(name, input)),
      h("details", {}, h("summary", {}, "all fields (JSON)"), json),
      problem,
      h("button", { type: "submit" }, "Save and accept 保存"),
      h("button", { type: "button", onclick: () => refresh() }, "Cancel"),
    );
    let jsonTouched = false;
    json.addEventListener("input", () => (jsonTouched = true));
    editor.addEventListener("submit", (event) => {
      event.preventDefault();
      let next: Json;
      try {
        next = jsonTouched ? (JSON.parse(json.value) as Json) : { ...r };
      } catch (error) {
        problem.hidden = false;
        problem.textContent = `Not JSON: ${(error as Error).message}`;
        return;
      }
      if (!jsonTouched) {
        for (const [name, input] of Object.entries(fields)) {
          const value = input.value.trim();
          if (name === "value") next.value = Number(value);
          else if ((name === "approx" && value === "exact") || (name === "status" && value === "achieved")) delete next[name];
          else next[name] = value;
        }
      }
      // the id is what other records link by: an edit keeps it
      if (typeof r.id === "string") next.id = r.id;
      item.record = next;
      item.decision = "accepted";
      refresh();
    });
    card.replaceChildren(card.firstChild!, editor);
  };

  const countText = (): string => {
    const n = (d: Decision) => items.filter((i) => i.decision === d).length;
    return `${items.length} records: ${n("accepted")} accepted, ${n("dropped")} dropped, ${n("pending")} to decide.`;
  };
  const counts = h("p", { class: "status review-counts" }, "");

  const accepted = (): Item[] => items.filter((i) => i.decision === "accepted" && !blockedBy(i));
  const importButton = h("button", { type: "button", class: "review-import" }, "Import accepted 导入");
  importButton.addEventListener("click", async () => {
    const sent = accepted();
    show(report, h("p", { class: "status", role: "status" }, `Importing ${sent.length} records…`));
    try {
      const ndjson = sent.map((i) => JSON.stringify(i.record)).join("\n") + "\n";
      const { body } = await post<ImportAnswer>("/extract/import", token(), ndjson, "application/x-ndjson");
      if (body.ok && body.summary) {
        show(report, h("div", { class: "report ok", "data-ok": "true" }, h("p", {}, `✔ Imported ${body.summary.records} records. Nodes: ${tally(body.summary.nodes)}. Links: ${tally(body.summary.links)}.`)));
        return;
      }
      show(
        report,
        h(
          "div",
          { class: "report refused", "data-ok": "false" },
          h("p", { class: "error", role: "alert" }, `✘ Refused: ${body.problemCount} problem${body.problemCount === 1 ? "" : "s"}; nothing was written.`),
          h("ul", {}, ...(body.problems ?? []).map((p) => h("li", {}, `${sent[p.line - 1] ? summary(sent[p.line - 1].record) : `line ${p.line}`}: ${p.reason}`))),
        ),
      );
    } catch (error) {
      show(report, errorBox(error));
    }
  });
  const acceptAll = h("button", { type: "button", class: "accept-all" }, "Accept all undecided 全部接受");
  acceptAll.addEventListener("click", () => {
    for (const i of items) if (i.decision === "pending") i.decision = "accepted";
    refresh();
  });

  const paragraphsEl = h(
    "ol",
    { class: "review-paragraphs" },
    ...draft.paragraphs.map((p) => {
      const el = h("span", { class: "para-text" }, p.text);
      paraEls.set(p.n, el);
      return h("li", { value: p.n, "data-para": p.n }, el);
    }),
  );
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const label = item.para === undefined ? "source" : `para ${item.para}`;
    groups.set(label, [...(groups.get(label) ?? []), item]);
  }
  const order = [...groups.keys()].sort((a, b) => (a === "source" ? -1 : b === "source" ? 1 : Number(a.slice(5)) - Number(b.slice(5))));
  const recordsEl = h(
    "div",
    { class: "review-records" },
    draft.notes.length ? h("ul", { class: "review-notes" }, ...draft.notes.map((n) => h("li", {}, n))) : null,
    ...order.map((label) =>
      h(
        "section",
        { class: "review-group", "data-group": label },
        h("h3", {}, label),
        ...groups.get(label)!.map((item) => {
          const card = renderCard(item);
          cards.set(item.key, card);
          return card;
        }),
      ),
    ),
  );
  counts.textContent = countText();
  show(container, h("div", { class: "review-toolbar" }, counts, acceptAll, importButton), report, h("div", { class: "review-columns" }, paragraphsEl, recordsEl));
}
