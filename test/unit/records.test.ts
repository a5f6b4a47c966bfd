import { parseLine } from "../../src/interchange/records";

/** One NDJSON line of the interchange format (src/interchange/records.ts), checked on its own. */
describe("parseLine", () => {
  const reasonsOf = (line: string): string[] => {
    const parsed = parseLine(line);
    if (parsed.ok) throw new Error(`accepted: ${line}`);
    return parsed.reasons;
  };

  it.each(["", "   ", "// a comment", "  // an indented comment"])("skips %j", (line) => {
    expect(parseLine(line)).toEqual({ ok: true, record: null, references: [] });
  });

  it("reads a node: its properties apart from id, type and sources, and the sources it cites", () => {
    const parsed = parseLine(
      '{"id":"t-pairing","type":"Pairing","name":"共建","kind":"co_building","since":"2023-09","until":null,"sources":[{"id":"s1","locator":"para 3"},{"id":"s2"}]}',
    );
    expect(parsed).toEqual({
      ok: true,
      record: {
        kind: "node",
        id: "t-pairing",
        type: "Pairing",
        properties: { name: "共建", kind: "co_building", since: "2023-09" }, // a null is as if absent
        sources: [{ id: "s1", locator: "para 3" }, { id: "s2" }],
      },
      references: [
        { id: "s1", allowed: ["Source"], role: "sources[0]" },
        { id: "s2", allowed: ["Source"], role: "sources[1]" },
      ],
    });
  });

  it("reads a link, and names the types each end may have", () => {
    const parsed = parseLine('  {"type":"PARTY_TO","from":"t-bank","to":"t-pairing","role":"共建单位"}  ');
    if (!parsed.ok || !parsed.record) throw new Error("refused");
    expect(parsed.record).toEqual({ kind: "link", type: "PARTY_TO", from: "t-bank", to: "t-pairing", properties: { role: "共建单位" }, sources: [] });
    const [from, to] = parsed.references;
    expect(from).toMatchObject({ id: "t-bank", role: "from" });
    expect(from.allowed).toEqual(expect.arrayContaining(["Unit", "Community"]));
    expect(to).toEqual({ id: "t-pairing", allowed: ["Pairing"], role: "to" });
  });

  it.each([
    ["not JSON", "this is not json", /^not JSON \(/],
    ["a JSON list", "[1, 2]", /^not a JSON object$/],
    ["a JSON number", "42", /^not a JSON object$/],
    ["JSON null", "null", /^not a JSON object$/],
    ["no type", '{"id":"x","name":"无"}', /^missing type$/],
    ["an unknown type", '{"id":"x","type":"Planet","name":"火星"}', /^unknown type "Planet"$/],
  ])("refuses %s", (_why, line, reason) => {
    const reasons = reasonsOf(line);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(reason);
  });

  it("names every problem of a node at once", () => {
    expect(reasonsOf('{"id":"bad id!","type":"Area","level":"galaxy","colour":"red","sources":[{"locator":"p. 1"}]}')).toEqual([
      'malformed id "bad id!": use letters, digits and . _ : - (at most 128)',
      "missing name",
      expect.stringMatching(/^level must be one of city, district, .*; got "galaxy"$/),
      'unknown property "colour" for Area',
      'sources[0] must be an object with a string "id"',
    ]);
  });

  it("checks each kind of property", () => {
    expect(reasonsOf('{"id":"p","type":"Pairing","name":"坏","since":"2024-02-30"}')).toEqual(['since must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"']);
    expect(reasonsOf('{"id":"a","type":"Activity","name":"次","times":"twelve"}')).toEqual(['times must be an integer, got "twelve"']);
    expect(reasonsOf('{"id":"a","type":"Activity","name":"次","times":1.5}')).toEqual(["times must be an integer, got number 1.5"]);
    expect(reasonsOf('{"id":"r","type":"Result","name":"果","value":"8.5"}')).toEqual(['value must be a number, got "8.5"']);
    expect(reasonsOf('{"id":"c","type":"Community","name":"社","nameEn":7}')).toEqual(["nameEn must be a string, got number 7"]);
    expect(reasonsOf('{"id":"c","type":"Community","name":"社","aliases":["甲",""]}')).toEqual(["aliases must be a list of non-empty strings, got a list"]);
    expect(reasonsOf('{"id":"c","type":"Community","name":"  "}')).toEqual(["missing name"]);
    expect(reasonsOf('{"id":"","type":"Community","name":"社"}')).toEqual(["missing id"]);
    expect(reasonsOf(`{"id":"${"a".repeat(129)}","type":"Community","name":"社"}`)[0]).toMatch(/^malformed id "a{40}…"/);
  });

  it("checks a link's ends, properties and sources", () => {
    expect(reasonsOf('{"type":"PART_OF","from":"","since":"2023-13","sources":"s1"}')).toEqual([
      "missing from",
      "missing to",
      'since must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2023-13"',
      'sources must be a list of {"id", "locator"}, got "s1"',
    ]);
    expect(reasonsOf('{"type":"RUNS","from":"a","to":"b","role":"x"}')).toEqual(['unknown property "role" for RUNS']);
    expect(reasonsOf('{"type":"HELD","from":"a","to":"b","sources":[{"id":"s","locator":3}]}')).toEqual(["sources[0].locator must be a string, got number 3"]);
  });
});
