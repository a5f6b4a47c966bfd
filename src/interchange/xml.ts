/** XML text for the GraphML and GEXF writers: escaped, and without the characters XML 1.0 forbids. */

// Control characters other than tab, newline and carriage return cannot appear in XML 1.0 at all,
// not even escaped; a stray one from a pasted article would make the whole file unreadable.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside an element or a double-quoted attribute. */
export function xmlText(value: string | number): string {
  return String(value).replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
