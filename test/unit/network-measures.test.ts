/** The measures graphology gives are NetworkX's, on Zachary's karate club (NetworkX's own fixture); no database. */
import "reflect-metadata";
import { execFileSync } from "node:child_process";
import { measureNetwork } from "../../src/graph/network-measures";
import { MAX_NETWORK_NODES, networkOf } from "../../src/graphql/operations/network";

const KARATE = `
import json
import networkx as nx
g = nx.karate_club_graph()
print(json.dumps({
  "links": [{"from": str(u), "to": str(v), "weight": 1} for u, v in g.edges()],
  "degree": {str(n): d for n, d in g.degree()},
  "betweenness": {str(n): b for n, b in nx.betweenness_centrality(g).items()},
}))
`;

describe("network measures", () => {
  it("match NetworkX's degree and betweenness on the karate club", () => {
    const karate = JSON.parse(execFileSync("python3", ["-c", KARATE], { encoding: "utf8" }));
    const measures = measureNetwork(karate.links);
    expect(measures.size).toBe(34);
    for (const [node, m] of measures) {
      expect(m.degree).toBe(karate.degree[node]);
      expect(m.betweenness).toBeCloseTo(karate.betweenness[node], 10);
    }
    // Louvain finds the club's split into a few groups, numbered from 0, the same every time.
    const communities = new Set([...measures.values()].map((m) => m.community));
    expect(communities.size).toBeGreaterThanOrEqual(2);
    expect(Math.min(...communities)).toBe(0);
    expect(measureNetwork(karate.links)).toEqual(measures);
  });

  it("merges a pair given twice and ignores a loop", () => {
    const m = measureNetwork([
      { from: "a", to: "b", weight: 1 },
      { from: "b", to: "a", weight: 2 },
      { from: "a", to: "a", weight: 1 },
    ]);
    expect(m.get("a")!.degree).toBe(1);
    expect(measureNetwork([]).size).toBe(0);
  });

  it("refuses a network over the cap, saying what to do instead", () => {
    const ref = (id: string) => ({ id, name: id, type: "Unit" });
    const links = Array.from({ length: MAX_NETWORK_NODES / 2 + 1 }, (_, i) => ({ a: ref(`a${i}`), b: ref(`b${i}`), weight: 1 }));
    expect(() => networkOf(links)).toThrow(/more than 1500 organizations.*npm run export/);
  });
});
