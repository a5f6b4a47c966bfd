import { firstDay, isPartialDate, today } from "../../src/graph/dates";

/** Partial ISO dates (src/graph/dates.ts): which are real, and the day each one is compared as. */
describe("partial dates", () => {
  it.each(["2023", "2023-09", "2023-09-15", "2024-02-29", "2000-02-29", "2023-12-31", "2023-01-01", "0001"])("accepts %s", (text) => {
    expect(isPartialDate(text)).toBe(true);
  });

  it.each([
    ["a day February does not have", "2024-02-30"],
    ["February 29 of a common year", "2023-02-29"],
    ["February 29 of a century that is no leap year", "1900-02-29"],
    ["April 31", "2023-04-31"],
    ["month 13", "2023-13"],
    ["month 00", "2023-00"],
    ["day 00", "2023-09-00"],
    ["day 32", "2023-01-32"],
    ["a month without its leading zero", "2023-9"],
    ["a day without its leading zero", "2023-09-1"],
    ["a two-digit year", "23-09"],
    ["a time", "2023-09-15T10:00"],
    ["slashes", "2023/09/15"],
    ["spaces around", " 2023"],
    ["the empty string", ""],
    ["a word", "yesterday"],
  ])("refuses %s (%s)", (_why, text) => {
    expect(isPartialDate(text)).toBe(false);
  });

  it("compares a partial date as the first day of its period", () => {
    expect(firstDay("2023")).toBe("2023-01-01");
    expect(firstDay("2023-09")).toBe("2023-09-01");
    expect(firstDay("2023-09-15")).toBe("2023-09-15");
  });

  it("makes string order date order across precisions", () => {
    const written = ["2024", "2023-09-15", "2023-09", "2023-12-31", "2023", "2024-01-02"];
    const byDay = [...written].sort((a, b) => (firstDay(a) < firstDay(b) ? -1 : firstDay(a) > firstDay(b) ? 1 : 0));
    expect(byDay).toEqual(["2023", "2023-09", "2023-09-15", "2023-12-31", "2024", "2024-01-02"]);
    // A month is the same day as its first day, and before its second.
    expect(firstDay("2023-09") === firstDay("2023-09-01")).toBe(true);
    expect(firstDay("2023-09") < firstDay("2023-09-02")).toBe(true);
  });

  it("gives today as a full UTC date", () => {
    const day = today();
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(isPartialDate(day)).toBe(true);
    expect(day).toBe(new Date().toISOString().slice(0, 10));
  });
});
