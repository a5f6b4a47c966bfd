/**
 * The driver's errors as the driver really raises them, with no database: a port nothing listens
 * on, a server that accepts and never answers, a closed driver. If an upgrade of neo4j-driver
 * changes a code or the wording of the pool's two code-less errors, this fails, not production.
 */
import net from "node:net";
import neo4j, { Driver } from "neo4j-driver";
import { createDriver } from "../../src/database/driver";
import { isDatabaseDown, isSecurityError } from "../../src/database/driver-errors";
import { formatErrorFor } from "../../src/graphql/errors";

const caught = async (work: () => Promise<unknown>): Promise<unknown> => {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the driver to fail");
};

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const asClientSees = (error: unknown) => formatErrorFor(true)({ message: String((error as Error).message) }, error);

describe("driver errors, recognised by code", () => {
  const drivers: Driver[] = [];
  const sockets: net.Socket[] = [];
  let silent: net.Server | undefined;
  afterAll(async () => {
    await Promise.all(drivers.map((d) => d.close()));
    for (const s of sockets) s.destroy();
    silent?.close();
  });

  it("a refused connection is ServiceUnavailable: the database is down", async () => {
    // The server's own driver settings, with a one-second retry window (NEO4J_RETRY_SECONDS=1) to end the retries of ServiceUnavailable.
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await freePort()}`, user: "neo4j", password: "x", retrySeconds: 1 });
    drivers.push(driver);
    const error = await caught(() => driver.executeQuery("RETURN 1"));
    expect((error as { code: string }).code).toBe(neo4j.error.SERVICE_UNAVAILABLE);
    expect(isDatabaseDown(error)).toBe(true);
    expect(isSecurityError(error)).toBe(false);
    expect(asClientSees(error).extensions?.code).toBe("DATABASE_UNAVAILABLE");
  });

  it("a closed driver's pool has no code, and still means no database for this request", async () => {
    // A one-second retry window, as above: the default 30 s would outlast the test's own timeout.
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await freePort()}`, user: "neo4j", password: "x", retrySeconds: 1 });
    // Used once, so it has a pool to close (as the server's driver has when it shuts down mid-request).
    await caught(() => driver.executeQuery("RETURN 1"));
    await driver.close();
    const error = await caught(() => driver.executeQuery("RETURN 1"));
    expect((error as { code: string }).code).toBe("N/A");
    expect(isDatabaseDown(error)).toBe(true);
    expect(asClientSees(error).extensions?.code).toBe("DATABASE_UNAVAILABLE");
  });

  it("a connection that cannot be acquired in time has no code, and still means no database", async () => {
    // A server that takes the connection and never answers the handshake holds the pool's only slot.
    silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent!.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic("neo4j", "x"), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 300,
      connectionTimeout: 5000,
    });
    drivers.push(driver);
    const first = driver.executeQuery("RETURN 1").catch((e: unknown) => e);
    const error = await caught(() => driver.executeQuery("RETURN 1"));
    expect((error as Error).message).toMatch(/^Connection acquisition timed out/);
    expect(isDatabaseDown(error)).toBe(true);
    expect(asClientSees(error).extensions?.code).toBe("DATABASE_UNAVAILABLE");
    for (const s of sockets) s.destroy();
    await first;
  });

  it("an error of the driver's own that is not about the database is left alone", async () => {
    const error = Object.assign(new Error("Result is already consumed"), { name: "Neo4jError", code: "N/A" });
    expect(isDatabaseDown(error)).toBe(false);
    expect(asClientSees(error).extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("Neo4j's refusal of a login is a security error, not an outage", () => {
    const error = Object.assign(new Error("The client is unauthorized due to authentication failure."), { name: "Neo4jError", code: "Neo.ClientError.Security.Unauthorized" });
    expect(isSecurityError(error)).toBe(true);
    expect(isDatabaseDown(error)).toBe(false);
  });
});
