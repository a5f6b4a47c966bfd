/** The "as of" date picker of the dated views, tied to the URL's ?asOf= so the date survives a reload and a change of view. */
import { h } from "./dom";
import { current, dayOf, setAsOf } from "./route";

export function asOfInput(): HTMLInputElement {
  const input = h("input", { type: "date", value: dayOf(current().asOf), "aria-label": "as of" });
  // Registered first, so the URL holds the new date before the view reloads.
  input.addEventListener("change", () => setAsOf(input.value));
  return input;
}
