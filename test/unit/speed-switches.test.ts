/** PARTYGRAPH_OFF turns named speed-ups off for an A/B run; a misspelt name must not silently measure nothing. */
const load = (value: string | undefined): typeof import("../../src/speed-switches") => {
  const saved = process.env.PARTYGRAPH_OFF;
  if (value === undefined) delete process.env.PARTYGRAPH_OFF;
  else process.env.PARTYGRAPH_OFF = value;
  try {
    let loaded!: typeof import("../../src/speed-switches");
    jest.isolateModules(() => (loaded = require("../../src/speed-switches")));
    return loaded;
  } finally {
    if (saved === undefined) delete process.env.PARTYGRAPH_OFF;
    else process.env.PARTYGRAPH_OFF = saved;
  }
};

describe("speed switches", () => {
  it("are all on unless PARTYGRAPH_OFF names them", () => {
    const { speedUp } = load(undefined);
    expect(["jit", "nameEn", "nagle", "cork", "columns"].map((n) => speedUp(n as never))).toEqual([true, true, true, true, true]);
  });

  it("turns off exactly the ones named", () => {
    const { speedUp } = load(" jit, nagle ");
    expect(speedUp("jit")).toBe(false);
    expect(speedUp("nagle")).toBe(false);
    expect(speedUp("nameEn")).toBe(true);
  });

  it("refuses an unknown name", () => {
    expect(() => load("jitt")).toThrow(/unknown speed-up "jitt"/);
  });
});
