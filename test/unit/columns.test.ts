import { columnsOf, createLinkColumns, createNodeColumns } from "../../src/interchange/columns";

describe("columnsOf", () => {
  it("gives one list per property, null where a row lacks it, in the rows' order", () => {
    const { keys, values } = columnsOf([{ id: "a", name: "甲" }, { id: "b", since: "2024-03" }, { id: "c", name: "丙", sourceIds: ["s1"] }]);
    expect(keys).toEqual(["id", "name", "since", "sourceIds"]);
    expect(values).toEqual([
      ["a", "b", "c"],
      ["甲", null, "丙"],
      [null, "2024-03", null],
      [null, null, ["s1"]],
    ]);
  });
});

describe("the statements that create rows from columns", () => {
  it("set each property the model names for the type", () => {
    expect(createNodeColumns("Pairing", ["id", "name", "kind", "sourceIds"], ["list", "list", "list", "list"])).toMatch(
      /SET n\.id = \$values\[0\]\[i\], n\.name = \$values\[1\]\[i\], n\.kind = \$values\[2\]\[i\], n\.sourceIds = \$values\[3\]\[i\]/,
    );
    expect(createLinkColumns("PARTY_TO", ["role"], ["list", "list", "list"])).toMatch(/SET r\.role = \$values\[0\]\[i\]/);
    expect(createLinkColumns("RUNS", [], ["list", "list"])).not.toMatch(/SET/);
  });

  it("read a packed column from its split, once per batch (packed-text.ts)", () => {
    const cypher = createNodeColumns("Pairing", ["id", "sourceIds", "since"], ["text", "texts", "list"]);
    expect(cypher).toMatch(/WITH split\(\$values\[0\], '\\u001e'\) AS c0, split\(\$values\[1\], '\\u001e'\) AS c1\s+UNWIND/);
    expect(cypher).toMatch(/SET n\.id = c0\[i\], n\.sourceIds = split\(c1\[i\], '\\u001f'\), n\.since = \$values\[2\]\[i\]/);
    expect(createLinkColumns("PARTY_TO", [], ["text", "list"])).toMatch(/MATCH \(a:Entity \{id: c0\[i\]\}\)\s+MATCH \(b:Entity \{id: \$values\[1\]\[i\]\}\)/);
  });

  it("refuse a name the model does not give the type, since names become part of the statement", () => {
    expect(() => createNodeColumns("Pairing", ["id", "name = 1 DETACH DELETE n //"], ["list", "list"])).toThrow(/Not a property of Pairing/);
    expect(() => createNodeColumns("Pairing", ["id", "colour"], ["list", "list"])).toThrow(/colour/);
    expect(() => createLinkColumns("RUNS", ["role"], ["list", "list", "list"])).toThrow(/Not a property of RUNS in the model: role/);
  });
});
