/** The explorer's URLs as data, without the browser: parsed and written here, used by route.ts. */
export type ViewName = "tree" | "network" | "trace" | "planner" | "alliance";

export const VIEW_NAMES: readonly ViewName[] = ["tree", "network", "trace", "planner", "alliance"];

export interface Route {
  view: ViewName;
  id: string | undefined;
  /** The date the URL names, or undefined for today. */
  asOf: string | undefined;
}

/** A date the API accepts as asOf: YYYY, YYYY-MM or YYYY-MM-DD. */
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function parse(hash: string): Route {
  const [path, query = ""] = hash.replace(/^#/, "").split("?");
  const [, view, id] = path.split("/");
  const asOf = new URLSearchParams(query).get("asOf") ?? undefined;
  return {
    view: (VIEW_NAMES as readonly string[]).includes(view) ? (view as ViewName) : "tree",
    id: id ? decodeURIComponent(id) : undefined,
    asOf: asOf && DATE.test(asOf) ? asOf : undefined,
  };
}

export function format(route: Route): string {
  const path = route.id ? `#/${route.view}/${encodeURIComponent(route.id)}` : `#/${route.view}`;
  return route.asOf ? `${path}?asOf=${route.asOf}` : path;
}

/** The value for an <input type=date>: the URL's date, filled out to a day, or today. */
export function dayOf(asOf: string | undefined): string {
  if (!asOf) return new Date().toISOString().slice(0, 10);
  return asOf.length === 4 ? `${asOf}-12-31` : asOf.length === 7 ? lastDay(asOf) : asOf;
}

function lastDay(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}
