/**
 * A small seeded PRNG for the synthetic city: the same seed gives the same sequence on every
 * machine and Node version (Math.random cannot be seeded), which is what makes the file
 * byte-identical from run to run.
 */

/** FNV-1a over the seed's text: any string or number becomes a 32-bit starting state. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: 32 bits of state, fast, and good enough for test data (not for anything secret). */
export class Random {
  private state: number;

  constructor(seed: string | number) {
    this.state = hashSeed(String(seed));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let x = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /**
   * A date between the two years (inclusive) at a mix of precisions, as news sources give them:
   * mostly a day, often a month, sometimes only the year. Days stop at 28, so every one is real.
   */
  date(fromYear: number, toYear: number): string {
    const year = String(this.int(fromYear, toYear));
    const precision = this.next();
    if (precision < 0.1) return year;
    const month = `${year}-${String(this.int(1, 12)).padStart(2, "0")}`;
    if (precision < 0.4) return month;
    return `${month}-${String(this.int(1, 28)).padStart(2, "0")}`;
  }
}
