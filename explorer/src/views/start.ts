import { request } from "../api";
import { errorBox, h, loading, show } from "../dom";
import { go } from "../route";
import { DistrictsQuery } from "../queries";

/** Before anything is chosen: the cities and districts in the graph, as ways in. */
export async function renderStart(container: HTMLElement): Promise<void> {
  show(container, loading("areas"));
  try {
    const { areas } = await request(DistrictsQuery, {});
    show(
      container,
      h("h2", {}, "Start from an area 从区域开始"),
      areas.length ? null : h("p", { class: "status" }, "The graph is empty: run `npm run seed`."),
      h(
        "ul",
        { class: "start" },
        ...areas.map((a) =>
          h(
            "li",
            {},
            h("button", { class: "link", onclick: () => go("tree", a.id) }, a.name, a.nameEn ? h("span", { class: "en" }, a.nameEn) : null),
            " ",
            h("button", { onclick: () => go("planner", a.id) }, "coverage"),
          ),
        ),
      ),
      h("p", { class: "status" }, "Or search for any organization, community or alliance above."),
    );
  } catch (error) {
    show(container, errorBox(error));
  }
}
