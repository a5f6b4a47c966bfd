import "reflect-metadata";
import fs from "node:fs";
import { reasonsFor, toSuggestion, type Candidate } from "../../src/graphql/operations/suggest-partners";
import { byCategory } from "../../src/graphql/operations/needs-summary";
import { csvCell, csvText } from "../../src/http/csv";
import { API_SCHEMA_FILE } from "../../src/graphql/schema";
import { CATEGORIES } from "../../src/graph/model";

const candidate = (over: Partial<Candidate> = {}): Candidate => ({
  unit: { id: "u1", name: "甲餐饮公司", type: "Unit" },
  sector: "service",
  score: 15.5,
  met: [{ id: "n1", name: "老人助餐", category: "elderly_care", resource: "助餐" }],
  nearness: 2,
  load: 0,
  newSector: true,
  ...over,
});

describe("suggestPartners' reasons", () => {
  it("reads as a planner would say it: the needs met, then nearness, load and sector", () => {
    expect(reasonsFor(candidate())).toEqual([
      "offers 助餐 for the open need 老人助餐",
      "same street",
      "no pairing in force",
      "sector service: none of the community's present partners",
    ]);
    expect(reasonsFor(candidate({ met: [], nearness: 0, load: 1, newSector: false }))).toEqual(["outside the district", "1 pairing in force"]);
    expect(reasonsFor(candidate({ nearness: 1, load: 4, sector: null, newSector: true }))).toEqual([
      "offers 助餐 for the open need 老人助餐",
      "same district",
      "4 pairings in force",
    ]);
  });

  it("answers the contract's fields, the score rounded for reading", () => {
    const s = toSuggestion(candidate({ score: 10 + 4 + 1 / 3 }));
    expect(s).toMatchObject({ score: 14.333, needs: ["n1"], load: 0, nearness: "street", sector: "service" });
  });

  it("has the contract's signature and answer type (section 4.4)", () => {
    const sdl = fs.readFileSync(API_SCHEMA_FILE, "utf8");
    expect(sdl).toContain("  suggestPartners(communityId: ID!, asOf: String, first: Int = 10): [PartnerSuggestion!]!\n");
    const type = sdl.slice(sdl.indexOf("type PartnerSuggestion {"));
    const fields = type.slice(0, type.indexOf("\n}")).split("\n").filter((l) => /^  \w+: /.test(l)).map((l) => l.trim());
    expect(fields).toEqual(expect.arrayContaining(["unit: OrgRef!", "score: Float!", "reasons: [String!]!", "needs: [ID!]!", "load: Int!"]));
  });
});

describe("needsSummary's categories", () => {
  it("lists every category of the model in its order, zeros where the lists say nothing", () => {
    const rows = byCategory({
      needs: [{ category: "legal", open: 1, met: 2 }],
      resources: [{ category: "childcare", resources: 3, units: 2 }],
    });
    expect(rows.map((r) => r.category)).toEqual([...CATEGORIES]);
    expect(rows.find((r) => r.category === "legal")).toEqual({ category: "legal", open: 1, met: 2, resources: 0, units: 0 });
    expect(rows.find((r) => r.category === "childcare")).toEqual({ category: "childcare", open: 0, met: 0, resources: 3, units: 2 });
  });
});

describe("CSV for Excel", () => {
  it("quotes what needs quoting and never lets a cell run as a formula", () => {
    expect(csvCell("冬村")).toBe("冬村");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-1+1")).toBe("'-1+1");
    expect(csvCell(null)).toBe("");
    expect(csvText(["a", "b"], [["1", null]])).toBe("\ufeffa,b\r\n1,\r\n");
  });
});
