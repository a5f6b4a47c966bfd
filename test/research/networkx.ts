/**
 * NetworkX as the researcher runs it (Debian's python3-networkx): the tests hand it exported files
 * and read back what it understood, as JSON.
 */
import { execFileSync } from "node:child_process";

export interface ReadGraph {
  directed: boolean;
  multigraph: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
}

const READ = `
import json, sys
import networkx as nx
path, kind = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
print(json.dumps({
  "directed": g.is_directed(),
  "multigraph": g.is_multigraph(),
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "edges": [[u, v, d] for u, v, d in g.edges(data=True)],
}, ensure_ascii=False))
`;

/** The graph NetworkX reads from a GraphML or GEXF file, with every attribute as it typed it. */
export function readWithNetworkX(file: string, kind: "graphml" | "gexf"): ReadGraph {
  return JSON.parse(execFileSync("python3", ["-c", READ, file, kind], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })) as ReadGraph;
}

const MEASURE = `
import json, sys
import networkx as nx
g = nx.Graph()
for link in json.load(sys.stdin):
    g.add_edge(link["from"], link["to"], weight=link["weight"])
print(json.dumps({"degree": dict(g.degree()), "betweenness": nx.betweenness_centrality(g)}))
`;

/** NetworkX's own degree and (normalized) betweenness of an undirected network given as links. */
export function networkxMeasures(links: { from: string; to: string; weight: number }[]): { degree: Record<string, number>; betweenness: Record<string, number> } {
  return JSON.parse(execFileSync("python3", ["-c", MEASURE], { input: JSON.stringify(links), encoding: "utf8" }));
}

/** The rows of a CSV file as Python's csv module reads them (a check that the quoting is standard). */
export function readCsvWithPython(file: string): Record<string, string>[] {
  const script = `
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    print(json.dumps(list(csv.DictReader(f)), ensure_ascii=False))
`;
  return JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }));
}
