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
