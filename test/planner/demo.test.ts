import type { Driver } from "neo4j-driver";
import { testDriver } from "../support/database";
import { testServer } from "../support/server";

describe("a demo server says that its data are synthetic", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await testDriver();
  });
  afterAll(() => driver.close());

  it.each([
    ["DEMO=1", { DEMO: "1" }, { demo: true, data: "synthetic" }],
    ["no DEMO", { DEMO: "" }, { demo: false, data: "sources" }],
  ])("/site.json with %s", async (_name, env, expected) => {
    const server = await testServer(driver, { LOG_LEVEL: "silent", ...env });
    try {
      const response = await fetch(`${server.base}/site.json`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(expected);
    } finally {
      await server.stop();
    }
  });
});
