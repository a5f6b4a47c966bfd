import { UsageError } from "../../src/cli/args";
import { parseSplitArgs } from "../../src/cli/split-args";

/** `npm run split`'s command line (src/cli/split-args.ts), checked before the database is touched. */
describe("the split command line", () => {
  it("reads the new organizations and the moves, in lists or one flag each", () => {
    expect(
      parseSplitArgs(["comm-a", "--into", "comm-a1:社区A1,area:x:comm-a2:社区A2", "--into", "comm-a3:社区A3", "--date", "2024-03-01", "--move", "po=comm-a1,comm-a2", "--move", "g1,g2=comm-a3"]),
    ).toEqual({
      fromId: "comm-a",
      date: "2024-03-01",
      // An id may hold colons: the name follows the last one.
      into: [
        { id: "comm-a1", name: "社区A1" },
        { id: "area:x:comm-a2", name: "社区A2" },
        { id: "comm-a3", name: "社区A3" },
      ],
      moves: [
        { linked: "po", to: "comm-a1" },
        { linked: "po", to: "comm-a2" },
        { linked: "g1", to: "comm-a3" },
        { linked: "g2", to: "comm-a3" },
      ],
    });
  });

  it("refuses a command line it cannot read, with the usage", () => {
    for (const argv of [
      ["--into", "a:一,b:二", "--date", "2024"],
      ["comm-a", "--into", "a:一,b:二"],
      ["comm-a", "--date", "2024"],
      ["comm-a", "--into", "a", "--date", "2024"],
      ["comm-a", "--into", "a:一,b:二", "--date", "2024", "--move", "po"],
      ["comm-a", "--into", "a:一,b:二", "--date", "2024", "--bogus"],
    ]) {
      expect(() => parseSplitArgs(argv)).toThrow(UsageError);
    }
  });
});
