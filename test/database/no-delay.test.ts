import net from "node:net";
import { testDriver } from "../support/database";

describe("the driver's Bolt sockets", () => {
  it("have Nagle's algorithm off, so a large batch is not held for the server's delayed ACK", async () => {
    const setNoDelay = jest.spyOn(net.Socket.prototype, "setNoDelay");
    const driver = await testDriver();
    try {
      await driver.executeQuery("RETURN 1");
      expect(setNoDelay).toHaveBeenCalledWith(true);
    } finally {
      setNoDelay.mockRestore();
      await driver.close();
    }
  });
});
