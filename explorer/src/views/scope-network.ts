/**
 * The network of an area or an alliance (the `network` operation): every organization linked by
 * the pairings in force (or by shared alliances) at a date, sized by betweenness so the brokers
 * stand out and coloured by Louvain community, with downloads of what is shown and a chart of how
 * the scope changed over the years (the `timeline` operation).
 */
import cytoscape from "cytoscape";
import { asOfInput } from "../as-of";
import { request } from "../api";
import { errorBox, h, show } from "../dom";
import { go } from "../route";
import { ScopeNetworkQuery, TimelineQuery } from "../queries";
import { exportLinks, pngButton } from "./downloads";
import { barChart } from "./timeline-chart";

const today = (): string => new Date().toISOString().slice(0, 10);

/** Enough distinct colours for the communities one screen can show; beyond them they repeat. */
const COMMUNITY_COLORS = ["#1565c0", "#2e7d32", "#c0392b", "#8e24aa", "#ef6c00", "#00838f", "#6d4c41", "#3949ab", "#f9a825", "#546e7a"];

const TIMELINE_KINDS: [string, string][] = [
  ["pairings", "Pairings in force 共建"],
  ["paired_communities", "Communities paired 已结对社区"],
  ["alliance_members", "Alliance members 联盟成员"],
  ["results", "Results reported 成效"],
];

export function renderScopeNetwork(container: HTMLElement, scope: { id: string; name: string }): void {
  const asOf = asOfInput();
  const kind = h("select", { "aria-label": "links" }, h("option", { value: "pairing" }, "Pairings 共建"), h("option", { value: "alliance" }, "Alliances 联盟"));
  const status = h("span", { class: "status", role: "status" });
  const canvas = h("div", { id: "network" });
  const chartKind = h("select", { "aria-label": "series" }, ...TIMELINE_KINDS.map(([value, label]) => h("option", { value }, label)));
  const chart = h("div", { class: "timeline" });
  show(
    container,
    h("h2", {}, `Network 网络: ${scope.name}`),
    h(
      "div",
      { class: "toolbar" },
      h("label", {}, "Links 关系 ", kind),
      h("label", {}, "As of 截至 ", asOf),
      exportLinks(scope.id, () => asOf.value),
      pngButton(() => graph, () => `${scope.id}-${kind.value}-${asOf.value}`),
      status,
    ),
    canvas,
    h("div", { class: "toolbar" }, h("label", {}, "Over time 历年 ", chartKind)),
    chart,
  );
  // Cytoscape measures its container, so it is made once the container is on the page.
  const graph = cytoscape({
    container: canvas,
    maxZoom: 1.25,
    style: [
      {
        selector: "node",
        style: { label: "data(label)", "background-color": "data(color)", width: "data(size)", height: "data(size)", "font-size": 10, "text-wrap": "wrap", "text-max-width": "120px" },
      },
      { selector: "edge", style: { width: "data(width)", "line-color": "#bbb", "curve-style": "haystack" } },
    ],
  });

  async function draw(): Promise<void> {
    graph.elements().remove();
    show(status, "Loading the network…");
    try {
      const { network } = await request(ScopeNetworkQuery, { scopeId: scope.id, asOf: asOf.value || undefined, kind: kind.value });
      const top = Math.max(...network.nodes.map((n) => n.betweenness), 0) || 1;
      graph.add(
        network.nodes.map((n) => ({
          data: {
            id: n.node.id,
            label: n.node.name,
            color: COMMUNITY_COLORS[n.community % COMMUNITY_COLORS.length],
            size: 14 + 36 * (n.betweenness / top),
          },
        })),
      );
      graph.add(network.links.map((l) => ({ data: { id: `${l.from}~${l.to}`, source: l.from, target: l.to, width: Math.min(8, 1 + l.weight) } })));
      graph.layout({ name: "cose", animate: false, padding: 30 }).run();
      const communities = new Set(network.nodes.map((n) => n.community)).size;
      show(status, `${network.nodes.length} organizations, ${network.links.length} links, ${communities} communities on ${asOf.value || today()}; size: betweenness`);
    } catch (error) {
      show(status, errorBox(error));
    }
  }

  async function plot(): Promise<void> {
    const year = new Date().getUTCFullYear();
    try {
      const { timeline } = await request(TimelineQuery, { scopeId: scope.id, kind: chartKind.value, from: String(year - 10), to: String(year), step: "year" });
      const label = TIMELINE_KINDS.find(([value]) => value === chartKind.value)?.[1] ?? chartKind.value;
      show(chart, barChart(timeline.points, `${label}, ${year - 10}–${year}`), timeline.undated ? h("p", { class: "status" }, `${timeline.undated} without a date (not placed on the chart).`) : null);
    } catch (error) {
      show(chart, errorBox(error));
    }
  }

  graph.on("dbltap", "node", (event) => go("network", event.target.id()));
  // A narrower window (a phone turned, a resized desktop) would otherwise leave the drawing off-screen.
  graph.on("resize", () => graph.fit(undefined, 30));
  asOf.addEventListener("change", () => void draw());
  kind.addEventListener("change", () => void draw());
  chartKind.addEventListener("change", () => void plot());
  void draw();
  void plot();
}
