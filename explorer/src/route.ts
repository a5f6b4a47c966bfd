/** The explorer's URLs: every view is #/view/node-id, so it can be bookmarked and the back button works. */
export type ViewName = "tree" | "network" | "trace" | "planner";

export const VIEW_NAMES: readonly ViewName[] = ["tree", "network", "trace", "planner"];

export function go(view: ViewName, id: string): void {
  location.hash = `#/${view}/${encodeURIComponent(id)}`;
}

/** The view and node the URL names; the tree when the view is unknown. */
export function current(): { view: ViewName; id: string | undefined } {
  const [, view, id] = location.hash.split("/");
  return { view: (VIEW_NAMES as readonly string[]).includes(view) ? (view as ViewName) : "tree", id: id ? decodeURIComponent(id) : undefined };
}
