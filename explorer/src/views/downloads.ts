/** Download links for what a network view shows: files from GET /export, and a picture of the canvas. */
import type { Core } from "cytoscape";
import { h } from "../dom";

/** The /export address of a scope's file (the server streams it; the browser saves it). */
export function exportUrl(format: "graphml" | "gexf" | "csv" | "ndjson", scopeId: string, asOf: string, table?: "nodes" | "links"): string {
  const params = new URLSearchParams({ format, scope: scopeId });
  if (asOf) params.set("asOf", asOf);
  if (table) params.set("table", table);
  return `/export?${params}`;
}

/** The scope's graph as GraphML, GEXF and the two CSV tables, at the date shown. */
export function exportLinks(scopeId: string, asOf: () => string): HTMLElement {
  const link = (label: string, format: "graphml" | "gexf" | "csv", table?: "nodes" | "links"): HTMLAnchorElement => {
    const a = h("a", { class: "download", href: exportUrl(format, scopeId, asOf(), table), download: "" }, label);
    // The date may change after the link is drawn: the address is made when it is clicked.
    a.addEventListener("click", () => (a.href = exportUrl(format, scopeId, asOf(), table)));
    return a;
  };
  return h(
    "span",
    { class: "downloads", title: "The area's or alliance's part of the graph, in force at the date shown, for NetworkX, Gephi or a spreadsheet" },
    "Download 下载: ",
    link("GraphML", "graphml"),
    link("GEXF", "gexf"),
    link("CSV nodes", "csv", "nodes"),
    link("CSV links", "csv", "links"),
  );
}

/** A button that saves the canvas as it is drawn, as a PNG (Cytoscape's own cy.png). */
export function pngButton(graph: () => Core, name: () => string): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      class: "download",
      onclick: () => {
        const a = h("a", { href: graph().png({ full: true, scale: 2, bg: "#ffffff" }), download: `${name()}.png` });
        document.body.append(a);
        a.click();
        a.remove();
      },
    },
    "PNG",
  );
}
