/**
 * The explorer's URLs: every view is #/view/node-id, and a dated view adds ?asOf=YYYY-MM-DD, so a
 * view can be bookmarked or sent as it was seen, and the back button works. The date is kept when
 * switching views or nodes, since a reader comparing views means the same day in each.
 */
import { format, parse, type Route, type ViewName } from "./url";

export { dayOf, format, parse, VIEW_NAMES, type Route, type ViewName } from "./url";

/** The view and node the URL names; the tree when the view is unknown. */
export const current = (): Route => parse(location.hash);

/** Opens a view of a node, keeping the URL's date unless another is given ("" drops it). */
export function go(view: ViewName, id: string | undefined, asOf: string | undefined = current().asOf): void {
  location.hash = format({ view, id, asOf: asOf || undefined });
}

/** Records a new date for the view shown, without adding a history entry per date picked. */
export function setAsOf(asOf: string): void {
  const route = current();
  history.replaceState(null, "", format({ ...route, asOf: asOf || undefined }));
}

