/**
 * What the check remembers of an input while it reads it: every id it defines (where, and as what),
 * and every link, to find one given twice. A province is 11M nodes and 15M links, so both are kept
 * out of the collector's way: an id's place and type sit in typed arrays by its ordinal, and a link
 * whose ends are both defined is one number in a hash table of doubles, not a 70-character string
 * (at 1M records the strings alone were 365 MB and several seconds of collection).
 */
import { LINK_TYPE_NAMES, LinkType, NODE_TYPE_NAMES, NodeType } from "../graph/model";

const NODE_TYPE_INDEX = new Map(NODE_TYPE_NAMES.map((type, i) => [type, i]));
const LINK_TYPE_INDEX = new Map(LINK_TYPE_NAMES.map((type, i) => [type, i]));

export interface Place {
  file: string;
  line: number;
}

/** The ids an input defines, each with its type and the first place that defines it. */
export class DefinedIds {
  private readonly ordinals = new Map<string, number>();
  private types = new Uint8Array(1024);
  private lines = new Float64Array(1024);
  private fileIndexes = new Uint16Array(1024);
  private readonly fileIndex: Map<string, number>;

  constructor(private readonly files: readonly string[]) {
    this.fileIndex = new Map(files.map((file, i) => [file, i]));
  }

  get size(): number {
    return this.ordinals.size;
  }

  /** Defines the id here; when it was defined already, answers where, and keeps the first. */
  define(id: string, type: NodeType, place: Place): Place | undefined {
    const earlier = this.ordinals.get(id);
    if (earlier !== undefined) return this.placeOf(earlier);
    const ordinal = this.ordinals.size;
    if (ordinal === this.types.length) this.grow();
    this.ordinals.set(id, ordinal);
    this.types[ordinal] = NODE_TYPE_INDEX.get(type)!;
    this.lines[ordinal] = place.line;
    this.fileIndexes[ordinal] = this.fileIndex.get(place.file) ?? 0;
    return undefined;
  }

  has(id: string): boolean {
    return this.ordinals.has(id);
  }

  ordinalOf(id: string): number | undefined {
    return this.ordinals.get(id);
  }

  typeOf(id: string): NodeType | undefined {
    const ordinal = this.ordinals.get(id);
    return ordinal === undefined ? undefined : NODE_TYPE_NAMES[this.types[ordinal]];
  }

  ids(): IterableIterator<string> {
    return this.ordinals.keys();
  }

  /** Every id with its type and place, in the order defined. */
  *entries(): IterableIterator<[string, NodeType, Place]> {
    for (const [id, ordinal] of this.ordinals) yield [id, NODE_TYPE_NAMES[this.types[ordinal]], this.placeOf(ordinal)];
  }

  private placeOf(ordinal: number): Place {
    return { file: this.files[this.fileIndexes[ordinal]], line: this.lines[ordinal] };
  }

  private grow(): void {
    const grown = <T extends Uint8Array | Uint16Array | Float64Array>(array: T): T => {
      const bigger = new (array.constructor as new (n: number) => T)(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.types = grown(this.types);
    this.lines = grown(this.lines);
    this.fileIndexes = grown(this.fileIndexes);
  }
}

/** A set of non-negative whole numbers below 2^53 in one Float64Array: open addressing, linear probing. */
export class NumberSet {
  // 0 marks an empty slot, so each value is stored plus one.
  private slots = new Float64Array(1 << 16);
  private count = 0;

  /** Adds the value; false when it was there already. */
  add(value: number): boolean {
    if ((this.count + 1) * 2 > this.slots.length) this.rehash();
    const stored = value + 1;
    const mask = this.slots.length - 1;
    for (let i = hash(value) & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i];
      if (slot === stored) return false;
      if (slot === 0) {
        this.slots[i] = stored;
        this.count += 1;
        return true;
      }
    }
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    this.count = 0;
    for (const stored of old) if (stored !== 0) this.add(stored - 1);
  }
}

/** Mixes all 53 bits (the high ones through a division, since bit operators keep only 32). */
function hash(value: number): number {
  const high = Math.floor(value / 4294967296);
  return Math.imul((value >>> 0) ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) ^ (high >>> 13);
}

interface WaitingLink {
  type: LinkType;
  from: string;
  to: string;
  place: Place;
}

/** Ordinals below this make a link's key one number: (from × LIMIT + to) stays below 2^53. */
const ORDINAL_LIMIT = 2 ** 26;

/**
 * The links an input gives, to find one given twice (same type, from and to). A link both of whose
 * ends the input defined before it is checked at once, as one number per type; the others (an end
 * in the graph, or defined further down) wait for `settle`, once every id of the input is known.
 */
export class SeenLinks {
  private readonly byType = LINK_TYPE_NAMES.map(() => new NumberSet());
  private readonly waiting: WaitingLink[] = [];
  private readonly asText = new Set<string>();

  constructor(private readonly ids: DefinedIds) {}

  /** False when the same link was given before; a link that must wait counts as new until `settle`. */
  add(type: LinkType, from: string, to: string, place: Place): boolean {
    const key = this.numberKey(from, to);
    if (key === undefined) {
      this.waiting.push({ type, from, to, place });
      return true;
    }
    return this.byType[LINK_TYPE_INDEX.get(type)!].add(key);
  }

  /** The waiting links that repeat another, now that every id of the input is known. */
  settle(): WaitingLink[] {
    const repeated: WaitingLink[] = [];
    for (const link of this.waiting) {
      const { type, from, to } = link;
      const key = this.numberKey(from, to);
      const added = key === undefined ? addText(this.asText, `${type}\u0000${from}\u0000${to}`) : this.byType[LINK_TYPE_INDEX.get(type)!].add(key);
      if (!added) repeated.push(link);
    }
    this.waiting.length = 0;
    return repeated;
  }

  private numberKey(from: string, to: string): number | undefined {
    const a = this.ids.ordinalOf(from);
    const b = this.ids.ordinalOf(to);
    if (a === undefined || b === undefined || a >= ORDINAL_LIMIT || b >= ORDINAL_LIMIT) return undefined;
    return a * ORDINAL_LIMIT + b;
  }
}

function addText(set: Set<string>, key: string): boolean {
  if (set.has(key)) return false;
  set.add(key);
  return true;
}
