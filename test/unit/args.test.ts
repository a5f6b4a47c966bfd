import { readArgs, UsageError } from "../../src/cli/args";

const USAGE = "usage: thing [--atomic] [--out FILE] FILE...";
const read = (args: string[]) =>
  readArgs(USAGE, { options: { atomic: { type: "boolean", default: false }, out: { type: "string" } }, allowPositionals: true }, args);

describe("command-line arguments", () => {
  it("reads flags, values and files, with `-` as a file", () => {
    expect(read(["--atomic", "a.ndjson", "-", "--out", "-"])).toEqual({ values: { atomic: true, out: "-" }, positionals: ["a.ndjson", "-"] });
    expect(read(["a"]).values.atomic).toBe(false);
  });

  it("refuses an unknown flag in one line that names it, then the usage", () => {
    expect(() => read(["--atomc", "a"])).toThrow(UsageError);
    expect(() => read(["--atomc", "a"])).toThrow(`Unknown option '--atomc'.\n${USAGE}`);
  });

  it("refuses a flag whose value is missing, rather than taking the next flag as it", () => {
    expect(() => read(["--out"])).toThrow(/^Option '--out <value>' argument missing\nusage:/);
    expect(() => read(["--out", "--atomic"])).toThrow(/^Option '--out' argument is ambiguous\.\nusage:/);
  });
});
