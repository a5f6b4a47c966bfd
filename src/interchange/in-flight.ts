/**
 * At most `limit` tasks at once, started in order: the importer keeps two batch transactions in
 * flight when it commits batch by batch, so Neo4j writes one while it commits (index updates) the
 * other (docs/performance.md, "Spreadsheet import"). The first failure stops the feeding: `start`
 * and `drain` throw it, but only once every task already started has settled, so no transaction
 * is left running behind a refusal and no rejection goes unheard.
 */
export class InFlight {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`in-flight limit must be a positive integer, not ${limit}`);
  }

  /** Starts `task` once a slot is free; resolves when it has started, not when it has finished. */
  async start(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit && !this.failure) await Promise.race(this.running);
    if (this.failure) return this.drain();
    const tracked: Promise<void> = task().then(
      () => void this.running.delete(tracked),
      (error: unknown) => {
        this.running.delete(tracked);
        this.failure ??= { error };
      },
    );
    this.running.add(tracked);
  }

  /** Waits for every started task; throws the first failure among them. */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.all(this.running);
    if (this.failure) throw this.failure.error;
  }
}
