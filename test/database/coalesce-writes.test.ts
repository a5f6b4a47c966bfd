import net from "node:net";
import { testDriver } from "../support/database";

describe("the driver's Bolt sockets", () => {
  it("send a message in one write, not in the driver's 1,400-byte pieces", async () => {
    const driver = await testDriver();
    const writeGeneric = jest.spyOn(net.Socket.prototype as unknown as { _writeGeneric: () => void }, "_writeGeneric");
    try {
      await driver.executeQuery("RETURN 1");
      // About 100 kB of parameter: 84 writes before, 2 with the writes coalesced.
      const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `row-${i}`, name: `济宁高新区第${i}机关单位与洸河街道社区双报到` }));
      writeGeneric.mockClear();
      const { records } = await driver.executeQuery("RETURN size($rows) AS n", { rows });
      expect(records[0].get("n")).toBe(2000);
      expect(writeGeneric.mock.calls.length).toBeLessThanOrEqual(4);
    } finally {
      writeGeneric.mockRestore();
      await driver.close();
    }
  });
});
