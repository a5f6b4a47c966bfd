import { loadConfig } from "../../src/config";
import { connect } from "../../src/database/connect";
import { LauncherError } from "../../src/database/local/launcher";

describe("connecting to the Neo4j at NEO4J_URI", () => {
  const config = loadConfig();
  const at = (uri: string, user = config.neo4j.user) => ({ ...config, neo4j: { ...config.neo4j, uri, user } });

  it("says the credentials were refused, at once, when they are", async () => {
    // A user that does not exist: Neo4j locks a user out after failed logins, and the tests share `neo4j`.
    const attempt = connect(at(process.env.NEO4J_TEST_URI!, "partygraph-no-such-user"), () => undefined);
    await expect(attempt).rejects.toThrow(LauncherError);
    await expect(attempt).rejects.toThrow(/refused NEO4J_USER\/NEO4J_PASSWORD/);
  });

  it("says the database does not answer when nothing listens", async () => {
    await expect(connect(at("bolt://127.0.0.1:1"), () => undefined)).rejects.toThrow(/bolt:\/\/127\.0\.0\.1:1 does not answer/);
  });

  it("connects with the right credentials", async () => {
    const { driver, startedNow } = await connect(at(process.env.NEO4J_TEST_URI!), () => undefined);
    expect(startedNow).toBe(false);
    await driver.close();
  });
});
