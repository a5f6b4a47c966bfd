import { request } from "../api";
import { errorBox, h, loading, NamedNode, nodeLabel, show } from "../dom";
import { current, go } from "../route";
import { AreaFactsQuery, FactsQuery, TreeQuery } from "../queries";

/** Only these can be led by a party organization, be party to a pairing or be member of an alliance. */
const HAS_FACTS = new Set(["Area", "PartyOrganization", "Unit", "Community"]);

const linkTo = (view: "tree" | "alliance", node: { id: string; name: string }): HTMLElement =>
  h("button", { class: "link", onclick: () => go(view, node.id) }, node.name);

/** Items joined by 、, each its own element so it can be a link. */
const joined = (items: HTMLElement[]): (HTMLElement | string)[] => items.flatMap((item, i) => (i ? ["、", item] : [item]));

/**
 * What leads a node (its party organizations, LEADS), its pairings in force and its alliances,
 * loaded when the node is shown. A node without pairings says nothing about them: the tree's
 * heading says once that no line means none in force.
 */
function facts(node: NamedNode, asOf: string | undefined): HTMLElement | null {
  if (!HAS_FACTS.has(node.type)) return null;
  const box = h("div", { class: "facts" }, "…");
  const load =
    node.type === "Area"
      ? request(AreaFactsQuery, { id: node.id }).then(({ areas }) => ({ leaders: areas.flatMap((a) => a.ledBy), partners: [], alliances: [] }))
      : request(FactsQuery, { id: node.id, asOf }).then((data) => ({
          leaders: [...data.units, ...data.communities].flatMap((o) => o.ledBy),
          partners: data.partners,
          alliances: [...data.units, ...data.communities, ...data.partyOrganizations].flatMap((o) => o.alliances),
        }));
  load
    .then(({ leaders, partners, alliances }) => {
      const lines = [
        leaders.length ? h("span", { class: "led-by" }, h("b", {}, "Party org 党组织: "), ...joined(leaders.map((p) => linkTo("tree", p)))) : null,
        partners.length ? h("span", { class: "paired" }, h("b", {}, "Paired with 共建: "), partners.map((p) => `${p.partner.name} (${p.pairing.kind})`).join("、")) : null,
        alliances.length ? h("span", { class: "alliances" }, h("b", {}, "Alliances 联盟: "), ...joined(alliances.map((a) => linkTo("alliance", a)))) : null,
      ].filter((line): line is HTMLSpanElement => line !== null);
      if (!lines.length) return void box.remove();
      show(box, ...lines);
    })
    .catch((error) => show(box, errorBox(error)));
  return box;
}

async function branch(node: NamedNode, hasChildren: boolean, asOf: string | undefined): Promise<HTMLLIElement> {
  const childList = h("ul", { hidden: true });
  let loaded = false;
  const toggle = h("button", { class: "toggle", "aria-expanded": "false", "aria-label": `expand ${node.name}`, disabled: !hasChildren }, hasChildren ? "+" : "·");
  toggle.addEventListener("click", async () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? "−" : "+";
    childList.hidden = !open;
    if (open && !loaded) {
      loaded = true;
      show(childList, h("li", {}, loading("children")));
      try {
        const { orgTree } = await request(TreeQuery, { rootId: node.id, asOf });
        show(childList, ...(await Promise.all(orgTree.children.map((c) => branch(c.node, c.children.length > 0, asOf)))));
      } catch (error) {
        show(childList, h("li", {}, errorBox(error)));
      }
    }
  });
  return h(
    "li",
    { "data-node": node.id },
    toggle,
    h("button", { class: "link", onclick: () => go("tree", node.id) }, nodeLabel(node)),
    facts(node, asOf),
    childList,
  );
}

/**
 * The nested organization view: a node and what is PART_OF it, expandable level by level, each with
 * the party organizations that lead it (a click opens the party tree of that organization).
 */
export async function renderTree(container: HTMLElement, id: string): Promise<void> {
  const { asOf } = current();
  show(container, loading("the organization tree"));
  try {
    const { orgTree } = await request(TreeQuery, { rootId: id, asOf });
    const root = await branch(orgTree.node, orgTree.children.length > 0, asOf);
    show(
      container,
      h("h2", {}, "Organization tree 组织架构"),
      h("p", { class: "status note" }, `Pairings in force on ${asOf ?? "today"}; a node without a “Paired with” line has none.`),
      h("div", { class: "tree" }, h("ul", {}, root)),
    );
    root.querySelector<HTMLButtonElement>(".toggle")?.click();
  } catch (error) {
    show(container, errorBox(error));
  }
}
