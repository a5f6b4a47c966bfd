import { countByPeriod, periodsBetween } from "../../src/graph/periods";

describe("periods for time series", () => {
  it("lists years, quarters and months from the period holding `from` to the one holding `to`", () => {
    expect(periodsBetween("2023-05", "2025-01-09", "year").map((p) => p.label)).toEqual(["2023", "2024", "2025"]);
    expect(periodsBetween("2023-02", "2023-12", "quarter").map((p) => [p.label, p.start, p.end])).toEqual([
      ["2023-Q1", "2023-01-01", "2023-03-31"],
      ["2023-Q2", "2023-04-01", "2023-06-30"],
      ["2023-Q3", "2023-07-01", "2023-09-30"],
      ["2023-Q4", "2023-10-01", "2023-12-31"],
    ]);
    expect(periodsBetween("2024-01", "2024-03", "month").map((p) => p.end)).toEqual(["2024-01-31", "2024-02-29", "2024-03-31"]);
  });

  it("counts an item in a period when any of its intervals overlaps it; partial dates are their first day", () => {
    const years = periodsBetween("2020", "2024", "year");
    const items = [
      [{ since: "2021-06", until: "2022-01" }], // until 2022-01-01: still in force on 2022's first day
      [{ since: "2023" }],
      [{ since: null, until: "2020-12-31" }],
      [{ since: "2020", until: "2020-06" }, { since: "2024-12" }],
    ];
    expect(countByPeriod(items, years)).toEqual([2, 1, 1, 1, 2]);
  });
});
