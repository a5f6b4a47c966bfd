import { GraphQLError } from "graphql";
import { decodeCursor, encodeCursor } from "../../src/graphql/types/arguments";

/** Page cursors (src/graphql/types/arguments.ts): opaque, exact, and refused when not ours. */
describe("cursors", () => {
  const refusal = (cursor: string, argument?: string): GraphQLError => {
    try {
      decodeCursor(cursor, argument);
    } catch (error) {
      return error as GraphQLError;
    }
    throw new Error(`${JSON.stringify(cursor)} was accepted`);
  };

  it.each(["op-comm-a3", "a", "x.y_z:1-2", "A9", "a".repeat(128)])("round-trips the id %s", (id) => {
    expect(decodeCursor(encodeCursor(id))).toBe(id);
  });

  it("is URL-safe text that does not show the id", () => {
    const cursor = encodeCursor("op-comm-a3");
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain("op-comm");
    expect(encodeCursor("op-comm-a3")).toBe(cursor); // the same id, the same cursor
    expect(encodeCursor("op-comm-a4")).not.toBe(cursor);
  });

  it.each([
    ["garbage", "garbage"],
    ["the empty string", ""],
    ["an id without the cursor's prefix", Buffer.from("op-comm-a3").toString("base64url")],
    ["a malformed id behind the prefix", Buffer.from("id:' OR 1=1").toString("base64url")],
    ["an empty id behind the prefix", Buffer.from("id:").toString("base64url")],
    ["an id of 129 characters", Buffer.from(`id:${"a".repeat(129)}`).toString("base64url")],
    ["standard base64 with padding", Buffer.from("id:op-comm-b2").toString("base64")],
  ])("refuses %s as BAD_USER_INPUT naming the argument", (_why, cursor) => {
    const error = refusal(cursor);
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
    expect(error.message).toContain("after");
  });

  it("names the argument it was given as", () => {
    expect(refusal("garbage", "before").extensions).toMatchObject({ argument: "before" });
  });
});
