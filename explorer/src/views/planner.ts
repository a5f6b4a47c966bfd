import { request } from "../api";
import { errorBox, h, loading, nodeLabel, show } from "../dom";
import { go } from "../route";
import type { ExplorerCoverageQuery } from "../generated/graphql";
import { ChildrenQuery, CoverageQuery, UnpairedQuery } from "../queries";
import { citationText, figureText } from "../figures";

type Coverage = ExplorerCoverageQuery["coverage"];

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

function bar(c: Coverage): HTMLElement[] {
  const total = Math.max(c.communities, 1);
  return [
    h("button", { class: "link", onclick: () => go("planner", c.area.id) }, nodeLabel(c.area)),
    h(
      "div",
      { class: "bar", title: `${c.paired} paired, ${c.unpaired} unpaired` },
      h("span", { class: "paired", style: `width:${(100 * c.paired) / total}%` }),
      h("span", { class: "unpaired", style: `width:${(100 * c.unpaired) / total}%` }),
    ),
    h("span", { class: "counts" }, `${c.withStation} 驿站`),
    reportedLine(c),
  ];
}

/** For an area: coverage per child area as bars, and the communities no unit is paired with, page by page. */
export async function renderPlanner(container: HTMLElement, id: string): Promise<void> {
  const asOf = h("input", { type: "date", value: new Date().toISOString().slice(0, 10), "aria-label": "as of" });
  const bars = h("div", { class: "bars" }, loading("coverage"));
  const list = h("div", { class: "unpaired-list" });
  show(container, h("h2", {}, "Planner: coverage 结对覆盖"), h("div", { class: "toolbar" }, h("label", {}, "As of 截至 ", asOf)), bars, h("h2", {}, "Unpaired communities 未结对社区"), list);

  async function loadBars(): Promise<void> {
    show(bars, loading("coverage"));
    try {
      const { orgTree } = await request(ChildrenQuery, { rootId: id });
      const areas = [orgTree.node, ...orgTree.children.map((c) => c.node).filter((n) => n.type === "Area")];
      const rows = await Promise.all(areas.map((a) => request(CoverageQuery, { areaId: a.id, asOf: asOf.value || undefined })));
      show(bars, ...rows.flatMap((r) => bar(r.coverage)));
    } catch (error) {
      show(bars, errorBox(error));
    }
  }

  const cursors: (string | undefined)[] = [undefined];
  async function loadPage(page: number): Promise<void> {
    show(list, loading("unpaired communities"));
    try {
      const { unpairedCommunities: u } = await request(UnpairedQuery, { areaId: id, asOf: asOf.value || undefined, after: cursors[page] });
      if (u.nextCursor) cursors[page + 1] = u.nextCursor;
      show(
        list,
        h("p", { class: "counts" }, `${u.totalCount} unpaired · page ${page + 1}`),
        h("ol", { start: page * 20 + 1 }, ...u.items.map((c) => h("li", {}, h("button", { class: "link", onclick: () => go("tree", c.id) }, nodeLabel(c))))),
        h(
          "div",
          { class: "toolbar" },
          h("button", { disabled: page === 0, onclick: () => void loadPage(page - 1) }, "← Previous"),
          h("button", { disabled: !u.nextCursor, onclick: () => void loadPage(page + 1) }, "Next →"),
        ),
      );
    } catch (error) {
      show(list, errorBox(error));
    }
  }

  asOf.addEventListener("change", () => {
    cursors.length = 1;
    void loadBars();
    void loadPage(0);
  });
  await Promise.all([loadBars(), loadPage(0)]);
}
