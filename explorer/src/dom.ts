/** A few DOM helpers, so the views read as what they show rather than as createElement calls. */

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | EventListener | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.replace(/^on/, "").toLowerCase(), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
  }
  return element;
}

export const TYPE_COLORS: Record<string, string> = {
  Area: "#6d4c41",
  PartyOrganization: "#c0392b",
  Unit: "#1565c0",
  Community: "#2e7d32",
  Alliance: "#8e24aa",
  ServiceStation: "#00838f",
  Pairing: "#ef6c00",
  Initiative: "#5d4037",
  Project: "#3949ab",
  Activity: "#00897b",
  Result: "#f9a825",
  Source: "#546e7a",
};

export const typeBadge = (type: string): HTMLElement =>
  h("span", { class: "type", style: `background:${TYPE_COLORS[type] ?? "#777"}`, "data-type": type }, type);

export interface NamedNode {
  id: string;
  name: string;
  nameEn?: string | null;
  type: string;
}

/** Chinese name, English beside it where there is one, and the node type. */
export const nodeLabel = (node: NamedNode): HTMLElement =>
  h("span", { class: "node-label", "data-id": node.id }, node.name, node.nameEn ? h("span", { class: "en" }, node.nameEn) : null, typeBadge(node.type));

export const loading = (what: string): HTMLElement => h("p", { class: "status", role: "status" }, `Loading ${what}…`);

export const errorBox = (error: unknown): HTMLElement =>
  h("p", { class: "error", role: "alert" }, error instanceof Error ? error.message : String(error), (error as { code?: string }).code ? ` (${(error as { code?: string }).code})` : "");

/** Replaces a container's content, returning it for chaining. */
export function show(container: Element, ...children: Child[]): Element {
  container.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false).map((c) => (typeof c === "number" ? String(c) : c)));
  return container;
}
