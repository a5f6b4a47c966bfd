import { statusLine, terminalLog } from "../../src/database/local/status-line";

describe("a status line", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const terminal = () => {
    const written: string[] = [];
    return { written, stream: { isTTY: true, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
  };

  it("rewrites one line on a terminal for a command's own log, and clears it when done", () => {
    const { written, stream } = terminal();
    const lines: string[] = [];
    const line = statusLine(() => "12 files", terminalLog((l) => lines.push(l)), stream);
    jest.advanceTimersByTime(1000);
    line.stop();
    expect(written.length).toBeGreaterThanOrEqual(4);
    expect(written[0]).toBe("\r\x1b[K  12 files");
    expect(written.at(-1)).toBe("\r\x1b[K");
    expect(lines).toEqual([]);
  });

  it("logs a whole line every 5 s when the output is not a terminal", () => {
    const lines: string[] = [];
    const line = statusLine(() => "12 files", terminalLog((l) => lines.push(l)), { isTTY: false } as NodeJS.WriteStream);
    jest.advanceTimersByTime(12_000);
    line.stop();
    expect(lines).toEqual(["  12 files", "  12 files"]);
  });

  it("never writes to the terminal for a caller whose log is not the terminal's (a silent test)", () => {
    const { written, stream } = terminal();
    const line = statusLine(() => "12 files", () => undefined, stream);
    jest.advanceTimersByTime(12_000);
    line.stop();
    expect(written).toEqual([]);
  });
});
