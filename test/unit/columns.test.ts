import { columnsOf, createLinkColumns } from "../../src/interchange/columns";

describe("columnsOf", () => {
  const allowed = new Set(["id", "name", "since", "sourceIds"]);

  it("gives one list per property, null where a row lacks it, in the rows' order", () => {
    const { keys, values } = columnsOf([{ id: "a", name: "甲" }, { id: "b", since: "2024-03" }, { id: "c", name: "丙", sourceIds: ["s1"] }], allowed);
    expect(keys).toEqual(["id", "name", "since", "sourceIds"]);
    expect(values).toEqual([
      ["a", "b", "c"],
      ["甲", null, "丙"],
      [null, "2024-03", null],
      [null, null, ["s1"]],
    ]);
  });

  it("refuses a property the model does not name, since names become part of the statement", () => {
    expect(() => columnsOf([{ id: "a", "name = 1 DETACH DELETE n //": "x" }], new Set([...allowed, "name = 1 DETACH DELETE n //"]))).toThrow(/Not a property/);
    expect(() => columnsOf([{ id: "a", colour: "red" }], allowed)).toThrow(/colour/);
  });

  it("writes no SET for a link without properties", () => {
    expect(createLinkColumns("RUNS", [])).not.toMatch(/SET/);
    expect(createLinkColumns("PARTY_TO", ["role"])).toMatch(/SET r\.role = \$values\[0\]\[i\]/);
  });
});
