/**
 * A bar chart of timeline counts, drawn as plain SVG: one series of a few dozen bars needs no chart
 * library, and the page stays light.
 */
const SVG = "http://www.w3.org/2000/svg";

function el<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function barChart(points: readonly { period: string; count: number }[], title: string): SVGSVGElement {
  const width = 640;
  const height = 220;
  const margin = { top: 24, right: 8, bottom: 28, left: 36 };
  const max = Math.max(1, ...points.map((p) => p.count));
  const slot = (width - margin.left - margin.right) / Math.max(1, points.length);
  const y = (count: number): number => margin.top + (height - margin.top - margin.bottom) * (1 - count / max);
  const svg = el("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title });
  svg.append(el("title", {}, title));
  svg.append(el("line", { x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0), stroke: "#999" }));
  svg.append(el("text", { x: margin.left - 6, y: y(max) + 4, "text-anchor": "end", "font-size": 11 }, String(max)));
  svg.append(el("text", { x: margin.left - 6, y: y(0) + 4, "text-anchor": "end", "font-size": 11 }, "0"));
  // Label every period when they fit, else about ten of them.
  const every = Math.max(1, Math.ceil(points.length / 10));
  points.forEach((p, i) => {
    const x = margin.left + i * slot;
    const bar = el("rect", { class: "bar-count", x: x + slot * 0.15, y: y(p.count), width: slot * 0.7, height: y(0) - y(p.count), fill: "#c0392b" });
    bar.append(el("title", {}, `${p.period}: ${p.count}`));
    svg.append(bar);
    if (i % every === 0) svg.append(el("text", { x: x + slot / 2, y: height - 10, "text-anchor": "middle", "font-size": 11 }, p.period));
  });
  return svg;
}

/** A date as a point in time: a partial date (2023, 2023-08) at its first day. */
const time = (date: string): number => Date.parse(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/**
 * A count that changes at dates, as a step line on a time axis: it holds its value until the next
 * date, as a membership does. The last step runs to `until` (the view's date).
 */
export function stepChart(points: readonly { date: string; count: number }[], until: string, title: string): SVGSVGElement {
  const width = 640;
  const height = 200;
  const margin = { top: 20, right: 16, bottom: 28, left: 40 };
  const max = Math.max(1, ...points.map((p) => p.count));
  const start = Math.min(...points.map((p) => time(p.date)));
  const end = Math.max(time(until), ...points.map((p) => time(p.date))) || start + 1;
  const span = Math.max(1, end - start);
  const x = (t: number): number => margin.left + ((width - margin.left - margin.right) * (t - start)) / span;
  const y = (count: number): number => margin.top + (height - margin.top - margin.bottom) * (1 - count / max);
  const svg = el("svg", { class: "chart step-chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title });
  svg.append(el("title", {}, title));
  svg.append(el("line", { x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0), stroke: "#999" }));
  svg.append(el("text", { x: margin.left - 6, y: y(max) + 4, "text-anchor": "end", "font-size": 11 }, String(max)));
  svg.append(el("text", { x: margin.left - 6, y: y(0) + 4, "text-anchor": "end", "font-size": 11 }, "0"));
  let d = "";
  points.forEach((p, i) => {
    const px = x(time(p.date));
    d += i === 0 ? `M${px},${y(p.count)}` : `H${px}V${y(p.count)}`;
  });
  if (points.length) d += `H${x(end)}`;
  svg.append(el("path", { class: "step", d, fill: "none", stroke: "#8e24aa", "stroke-width": 2.5 }));
  // A dot and its date at each change; the dates alternate above and below the axis when crowded.
  points.forEach((p, i) => {
    const dot = el("circle", { class: "step-point", cx: x(time(p.date)), cy: y(p.count), r: 4, fill: "#8e24aa" });
    dot.append(el("title", {}, `${p.date}: ${p.count}`));
    svg.append(dot);
    svg.append(el("text", { x: x(time(p.date)), y: y(p.count) - 8, "text-anchor": "middle", "font-size": 13 }, String(p.count)));
    svg.append(el("text", { x: x(time(p.date)), y: height - (i % 2 ? 2 : 12), "text-anchor": "middle", "font-size": 12 }, p.date));
  });
  return svg;
}
