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
    expect(createNodeColumns("Pairing", ["id", "name", "kind", "sourceIds"])).toMatch(/SET n\.id = \$values\[0\]\[i\], n\.name = \$values\[1\]\[i\], n\.kind = \$values\[2\]\[i\], n\.sourceIds = \$values\[3\]\[i\]/);
    expect(createLinkColumns("PARTY_TO", ["role"])).toMatch(/SET r\.role = \$values\[0\]\[i\]/);
    expect(createLinkColumns("RUNS", [])).not.toMatch(/SET/);
  });

  it("refuse a name the model does not give the type, since names become part of the statement", () => {
    expect(() => createNodeColumns("Pairing", ["id", "name = 1 DETACH DELETE n //"])).toThrow(/Not a property of Pairing/);
    expect(() => createNodeColumns("Pairing", ["id", "colour"])).toThrow(/colour/);
    expect(() => createLinkColumns("RUNS", ["role"])).toThrow(/Not a property of RUNS in the model: role/);
  });
});
