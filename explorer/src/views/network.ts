import cytoscape from "cytoscape";
import { asOfInput } from "../as-of";
import { request } from "../api";
import { errorBox, h, loading, show, TYPE_COLORS } from "../dom";
import { go } from "../route";
import { NodeQuery, PartnersQuery } from "../queries";
import { pngButton } from "./downloads";
import { renderScopeNetwork } from "./scope-network";

/** A pairing kind as a reader of the articles knows it (model.ts lists the kinds). */
const KIND_LABELS: Record<string, string> = {
  co_building: "共建",
  dual_registration: "双报到",
  assistance: "帮扶",
  liaison: "联系",
  guidance: "指导",
  other: "其他",
};

const today = (): string => new Date().toISOString().slice(0, 10);

/** An area's or alliance's whole network (scope-network.ts); around any other node, its partners. */
export function renderNetwork(container: HTMLElement, id: string): void {
  show(container, h("p", { class: "status" }, "Loading…"));
  request(NodeQuery, { id }).then(
    ({ entities: [node] }) => {
      // An unknown id draws no canvas at all: a lone node beside the error would look like an answer.
      if (!node) return void show(container, errorBox(new Error(`Nothing in the graph has id "${id}".`)));
      if (node.__typename === "Area" || node.__typename === "Alliance") renderScopeNetwork(container, node);
      else renderPartnerNetwork(container, node);
    },
    (error: unknown) => show(container, errorBox(error)),
  );
}

/**
 * Who is paired with whom around a node, at a date: the node, its partners in force, and an edge per
 * pairing. Clicking a partner adds its own partners; double-clicking makes it the selected node.
 */
function renderPartnerNetwork(container: HTMLElement, root: { id: string; name: string; nameEn?: string | null; __typename: string }): void {
  const id = root.id;
  const asOf = asOfInput();
  const status = h("span", { class: "status", role: "status" });
  const canvas = h("div", { id: "network" });
  const pngSlot = h("span", {});
  show(
    container,
    h("h2", {}, "Pairing network 共建网络"),
    h(
      "div",
      { class: "toolbar" },
      h("label", {}, "As of 截至 ", asOf),
      pngSlot,
      status,
      h("span", { class: "legend" }, ...Object.entries(TYPE_COLORS).slice(0, 6).map(([t, c]) => h("span", { style: `color:${c}` }, `● ${t}`))),
    ),
    canvas,
  );
  const graph = cytoscape({
    container: canvas,
    // A node and one partner would otherwise be blown up to fill the canvas.
    maxZoom: 1.25,
    style: [
      { selector: "node", style: { label: "data(label)", "background-color": "data(color)", "font-size": 11, "text-wrap": "wrap", "text-max-width": "140px", "text-valign": "bottom", "text-margin-y": 4, "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-shape": "roundrectangle" } },
      { selector: "node.root", style: { "border-width": 4, "border-color": "#222" } },
      // The pairing's kind along its edge, small and on a white ground, so it does not run across node labels.
      {
        selector: "edge",
        style: {
          label: "data(label)",
          "font-size": 9,
          "text-rotation": "autorotate",
          "text-background-color": "#fff",
          "text-background-opacity": 0.9,
          "text-background-padding": "1px",
          width: 2,
          "line-color": "#bbb",
          "curve-style": "bezier",
          color: "#555",
        },
      },
    ],
  });
  show(pngSlot, pngButton(() => graph, () => `${id}-partners-${asOf.value}`));
  const label = (node: { name: string; nameEn?: string | null }): string => (node.nameEn ? `${node.name}\n${node.nameEn}` : node.name);

  const expanded = new Set<string>();

  async function expand(nodeId: string): Promise<void> {
    if (expanded.has(nodeId)) return;
    expanded.add(nodeId);
    show(status, "Loading partners…");
    try {
      const { partners } = await request(PartnersQuery, { id: nodeId, asOf: asOf.value || undefined });
      for (const { partner, pairing } of partners) {
        if (graph.getElementById(partner.id).empty()) {
          graph.add({ data: { id: partner.id, label: label(partner), color: TYPE_COLORS[partner.type] ?? "#777", type: partner.type } });
        }
        const edgeId = `${pairing.id}:${[nodeId, partner.id].sort().join(":")}`;
        if (graph.getElementById(edgeId).empty()) {
          graph.add({ data: { id: edgeId, source: nodeId, target: partner.id, label: KIND_LABELS[pairing.kind] ?? pairing.kind, kind: pairing.kind } });
        }
      }
      graph.layout({ name: "cose", animate: false, padding: 40, idealEdgeLength: () => 220, nodeRepulsion: () => 1_000_000 }).run();
      show(status, `${graph.nodes().length} organizations, ${graph.edges().length} pairing(s) in force on ${asOf.value || today()}`);
    } catch (error) {
      expanded.delete(nodeId);
      show(status, errorBox(error));
    }
  }

  async function reset(): Promise<void> {
    graph.elements().remove();
    expanded.clear();
    graph.add({ data: { id, label: label(root), color: TYPE_COLORS[root.__typename] ?? "#777", type: root.__typename }, classes: "root" });
    await expand(id);
    // The root's own partners could not be read: no network is shown rather than the root alone.
    if (!expanded.has(id)) graph.elements().remove();
  }

  graph.on("tap", "node", (event) => void expand(event.target.id()));
  graph.on("dbltap", "node", (event) => go("network", event.target.id()));
  // A narrower window (a phone turned, a resized desktop) would otherwise leave the drawing off-screen.
  graph.on("resize", () => graph.fit(undefined, 30));
  asOf.addEventListener("change", () => void reset());
  show(status, loading("partners"));
  void reset();
}
