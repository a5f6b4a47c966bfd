/** src/client/apollo.ts's list of Relay connection fields is the schema's: a new relationship gets its pagination policy. */
import fs from "node:fs";
import path from "node:path";
import { buildSchema, isObjectType } from "graphql";
import { CONNECTION_FIELDS, dataIdFromObject } from "../../src/client/apollo";

describe("Apollo type policies", () => {
  it("cover every *Connection field of schema/api.graphql that pages with `after`", () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, "..", "..", "schema", "api.graphql"), "utf8"));
    const inSchema: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      const fields = Object.values(type.getFields()).filter((f) => f.name.endsWith("Connection") && f.args.some((a) => a.name === "after"));
      if (fields.length) inSchema[type.name] = fields.map((f) => f.name);
    }
    expect(CONNECTION_FIELDS).toEqual(inSchema);
  });

  it("key node references as the generated types and citations by source and locator", () => {
    expect(dataIdFromObject({ __typename: "OrgRef", id: "a-1", type: "Area" })).toBe("Area:a-1");
    expect(dataIdFromObject({ __typename: "OrgRef", id: "a-1" })).toBeUndefined();
    expect(dataIdFromObject({ __typename: "PairingRef", id: "p-1" })).toBe("Pairing:p-1");
    expect(dataIdFromObject({ __typename: "TraceResult", id: "r-1" })).toBe("Result:r-1");
    expect(dataIdFromObject({ __typename: "SourceRef", id: "s-1#para 7" })).toBe("SourceRef:s-1#para 7");
    expect(dataIdFromObject({ __typename: "Area", id: "a-1" })).toBe("Area:a-1");
  });
});
