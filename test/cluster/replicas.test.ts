/**
 * API replicas behind a real balancer (HAProxy, as docs/deploy.md runs them): the server keeps no
 * state of its own, so one replica can stop in the middle of a load without a single failed request,
 * and a write made through one replica is read through another with the write's bookmark.
 */
import { mintToken } from "../../src/auth/mint-token";
import { loadConfig } from "../../src/config";
import { gql } from "../support/server";
import { Running, startApiProcess, startBalancer } from "../support/processes";
import { TestGraph } from "../support/test-graph";

const BOOKMARK = "x-graph-bookmark";

describe("two API replicas behind HAProxy", () => {
  let g: TestGraph;
  let replicas: (Running & { url: string })[] = [];
  let balancer: Running & { url: string };

  beforeAll(async () => {
    g = await TestGraph.create("replicas");
    await g.load([
      { id: "area", type: "Area", name: "副本区", level: "district" },
      { id: "comm", type: "Community", name: "副本社区", level: "community" },
      { type: "PART_OF", from: "comm", to: "area" },
    ]);
    replicas = await Promise.all([startApiProcess(), startApiProcess()]);
    balancer = await startBalancer(replicas.map((r) => r.port));
  }, 240_000);

  afterAll(async () => {
    await balancer?.stop();
    await Promise.all(replicas.map((r) => r.stop()));
    await g?.close();
  }, 60_000);

  it("loses no request when one replica stops in the middle of a load", async () => {
    const query = "query ($id: ID!) { orgTree(rootId: $id, depth: 1) { node { id } children { node { id } } } }";
    const failures: string[] = [];
    let done = 0;
    const total = 240;
    const worker = async (): Promise<void> => {
      while (done < total) {
        done += 1;
        try {
          const res = await gql(balancer.url, query, { id: g.id("area") });
          if (res.status !== 200 || res.errors || res.data?.orgTree.children.length !== 1) failures.push(`${res.status} ${JSON.stringify(res.errors ?? res.data)}`);
        } catch (error) {
          failures.push(String(error));
        }
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, worker));
    while (done < total / 3) await new Promise((r) => setTimeout(r, 20));
    await replicas[0].stop("SIGTERM");
    await load;
    expect(done).toBeGreaterThanOrEqual(total);
    expect(failures).toEqual([]);
  }, 180_000);

  it("gives a write's bookmark, and another replica reads the write with it", async () => {
    const survivor = replicas[1];
    const auth = { authorization: `Bearer ${await mintToken(loadConfig().jwtSecret, ["editor"])}` };
    const write = await fetch(balancer.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ query: `mutation { updateCommunities(where: { id: { eq: "${g.id("comm")}" } }, update: { name: { set: "副本社区（更名）" } }) { communities { id } } }` }),
    });
    const body = (await write.json()) as { errors?: unknown; extensions?: { bookmark?: string } };
    expect(body.errors).toBeUndefined();
    const bookmark = write.headers.get(BOOKMARK);
    expect(bookmark).toMatch(/^[A-Za-z0-9:+/=_.-]+(,[A-Za-z0-9:+/=_.-]+)*$/);
    expect(body.extensions?.bookmark).toBe(bookmark);

    const read = await gql(survivor.url, "query ($id: ID!) { communities(where: { id: { eq: $id } }) { name } }", { id: g.id("comm") }, { [BOOKMARK]: bookmark! });
    expect(read.errors).toBeUndefined();
    expect(read.data?.communities).toEqual([{ name: "副本社区（更名）" }]);
  }, 60_000);

  it("refuses a malformed bookmark as the client's error", async () => {
    const res = await gql(replicas[1].url, "{ __typename }", {}, { [BOOKMARK]: "not a bookmark; DROP" });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
