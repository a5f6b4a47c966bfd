import { countAt, MemberFigure, placeCount } from "../../src/graph/member-counts";

const figure = (over: Partial<MemberFigure>): MemberFigure => ({ value: 29, date: null, dateBasis: null, status: null, sourceDates: [], ...over });

describe("member counts stand only where the evidence places them", () => {
  it("places a dated figure at its date, a founding one at the founding date, a report at its earliest source", () => {
    expect(placeCount(figure({ date: "2023-05", dateBasis: "date" }), "2019")).toMatchObject({ date: "2023-05", day: "2023-05-01" });
    expect(placeCount(figure({ date: "2023-05" }), null)).toMatchObject({ date: "2023-05", rank: 1 }); // a date and no basis: its date
    expect(placeCount(figure({ value: 18, dateBasis: "founding" }), "2019-05")).toMatchObject({ date: "2019-05", value: 18, rank: 0 });
    expect(placeCount(figure({ dateBasis: "report", sourceDates: ["2024-05", null, "2023-08-22"] }), null)).toMatchObject({ date: "2023-08-22", rank: 2 });
  });

  it("places nothing the evidence does not date, and no target or plan", () => {
    expect(placeCount(figure({}), "2019")).toBeNull(); // undated
    expect(placeCount(figure({ dateBasis: "founding" }), null)).toBeNull(); // no founding date
    expect(placeCount(figure({ dateBasis: "report", sourceDates: [null] }), null)).toBeNull(); // no dated source
    expect(placeCount(figure({ date: "2024-12", status: "target" }), null)).toBeNull();
    expect(placeCount(figure({ date: "2024-12", status: "planned" }), null)).toBeNull();
    expect(placeCount(figure({ date: "2024", value: null }), null)).toBeNull();
  });

  it("gives the latest placed count on or before a day, a report over a founding figure of the same day, 0 before any", () => {
    const founding = placeCount(figure({ value: 18, dateBasis: "founding" }), "2024-05")!;
    const report = placeCount(figure({ value: 29, dateBasis: "report", sourceDates: ["2024-05"] }), null)!;
    expect(countAt([report, founding], "1990-01-01")).toBe(0);
    expect(countAt([report, founding], "2024-05-01")).toBe(29);
    expect(countAt([report, founding], "2024-05-01", 0)).toBe(18); // the founding figure first, as the timeline shows it
    const later = placeCount(figure({ value: 25, date: "2025" }), null)!;
    expect(countAt([report, founding, later], "2025-06-01")).toBe(25); // a later figure replaces a larger earlier one
  });
});
