/** The explorer's pure parts: its URLs with their date, and citations grouped by source. */
import { dayOf, format, parse } from "../../explorer/src/url";
import { citationLines, citationText } from "../../explorer/src/figures";

describe("explorer URLs", () => {
  it("reads the view, the node and the date", () => {
    expect(parse("#/network/unit-a?asOf=2024-06")).toEqual({ view: "network", id: "unit-a", asOf: "2024-06" });
    expect(parse("#/alliance/alliance-x")).toEqual({ view: "alliance", id: "alliance-x", asOf: undefined });
  });

  it("falls back to the tree for an unknown view and ignores a date the API would refuse", () => {
    expect(parse("#/nowhere/x?asOf=June")).toEqual({ view: "tree", id: "x", asOf: undefined });
  });

  it("writes back what it reads, ids encoded", () => {
    const route = { view: "trace" as const, id: "src#para 3", asOf: "2023-01-15" };
    expect(format(route)).toBe("#/trace/src%23para%203?asOf=2023-01-15");
    expect(parse(format(route))).toEqual(route);
  });

  it("fills a partial date out to the last day it covers, for a date picker", () => {
    expect(dayOf("2024")).toBe("2024-12-31");
    expect(dayOf("2024-02")).toBe("2024-02-29");
    expect(dayOf("2023-08-22")).toBe("2023-08-22");
  });
});

describe("citations", () => {
  const paper = { name: "高新区报 2023-08-22 党建引领网格化服务管理等", publication: "高新区报", date: "2023-08-22" };

  it("names a source once, with its paragraphs", () => {
    const lines = citationLines([
      { ...paper, locator: "para 17" },
      { ...paper, locator: "para 19" },
      { ...paper, locator: "para 17" },
      { name: "测试报", locator: "p. 3" },
    ]);
    expect(lines).toEqual(["高新区报 2023-08-22: para 17, 19", "测试报: p. 3"]);
  });

  it("says when a figure has no source", () => {
    expect(citationText([])).toBe("(no source)");
    expect(citationText([{ ...paper, locator: "para 4" }])).toBe("(高新区报 2023-08-22: para 4)");
  });
});
