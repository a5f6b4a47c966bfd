/**
 * The explorer: a search box and four views of one selected node, each a function of the URL hash
 * (#/view/node-id), so every view can be bookmarked and the back button works.
 */
import { request } from "./api";
import { errorBox, h, loading, nodeLabel, show } from "./dom";
import { SearchQuery } from "./queries";
import { renderNetwork } from "./views/network";
import { renderPlanner } from "./views/planner";
import { renderTrace } from "./views/trace";
import { renderTree } from "./views/tree";
import { renderStart } from "./views/start";
import { renderImport } from "./views/import";
import { renderReview } from "./views/review";
import { renderAlliance } from "./views/alliance";
import { current, go, ViewName } from "./route";

const VIEWS: Record<ViewName, (container: HTMLElement, id: string) => void> = {
  tree: renderTree,
  network: renderNetwork,
  trace: renderTrace,
  planner: renderPlanner,
  alliance: renderAlliance,
};

const viewEl = document.querySelector<HTMLElement>("#view")!;
const resultsEl = document.querySelector<HTMLElement>("#search-results")!;

function route(): void {
  // #/import and #/review are pages of their own, not views of a node.
  const page = location.hash.startsWith("#/import") ? renderImport : location.hash.startsWith("#/review") ? renderReview : undefined;
  if (page) {
    for (const tab of document.querySelectorAll<HTMLButtonElement>("#tabs button")) tab.removeAttribute("aria-current");
    return page(viewEl);
  }
  const { view, id } = current();
  for (const tab of document.querySelectorAll<HTMLButtonElement>("#tabs button")) {
    tab.toggleAttribute("aria-current", tab.dataset.view === view);
    if (tab.dataset.view === view) tab.setAttribute("aria-current", "page");
  }
  if (!id) renderStart(viewEl);
  else VIEWS[view](viewEl, id);
}

document.querySelector("#tabs")!.addEventListener("click", (event) => {
  const view = (event.target as HTMLElement).closest("button")?.dataset.view as ViewName | undefined;
  const { id } = current();
  if (view) go(view, id);
});

document.querySelector<HTMLFormElement>("#search-form")!.addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = document.querySelector<HTMLInputElement>("#search-input")!.value.trim();
  if (!text) return;
  show(resultsEl, loading("results"));
  try {
    const { search } = await request(SearchQuery, { text });
    if (!search.length) return void show(resultsEl, h("p", { class: "status" }, `Nothing matches “${text}”.`));
    show(
      resultsEl,
      h(
        "ul",
        { class: "hits" },
        ...search.map((hit) =>
          h(
            "li",
            {},
            h("button", { class: "link", onclick: () => (show(resultsEl), go(hit.node.type === "Alliance" ? "alliance" : current().view === "alliance" ? "tree" : current().view, hit.node.id)) }, nodeLabel(hit.node)),
          ),
        ),
      ),
    );
  } catch (error) {
    show(resultsEl, errorBox(error));
  }
});

/**
 * A demo server (npm run demo) serves a synthetic city: the explorer says so above every view, and in
 * the title, so that no screenshot of it passes for the real graph. A server that does not answer
 * /site.json is taken as not a demo.
 */
async function markDemo(): Promise<void> {
  const site = (await fetch("/site.json").then((r) => (r.ok ? r.json() : {})).catch(() => ({}))) as { demo?: boolean };
  if (!site.demo) return;
  document.title = `演示数据 DEMO · ${document.title}`;
  document.body.prepend(
    h("div", { class: "demo-banner", role: "note" }, "演示数据：本页数据均为合成数据，非真实来源。 Demo: every name, pairing and figure here is synthetic (npm run demo), not from any source."),
  );
}

window.addEventListener("hashchange", route);
void markDemo();
route();
