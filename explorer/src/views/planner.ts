import { asOfInput } from "../as-of";
import { request } from "../api";
import { errorBox, h, loading, nodeLabel, show } from "../dom";
import { go } from "../route";
import type { ExplorerCoverageQuery, ExplorerNeedsSummaryQuery, ExplorerUnpairedWhereQuery } from "../generated/graphql";
import { ChildrenQuery, CoverageQuery, NeedsSummaryQuery, SuggestQuery, UnpairedWhereQuery } from "../queries";
import { citationText, figureText } from "../figures";

type Coverage = ExplorerCoverageQuery["coverage"];
type Category = ExplorerNeedsSummaryQuery["needsSummary"]["categories"][number];
type Unpaired = ExplorerUnpairedWhereQuery["unpairedCommunities"];

/**
 * What the sources report for the area beside what the graph names: "reported: 11 communities
 * linked (… para 19); named: 0 of 24 paired". The bar shows only what the graph names, so without
 * this line a planner would read an unrecorded programme as no coverage at all.
 */
function reportedLine(c: Coverage): HTMLElement {
  const named = `named: ${c.paired} of ${c.communities} paired`;
  if (!c.reported.length) return h("div", { class: "reported" }, `reported: none; ${named}`);
  return h(
    "div",
    { class: "reported" },
    "reported: ",
    ...c.reported.flatMap((r, i) => [i > 0 ? "; " : null, h("span", { class: `figure ${r.result.status ?? "achieved"}`, title: r.result.name }, figureText(r.result)), " ", h("span", { class: "en" }, citationText(r.sources))]),
    `; ${named}`,
  );
}

/** Categories as a planner in the districts names them. */
const CATEGORY_LABELS: Record<string, string> = {
  education: "教育", elderly_care: "养老", childcare: "托育", health: "健康", employment: "就业", culture: "文化",
  environment: "环境", safety: "安全", legal: "法律", finance: "金融", volunteering: "志愿", property: "物业", other: "其他",
};
/** Suggestions are asked for this many communities at a time, so a page of 20 does not send 20 requests at once. */
const SUGGEST_AT_ONCE = 4;

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
const yearBefore = (day: string): string => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** One area's coverage at the date asked, its bar, and how the paired count moved since the date compared. */
function bar(now: Coverage, then: Coverage | undefined, thenDay: string): HTMLElement[] {
  const total = Math.max(now.communities, 1);
  const change = then ? ` · ${signed(now.paired - then.paired)} since ${thenDay} (${then.paired}/${then.communities})` : "";
  return [
    h("button", { class: "link", onclick: () => go("planner", now.area.id) }, nodeLabel(now.area)),
    h(
      "div",
      { class: "bar", title: `${now.paired} paired, ${now.unpaired} unpaired` },
      h("span", { class: "paired", style: `width:${(100 * now.paired) / total}%` }),
      h("span", { class: "unpaired", style: `width:${(100 * now.unpaired) / total}%` }),
    ),
    h("span", { class: "counts" }, `${now.withStation} 驿站${change}`),
    reportedLine(now),
  ];
}

/** The area's lists by category: needs open and met against what units offer. */
function categoryTable(categories: Category[]): HTMLElement {
  const rows = categories.filter((c) => c.open + c.met + c.resources > 0);
  if (!rows.length) return h("p", { class: "status" }, "No needs or resources are listed below this area at this date.");
  const most = Math.max(1, ...rows.map((c) => Math.max(c.open + c.met, c.resources)));
  const width = (n: number): string => `width:${(100 * n) / most}%`;
  return h(
    "table",
    { class: "categories" },
    h("thead", {}, h("tr", {}, h("th", {}, "Category 类别"), h("th", {}, "Needs open / met 需求"), h("th", {}, "Resources 资源"), h("th", {}, "Units 单位"))),
    h(
      "tbody",
      {},
      ...rows.map((c) =>
        h(
          "tr",
          { "data-category": c.category },
          h("td", {}, `${CATEGORY_LABELS[c.category] ?? c.category} ${c.category}`),
          h("td", {}, h("div", { class: "mini" }, h("span", { class: "open", style: width(c.open) }), h("span", { class: "met", style: width(c.met) })), ` ${c.open} / ${c.met}`),
          h("td", {}, h("div", { class: "mini" }, h("span", { class: "offered", style: width(c.resources) })), ` ${c.resources}`),
          h("td", {}, String(c.units)),
        ),
      ),
    ),
  );
}

/** Runs the tasks, at most `limit` at a time. */
async function inBatches(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  const queue = [...tasks];
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  }));
}

/**
 * For an area: coverage per child area at a date and its change since another; the area's needs and
 * resources by category; and the communities no unit is paired with, page by page, each with where
 * it is and the units that could pair with it, with the reasons.
 */
