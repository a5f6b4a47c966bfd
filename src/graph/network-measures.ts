/**
 * Measures of an org-to-org network, computed by graphology (maintained, and what sigma.js and
 * Gephi Lite use) rather than by hand: degree, betweenness (Brandes, normalized as NetworkX's
 * betweenness_centrality is by default, so the figures compare one to one) and a Louvain community.
 *
 * Betweenness counts shortest paths by hops: a link's weight (how many pairings or alliances two
 * organizations share) says how strong the tie is, not how far apart they are. Louvain does use the
 * weights. Its random walk is seeded, so the same network gives the same communities every time,
 * and communities are numbered 0, 1, 2... in the order of their first node by id.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";

export interface WeightedLink {
  from: string;
  to: string;
  weight: number;
}

export interface NodeMeasures {
  degree: number;
  betweenness: number;
  community: number;
}

/** A small seeded generator (mulberry32) for Louvain's random walk: reproducible answers. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOUVAIN_SEED = 20;

/** Degree, betweenness and community of every node that has a link; links are undirected and merged per pair. */
export function measureNetwork(links: readonly WeightedLink[]): Map<string, NodeMeasures> {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const { from, to, weight } of links) {
    if (from === to) continue;
    graph.mergeNode(from);
    graph.mergeNode(to);
    graph.updateEdge(from, to, (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + weight }));
  }
  const measures = new Map<string, NodeMeasures>();
  if (graph.order === 0) return measures;
  const betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const communities = graph.size > 0 ? louvain(graph, { getEdgeWeight: "weight", rng: seeded(LOUVAIN_SEED) }) : {};
  const renumbered = new Map<number, number>();
  for (const node of [...graph.nodes()].sort()) {
    const raw = communities[node] ?? -1;
    if (!renumbered.has(raw)) renumbered.set(raw, renumbered.size);
    measures.set(node, { degree: graph.degree(node), betweenness: betweenness[node] ?? 0, community: renumbered.get(raw)! });
  }
  return measures;
}
