/**
 * An alliance (党建联盟) at a date: its members grouped by sector with their roles, the figures the
 * sources report for it (approximation, status and date basis kept, each source named once), and
 * how its membership grew, drawn as a step line.
 */
import { request } from "../api";
import { asOfInput } from "../as-of";
import { errorBox, h, loading, nodeLabel, show } from "../dom";
import { citationLines, figureText } from "../figures";
import { go } from "../route";
import type { ExplorerAllianceQuery } from "../generated/graphql";
import { AllianceQuery } from "../queries";
import { stepChart } from "./timeline-chart";

type Structure = ExplorerAllianceQuery["allianceStructure"];

function membersBySector(s: Structure): HTMLElement {
  if (!s.members.length) return h("p", { class: "status" }, "The graph names no member in force at this date.");
  const sectorOf = (m: Structure["members"][number]): string => m.sector ?? "unspecified";
  return h(
    "div",
    { class: "sectors" },
    ...s.sectors.map((sector) =>
      h(
        "section",
        { class: "sector", "data-sector": sector.sector },
        h("h4", {}, sector.sector === "unspecified" ? "No sector 未注明行业" : sector.sector, h("span", { class: "count" }, ` ${sector.count}`)),
        h(
          "ul",
          { class: "members" },
          ...s.members
            .filter((m) => sectorOf(m) === sector.sector)
            .map((m) =>
              h(
                "li",
                { class: "member" },
                h("button", { class: "link", onclick: () => go("tree", m.node.id) }, nodeLabel(m.node)),
                m.role ? h("span", { class: "role" }, m.role) : null,
                m.since ? h("span", { class: "en" }, `since ${m.since}`) : null,
              ),
            ),
        ),
      ),
    ),
  );
}

function reportedFigures(s: Structure): HTMLElement {
  if (!s.reported.length) return h("p", { class: "status" }, "No figure is reported for this alliance.");
  return h(
    "ul",
    { class: "reported-figures" },
    ...s.reported.map((r) =>
      h(
        "li",
        { class: `figure ${r.result.status ?? "achieved"}` },
        h("b", {}, figureText(r.result)),
        h("div", { class: "cited" }, ...citationLines(r.sources).map((line) => h("span", { class: "source" }, line))),
      ),
    ),
  );
}

function growth(s: Structure, asOf: string): HTMLElement {
  const points = s.timeline.map((p) => ({ date: p.date, count: p.memberCount }));
  if (!points.length) return h("p", { class: "status" }, "No dated membership or figure: nothing to chart.");
  return h("div", { class: "timeline" }, stepChart(points, asOf, `Members of ${s.alliance.name} up to ${asOf}`));
}

export function renderAlliance(container: HTMLElement, id: string): void {
  const asOf = asOfInput();
  const body = h("div", {}, loading("the alliance"));
  const title = h("h2", {}, "Alliance 党建联盟");
  show(
    container,
    title,
    h(
      "div",
      { class: "toolbar" },
      h("label", {}, "As of 截至 ", asOf),
      h("button", { onclick: () => go("network", id) }, "Network 网络"),
      h("button", { onclick: () => go("trace", id) }, "Trace 成效"),
    ),
    body,
  );

  async function draw(): Promise<void> {
    show(body, loading("the alliance"));
    try {
      const { allianceStructure: s } = await request(AllianceQuery, { allianceId: id, asOf: asOf.value || undefined });
      show(title, "Alliance 党建联盟: ", nodeLabel(s.alliance));
      show(
        body,
        h("p", { class: "summary" }, h("b", {}, String(s.memberCount)), ` member${s.memberCount === 1 ? "" : "s"} on ${asOf.value}`, s.memberCount > s.members.length ? ` (as reported; the graph names ${s.members.length})` : ""),
        h("div", { class: "alliance-grid" },
          h("section", {}, h("h3", {}, "Members by sector 成员单位"), membersBySector(s)),
          h("section", {}, h("h3", {}, "Reported figures 报道数据"), reportedFigures(s), h("h3", {}, "Growth 成员变化"), growth(s, asOf.value)),
        ),
      );
    } catch (error) {
      show(body, errorBox(error));
    }
  }

  asOf.addEventListener("change", () => void draw());
  void draw();
}