export async function renderPlanner(container: HTMLElement, id: string): Promise<void> {
  const today = isoDay(new Date());
  const asOf = asOfInput();
  const compare = h("input", { type: "date", value: yearBefore(asOf.value), "aria-label": "compare with" });
  const download = h("a", { class: "download", download: "" }, "Download CSV 下载");
  const bars = h("div", { class: "bars" }, loading("coverage"));
  const lists = h("div", { class: "lists" }, loading("needs and resources"));
  const list = h("div", { class: "unpaired-list" });
  show(
    container,
    h("h2", {}, "Planner: coverage 结对覆盖"),
    h("div", { class: "toolbar" }, h("label", {}, "As of 截至 ", asOf), h("label", {}, "Compared with 对比 ", compare)),
    bars,
    h("h2", {}, "Needs and resources 需求与资源清单"),
    lists,
    h("h2", {}, "Unpaired communities 未结对社区 ", download),
    list,
  );
  const day = (input: HTMLInputElement): string | undefined => input.value || undefined;

  async function loadBars(): Promise<void> {
    show(bars, loading("coverage"));
    try {
      const { orgTree } = await request(ChildrenQuery, { rootId: id });
      const areas = [orgTree.node, ...orgTree.children.map((c) => c.node).filter((n) => n.type === "Area")];
      const at = (date: string | undefined) => Promise.all(areas.map((a) => request(CoverageQuery, { areaId: a.id, asOf: date })));
      const [now, then] = await Promise.all([at(day(asOf)), compare.value ? at(compare.value) : Promise.resolve([])]);
      show(bars, ...now.flatMap((r, i) => bar(r.coverage, then[i]?.coverage, compare.value)));
    } catch (error) {
      show(bars, errorBox(error));
    }
  }

  async function loadLists(): Promise<void> {
    show(lists, loading("needs and resources"));
    try {
      const { needsSummary: s } = await request(NeedsSummaryQuery, { areaId: id, asOf: day(asOf) });
      show(lists, h("p", { class: "counts" }, `${s.open} open needs · ${s.met} met · ${s.resources} resources offered`), categoryTable(s.categories));
    } catch (error) {
      show(lists, errorBox(error));
    }
  }

  async function loadSuggestions(target: HTMLElement, communityId: string): Promise<void> {
    try {
      const { suggestPartners } = await request(SuggestQuery, { communityId, asOf: day(asOf) });
      if (!suggestPartners.length) return void show(target, h("p", { class: "status" }, "No unit nearby or offering what it needs."));
      show(
        target,
        h(
          "ol",
          { class: "suggestions" },
          ...suggestPartners.map((s) =>
            h(
              "li",
              {},
              h("button", { class: "link", onclick: () => go("tree", s.unit.id) }, nodeLabel(s.unit)),
              h("span", { class: "counts" }, ` score ${s.score}`),
              h("ul", { class: "reasons" }, ...s.reasons.map((r) => h("li", {}, r))),
            ),
          ),
        ),
      );
    } catch (error) {
      show(target, errorBox(error));
    }
  }

  function item(u: Unpaired, index: number): HTMLElement {
    const c = u.items[index];
    const where = u.locations[index];
    const suggestions = h("div", { class: "suggest" }, loading("suggestions"));
    return h(
      "li",
      { "data-id": c.id },
      h("button", { class: "link", onclick: () => go("tree", c.id) }, nodeLabel(c)),
      h("span", { class: "where" }, [where?.level, where?.street?.name].filter(Boolean).join(" · ")),
      suggestions,
    );
  }

  const cursors: (string | undefined)[] = [undefined];
  async function loadPage(page: number): Promise<void> {
    show(list, loading("unpaired communities"));
    download.setAttribute("href", `/planner/unpaired.csv?${new URLSearchParams({ areaId: id, asOf: asOf.value || today })}`);
    try {
      const { unpairedCommunities: u } = await request(UnpairedWhereQuery, { areaId: id, asOf: day(asOf), after: cursors[page] });
      if (u.nextCursor) cursors[page + 1] = u.nextCursor;
      const items = u.items.map((_c, i) => item(u, i));
      show(
        list,
        h("p", { class: "counts" }, `${u.totalCount} unpaired · page ${page + 1} · the best three units for each, with why`),
        h("ol", { start: page * 20 + 1 }, ...items),
        h(
          "div",
          { class: "toolbar" },
          h("button", { disabled: page === 0, onclick: () => void loadPage(page - 1) }, "← Previous"),
          h("button", { disabled: !u.nextCursor, onclick: () => void loadPage(page + 1) }, "Next →"),
        ),
      );
      await inBatches(
        items.map((li, i) => () => loadSuggestions(li.querySelector<HTMLElement>(".suggest")!, u.items[i].id)),
        SUGGEST_AT_ONCE,
      );
    } catch (error) {
      show(list, errorBox(error));
    }
  }

  const reload = (): void => {
    cursors.length = 1;
    void loadBars();
    void loadLists();
    void loadPage(0);
  };
  asOf.addEventListener("change", reload);
  compare.addEventListener("change", () => void loadBars());
  await Promise.all([loadBars(), loadLists(), loadPage(0)]);
}
