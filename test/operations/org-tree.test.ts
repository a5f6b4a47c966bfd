import { OrgTreeDocument } from "../../src/client";
import { adHoc, dataOf, Harness, startHarness } from "./harness";

interface Tree {
  node: { id: string; name: string };
  children?: Tree[];
}

/** The tree as nested names, `name` for a leaf and `[name, children]` otherwise, to compare at a glance. */
const names = (t: Tree): unknown => (t.children?.length ? [t.node.name, t.children.map(names)] : t.node.name);

describe("orgTree: the nested view down PART_OF", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("org-tree");
  });
  afterAll(() => h.close());

  const tree = async (rootId: string, depth?: number) => {
    return (await dataOf(h, OrgTreeDocument, { rootId, depth })).orgTree as Tree;
  };

  it("nests the nodes PART_OF each node, ordered by name", async () => {
    expect(names(await tree("op-district", 2))).toEqual([
      "甲区",
      [
        ["东街道", ["星光社区", "月亮社区", "甲银行", "阳光社区"]],
        ["南镇", ["南村"]],
        ["西街道", ["山前社区", "河畔社区", "湖滨社区"]],
      ],
    ]);
  });

  it("orders every level as Neo4j orders names, by code point, where JavaScript's < would not", async () => {
    // 𠮷 (U+20BB7) is a surrogate pair, whose first code unit sorts below （ (U+FF08); its code point above.
    const names = ["（甲）社区", "𠮷祥社区", "a社区"];
    await h.driver.executeQuery(
      `CREATE (root:Entity:Area {id: $root, name: '排序区', level: 'district'}), (street:Entity:Area {id: $street, name: '排序街道', level: 'street'})-[:PART_OF]->(root)
       WITH root, street UNWIND range(0, size($names) - 1) AS i
       CREATE (:Entity:Community {id: $root + '-c' + i, name: $names[i]})-[:PART_OF]->(root),
              (:Entity:Community {id: $street + '-c' + i, name: $names[i]})-[:PART_OF]->(street)`,
      { root: h.g.id("op-order-root"), street: h.g.id("op-order-street"), names },
    );
    // The order Neo4j gives the stored names (parameters it compares by code unit, stored strings by code point).
    const stored = async (parent: string): Promise<string[]> =>
      (await h.driver.executeQuery("MATCH (:Entity {id: $parent})<-[:PART_OF]-(n) RETURN n.name AS name ORDER BY name, n.id", { parent: h.g.id(parent) })).records.map((r) => r.get("name") as string);
    expect(await stored("op-order-street")).toEqual(["a社区", "（甲）社区", "𠮷祥社区"]);
    const t = await tree("op-order-root", 2);
    // The first level is ordered in JavaScript, the second by the query: both as Neo4j orders.
    expect(t.children!.map((c) => c.node.name)).toEqual(await stored("op-order-root"));
    expect(t.children!.find((c) => c.node.name === "排序街道")!.children!.map((c) => c.node.name)).toEqual(["a社区", "（甲）社区", "𠮷祥社区"]);
  });

  it("goes depth levels down and no further (default 3)", async () => {
    const one = await tree("op-district", 1);
    expect(one.children!.map((c) => c.node.name)).toEqual(["东街道", "南镇", "西街道"]);
    expect(one.children!.every((c) => c.children!.length === 0)).toBe(true);
    const three = await tree("op-district");
    const street = three.children!.find((c) => c.node.name === "东街道")!;
    const sunshine = street.children!.find((c) => c.node.name === "阳光社区")!;
    expect(sunshine.children!.map((c) => c.node.name)).toEqual(["阳光一网格", "阳光红帆驿站"]);
  });

  it("gives the root alone at depth 0", async () => {
    expect(await tree("op-district", 0)).toEqual({
      node: { id: "op-district", name: "甲区", nameEn: "Jia District", type: "Area" },
      children: [],
    });
  });

  it("shows a PART_OF cycle once round instead of hanging", async () => {
    expect(names(await tree("op-cyc-1", 10))).toEqual(["环一", [["环三", ["环二", "环内社区"]]]]);
  });

  it("serves a view eight levels deep in one request: the tree's cost is its fields, not lists of lists", async () => {
    const level = (n: number): string => (n === 0 ? "node { id name }" : `node { id name } children { ${level(n - 1)} }`);
    const document = adHoc<{ orgTree: Tree }, Record<string, never>>(h.withIds(`{ orgTree(rootId: "op-cyc-1", depth: 8) { ${level(8)} } }`));
    const data = await dataOf(h, document, {});
    expect(names(data.orgTree)).toEqual(["环一", [["环三", ["环二", "环内社区"]]]]);
  });

  it("starts from any node type", async () => {
    expect(names(await tree("op-po-street-a", 1))).toEqual(["东街道党工委", ["月亮社区党委"]]);
    expect(await tree("op-res-1", 3)).toEqual({ node: { id: "op-res-1", name: "服务群众", nameEn: null, type: "Result" }, children: [] });
  });
});
