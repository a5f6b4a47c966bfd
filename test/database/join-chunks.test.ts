import { driverInternal } from "../../src/database/join-chunks";
import { testDriver } from "../support/database";

/** The driver's internal class for a message in pieces, from the copy of the module the driver loads. */
const combinedBufferPrototype = (): { getUInt8(position: number): number } =>
  driverInternal<{ default: { prototype: { getUInt8(position: number): number } } }>("lib/channel/combined-buf").default.prototype;

describe("a Bolt message that arrives in pieces", () => {
  it("is decoded whole and intact from one buffer, not through the driver's CombinedBuffer", async () => {
    const driver = await testDriver();
    const byteReads = jest.spyOn(combinedBufferPrototype(), "getUInt8");
    try {
      // About 300 kB in one row: dozens of Bolt chunks and socket reads, with three-byte characters
      // (and a four-byte one) cut between pieces.
      const text = "济宁高新区洸河街道𠮷党建联盟";
      const { records } = await driver.executeQuery("RETURN [i IN range(1, 6000) | $text + i] AS texts", { text });
      const texts = records[0].get("texts") as string[];
      expect(texts).toHaveLength(6000);
      expect(texts.every((t, i) => t === `${text}${i + 1}`)).toBe(true);
      expect(byteReads).not.toHaveBeenCalled();
    } finally {
      byteReads.mockRestore();
      await driver.close();
    }
  });
});
