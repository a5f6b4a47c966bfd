import { request } from "../api";
import { errorBox, h, loading, NamedNode, nodeLabel, show } from "../dom";
import { go } from "../route";
import { FactsQuery, TreeQuery } from "../queries";

/** Only these can be party to a pairing or member of an alliance; an area's facts are its coverage (planner view). */
const HAS_FACTS = new Set(["PartyOrganization", "Unit", "Community"]);

/** Pairings in force and alliance memberships of one node, loaded when the node is shown. */
function facts(node: NamedNode): HTMLElement | null {
  if (!HAS_FACTS.has(node.type)) return null;
  const box = h("div", { class: "facts" }, "…");
  request(FactsQuery, { id: node.id })
    .then((data) => {
      const alliances = [...data.units, ...data.communities, ...data.partyOrganizations].flatMap((o) => o.alliances);
      show(
        box,
        data.partners.length
          ? h("span", {}, h("b", {}, "Paired with 共建: "), data.partners.map((p) => `${p.partner.name} (${p.pairing.kind})`).join("、"))
          : h("span", {}, "No pairing in force"),
        alliances.length ? h("span", {}, " · ", h("b", {}, "Alliances 联盟: "), alliances.map((a) => a.name).join("、")) : null,
      );
    })
    .catch((error) => show(box, errorBox(error)));
  return box;
}

async function branch(node: NamedNode, hasChildren: boolean): Promise<HTMLLIElement> {
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
        const { orgTree } = await request(TreeQuery, { rootId: node.id });
        show(childList, ...(await Promise.all(orgTree.children.map((c) => branch(c.node, c.children.length > 0)))));
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
    facts(node),
    childList,
  );
}

/** The nested organization view: a node and what is PART_OF it, expandable level by level. */
export async function renderTree(container: HTMLElement, id: string): Promise<void> {
  show(container, loading("the organization tree"));
  try {
    const { orgTree } = await request(TreeQuery, { rootId: id });
    const root = await branch(orgTree.node, orgTree.children.length > 0);
    show(container, h("h2", {}, "Organization tree 组织架构"), h("div", { class: "tree" }, h("ul", {}, root)));
    root.querySelector<HTMLButtonElement>(".toggle")?.click();
  } catch (error) {
    show(container, errorBox(error));
  }
}
