import { execFileSync } from "node:child_process";
import { csvField } from "../../src/interchange/export-csv";
import { xmlText } from "../../src/interchange/xml";

describe("text in the export formats", () => {
  it("escapes XML and drops the control characters XML 1.0 cannot hold at all", () => {
    const text = xmlText(`甲 & <乙> "丙" '丁'\u0001\u000b\tend\n`);
    expect(text).toBe("甲 &amp; &lt;乙&gt; &quot;丙&quot; &apos;丁&apos;\tend\n");
    // libxml2 agrees that it is well-formed in an attribute and in an element.
    execFileSync("xmllint", ["--noout", "-"], { input: `<a b="${text}">${text}</a>` });
  });

  it("quotes a CSV field only when RFC 4180 needs it", () => {
    expect(csvField("阳光社区")).toBe("阳光社区");
    expect(csvField('Sunshine, "old"')).toBe('"Sunshine, ""old"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(12.5)).toBe("12.5");
    expect(csvField(undefined)).toBe("");
  });
});
