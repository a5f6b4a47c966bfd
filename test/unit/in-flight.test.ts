import { InFlight } from "../../src/interchange/in-flight";

/** A task that finishes when told to, and says how many tasks were running when it started. */
function gate(log: number[], running: { now: number }) {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const task = () =>
    new Promise<void>((resolve, reject) => {
      running.now += 1;
      log.push(running.now);
      open = () => {
        running.now -= 1;
        resolve();
      };
      fail = (error) => {
        running.now -= 1;
        reject(error);
      };
    });
  return { task, open: () => open(), fail: (error: Error) => fail(error) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("InFlight (the importer's batch transactions in flight)", () => {
  it("runs at most `limit` tasks at once, in the order they were started", async () => {
    const log: number[] = [];
    const running = { now: 0 };
    const pool = new InFlight(2);
    const gates = [gate(log, running), gate(log, running), gate(log, running)];
    await pool.start(gates[0].task);
    await pool.start(gates[1].task);
    const third = pool.start(gates[2].task);
    await tick();
    expect(log).toEqual([1, 2]); // the third waits for a slot
    gates[0].open();
    await third;
    expect(log).toEqual([1, 2, 2]);
    gates[1].open();
    gates[2].open();
    await pool.drain();
    expect(running.now).toBe(0);
  });

  it("throws the first failure only after every started task has settled, and starts nothing more", async () => {
    const log: number[] = [];
    const running = { now: 0 };
    const pool = new InFlight(2);
    const [a, b] = [gate(log, running), gate(log, running)];
    await pool.start(a.task);
    await pool.start(b.task);
    const next = jest.fn(async () => undefined);
    const waiting = pool.start(next);
    a.fail(new Error("deadlock"));
    await tick();
    let settled = false;
    const outcome = waiting.then(
      () => "started",
      (error: Error) => {
        settled = true;
        return error.message;
      },
    );
    await tick();
    expect(settled).toBe(false); // b still runs: its transaction is not left behind
    b.open();
    expect(await outcome).toBe("deadlock");
    expect(next).not.toHaveBeenCalled();
    await expect(pool.drain()).rejects.toThrow("deadlock");
  });

  it("refuses a limit that is not a positive integer", () => {
    expect(() => new InFlight(0)).toThrow(RangeError);
    expect(() => new InFlight(1.5)).toThrow(RangeError);
  });
});
