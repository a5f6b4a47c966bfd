import { request } from "../api";
import { errorBox, h, loading, nodeLabel, show } from "../dom";
import { go } from "../route";
import { TraceQuery } from "../queries";
import { citationLines, figureText } from "../figures";

/** From a pairing, alliance or organization to its results: every step, and the sources cited on the way. */
export async function renderTrace(container: HTMLElement, id: string): Promise<void> {
  show(container, loading("the trace"));
  try {
    const { trace } = await request(TraceQuery, { fromId: id });
    show(
      container,
      h("h2", {}, "Trace to results 成效溯源"),
      trace.length ? null : h("p", { class: "status" }, "No result is reachable from this node along PARTY_TO, ADOPTS, RUNS, HELD and PRODUCED, nor through a programme's parts."),
      ...trace.map((path) =>
        h(
          "section",
          { class: "path" },
          h(
            "div",
            { class: "steps" },
            ...path.steps.flatMap((step, i) => [
              i > 0 ? h("span", { class: "via" }, `—${step.via}→`) : null,
              h("button", { class: "link", onclick: () => go("trace", step.node.id) }, nodeLabel(step.node)),
            ]),
          ),
          h(
            "div",
            { class: `result figure ${path.result.status ?? "achieved"}` },
            `${path.result.name}: ${figureText(path.result)}`,
            path.result.unit && path.result.measure ? h("span", { class: "en" }, path.result.unit) : null,
          ),
          h(
            "ul",
            { class: "sources" },
            // Each source once, with the paragraphs cited from it.
            ...citationLines(path.sources).map((line) => h("li", { class: "source" }, line)),
          ),
        ),
      ),
    );
  } catch (error) {
    show(container, errorBox(error));
  }
}
