import net from "node:net";
import type { Driver } from "neo4j-driver";
import { readQuery } from "../../src/database/query";
import { testDriver } from "../support/database";

/**
 * A read is one round trip however many rows it returns: the driver would otherwise PULL them
 * 1,000 at a time, a write to Neo4j and a wait for each. Counted as writes on the Bolt socket.
 */
describe("readQuery", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await testDriver();
    await readQuery(driver, "RETURN 1", {}); // opens the pooled connection, outside the count
  });
  afterAll(() => driver.close());

  it("fetches 2,500 rows with one write to Neo4j", async () => {
    const write = jest.spyOn(net.Socket.prototype, "write");
    try {
      const rows = await readQuery<{ i: number }>(driver, "UNWIND range(1, 2500) AS i RETURN i", {});
      expect(rows).toHaveLength(2500);
      expect(rows[2499].i).toBe(2500);
      expect(write).toHaveBeenCalledTimes(1);
    } finally {
      write.mockRestore();
    }
  });
});
