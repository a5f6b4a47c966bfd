import { CoverageDocument } from "../../src/client";
import { dataOf, Harness, startHarness } from "./harness";

describe("coverage: how much of an area the pairings cover", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("coverage");
  });
  afterAll(() => h.close());

  const coverage = async (areaId: string, asOf?: string) => {
    const data = await dataOf(h, CoverageDocument, { areaId, asOf });
    const { area, ...counts } = data.coverage;
    return { area: area.id, ...counts };
  };

  it("counts the communities anywhere below the area", async () => {
    expect(await coverage("op-district", "2024-03")).toEqual({ area: "op-district", communities: 8, paired: 3, unpaired: 5, withStation: 2 });
    expect(await coverage("op-city", "2024-03")).toEqual({ area: "op-city", communities: 8, paired: 3, unpaired: 5, withStation: 2 });
    expect(await coverage("op-street-a", "2024-03")).toEqual({ area: "op-street-a", communities: 4, paired: 2, unpaired: 2, withStation: 1 });
  });

  it("follows the pairings' dates", async () => {
    // 月亮社区's pairing ended 2024-06 (= 2024-06-01): paired on that day, not a month later.
    expect((await coverage("op-street-a", "2024-06")).paired).toBe(2);
    expect((await coverage("op-street-a", "2024-07")).paired).toBe(1);
    // 湖滨社区's pairing begins 2030.
    expect((await coverage("op-street-b", "2029-12-31")).paired).toBe(1);
    expect((await coverage("op-street-b", "2030")).paired).toBe(2);
    // Before any pairing, only 山前 (2019 to 2020-12).
    expect(await coverage("op-district", "2020-06")).toMatchObject({ paired: 1, unpaired: 7 });
  });

  it("counts an area with no pairing, and survives a PART_OF cycle", async () => {
    expect(await coverage("op-town", "2024")).toEqual({ area: "op-town", communities: 1, paired: 0, unpaired: 1, withStation: 0 });
    expect(await coverage("op-cyc-2", "2024")).toEqual({ area: "op-cyc-2", communities: 1, paired: 0, unpaired: 1, withStation: 0 });
  });
});
